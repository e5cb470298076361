import Foundation

/// Reads a file or standard input line by line in fixed-size chunks, so memory stays flat
/// however large the input is. Lines are UTF-8 bytes as read: the JSONL reader checks the ids it
/// makes strings of, and the tokenizer a document's text (invalid bytes become U+FFFD there), so
/// nothing is decoded twice.
///
/// A line longer than the caller allows is not gathered: ``next(longerThan:)`` says so, and
/// ``nextPiece()`` then gives it piece by piece.
struct LineReader {
    /// What ``next(longerThan:)`` found.
    enum Item {
        /// A whole line, without its `\n` (and `\r\n`).
        case line([UInt8])
        /// The start of a line longer than the limit: read it with ``LineReader/nextPiece()``.
        case long
    }

    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    /// Whether a long line is being read in pieces.
    private var inLongLine = false
    /// Why reading stopped early (a directory, an I/O error), if it did.
    private(set) var failure: (any Error)?
    private static let chunkSize = 1 << 16

    init(handle: FileHandle) {
        self.handle = handle
    }

    /// Whether the input is a regular file, whose reads return at once, rather than a pipe or
    /// terminal, where the next line may be long in coming.
    var readsFromFile: Bool {
        var status = stat()
        return fstat(handle.fileDescriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
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

    /// The next line, or `.long` when more than `limit` bytes of it have been read without its
    /// end; `nil` at the end of the input.
    mutating func next(longerThan limit: Int) -> Item? {
        while inLongLine { _ = nextPiece() }   // a long line the caller left unread
        while true {
            if let newline = nextNewline() {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                return .line(line)
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return .line(line)
            }
            if buffer.count - start > limit {
                inLongLine = true
                return .long
            }
            readChunk()
        }
    }

    /// The next piece of the long line ``next(longerThan:)`` announced, the first holding what
    /// was read of it so far; `nil` once the line's end has been passed.
    mutating func nextPiece() -> [UInt8]? {
        while inLongLine {
            if let newline = nextNewline() {
                let piece = Array(buffer[start..<newline])
                start = newline + 1
                inLongLine = false
                return piece
            }
            if start < buffer.count {
                let piece = Array(buffer[start...])
                start = buffer.count
                return piece
            }
            if finished {
                inLongLine = false
                return nil
            }
            readChunk()
        }
        return nil
    }

    /// Reads the next chunk, dropping consumed bytes first, so the buffer holds at most one
    /// line plus a chunk.
    ///
    /// The bytes are read straight into the buffer: `FileHandle.read(upToCount:)` made a new
    /// `Data` for every chunk, which the kernel filled and the buffer then copied again (about 1%
    /// of a one-core run over the 50 MB benchmark corpus, PERFORMANCE.md).
    private mutating func readChunk() {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        let filled = buffer.count
        // Room for a chunk at the end, zeroed and then read over: the buffer keeps its capacity
        // from chunk to chunk, so this allocates only when a long line needs more.
        buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
        let descriptor = handle.fileDescriptor
        var count = 0
        repeat {
            count = buffer.withUnsafeMutableBytes { bytes in
                guard let base = bytes.baseAddress else { return 0 }
                return read(descriptor, base + filled, Self.chunkSize)
            }
        } while count < 0 && errno == EINTR
        if count < 0 {
            let code = errno
            failure = NSError(domain: NSPOSIXErrorDomain, code: Int(code),
                              userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(code))])
        }
        buffer.removeLast(Self.chunkSize - max(count, 0))
        if count <= 0 { finished = true }
    }
}
