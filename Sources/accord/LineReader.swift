import Foundation

/// Reads a file or standard input line by line in fixed-size chunks, so memory stays flat
/// however large the input is. Lines are UTF-8 bytes as read: the JSONL reader validates the
/// strings it builds (invalid bytes become U+FFFD there), so nothing is decoded twice.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    /// Why reading stopped early (a directory, an I/O error), if it did.
    private(set) var failure: (any Error)?
    private static let chunkSize = 1 << 16

    init(handle: FileHandle) {
        self.handle = handle
    }

    /// The index of the next `\n` at or after `start`, if the buffer holds one.
    ///
    /// `memchr` scans many bytes per instruction; a byte loop here was most of the time the
    /// main thread spends between batches, while `--jobs` workers wait for their next lines.
    private func nextNewline() -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, start < bytes.count,
                  let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The next line without its `\n` (and `\r\n`), or `nil` at the end of the input.
    mutating func next() -> [UInt8]? {
        while true {
            if let newline = nextNewline() {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                return line
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            // Drop consumed bytes before reading more, so the buffer holds at most one line plus a chunk.
            buffer.removeFirst(start)
            start = 0
            // The throwing read: `readData(ofLength:)` traps on an error such as EISDIR.
            do {
                let data = try handle.read(upToCount: Self.chunkSize) ?? Data()
                if data.isEmpty { finished = true } else { buffer.append(contentsOf: data) }
            } catch {
                failure = error
                finished = true
            }
        }
    }
}
