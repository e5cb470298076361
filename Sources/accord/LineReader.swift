import Foundation

/// Reads a file or standard input line by line in fixed-size chunks, so memory stays flat
/// however large the input is. Invalid UTF-8 is replaced with U+FFFD, line by line.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    private static let chunkSize = 1 << 16

    init(handle: FileHandle) {
        self.handle = handle
    }

    /// The next line without its `\n` (and `\r\n`), or `nil` at the end of the input.
    mutating func next() -> String? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = String(decoding: buffer[start..<end], as: UTF8.self)
                start = newline + 1
                return line
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                start = buffer.count
                return line
            }
            // Drop consumed bytes before reading more, so the buffer holds at most one line plus a chunk.
            buffer.removeFirst(start)
            start = 0
            let data = handle.readData(ofLength: Self.chunkSize)
            if data.isEmpty { finished = true } else { buffer.append(contentsOf: data) }
        }
    }
}
