#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `write(2)` and `writev(2)` until everything is written or the descriptor fails.
enum FileDescriptorWriter {
    static func writeAll(_ bytes: some Collection<UInt8>, to descriptor: Int32) {
        let array = Array(bytes)
        array.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, base + offset, raw.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// Writes each line followed by a newline, straight from the lines' own memory: `writev(2)`
    /// with two vectors a line, no copy into a buffer.
    ///
    /// Each array's memory is valid only inside its `withUnsafeBytes`, so the lines are pinned
    /// one inside the other, recursively, and the call is made from the innermost.
    static func writeAll(lines: ArraySlice<[UInt8]>, to descriptor: Int32) {
        var vectors: [iovec] = []
        vectors.reserveCapacity(2 * lines.count)
        func pin(_ index: Int) {
            guard index < lines.endIndex else { return writeAll(&vectors, to: descriptor) }
            lines[index].withUnsafeBytes { line in
                vectors.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: line.baseAddress), iov_len: line.count))
                // A static string's bytes live as long as the program.
                vectors.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: Self.newline.utf8Start), iov_len: 1))
                pin(index + 1)
            }
        }
        pin(lines.startIndex)
    }

    private static let newline: StaticString = "\n"

    /// The most vectors one `writev(2)` takes (`IOV_MAX`: 1,024 on Linux and macOS; POSIX's least is 16).
    private static let maxVectors: Int = {
        let limit = sysconf(Int32(_SC_IOV_MAX))
        return limit >= 16 ? min(limit, 1024) : 16
    }()

    /// Writes the vectors' bytes in order, taking up after a partial write where it stopped.
    private static func writeAll(_ vectors: inout [iovec], to descriptor: Int32) {
        var first = 0
        while first < vectors.count {
            let written = vectors.withUnsafeBufferPointer { all -> Int in
                guard let base = all.baseAddress else { return 0 }
                return writev(descriptor, base + first, Int32(min(all.count - first, maxVectors)))
            }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            // Past the vectors written whole, into the one written in part.
            var rest = written
            while first < vectors.count && rest >= vectors[first].iov_len {
                rest -= vectors[first].iov_len
                first += 1
            }
            if rest > 0 {
                vectors[first].iov_base = vectors[first].iov_base.map { $0 + rest }
                vectors[first].iov_len -= rest
            }
        }
    }
}
