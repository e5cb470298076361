/// Writes lines to standard output, flushed when large and at the end.
///
/// A whole line given as bytes (a document's JSON: the output is about three times the input)
/// is held, not copied, and written from its own array with the lines held beside it
/// (``FileDescriptorWriter/writeAll(lines:to:)``): copying every line into one buffer first was
/// a second copy of the whole output. Messages and a streamed document's pieces go through a
/// buffer. Either way the order is kept: whichever was written first goes out first.
///
/// Output is flushed in whole lines, so an interrupted run never leaves half a record; only a
/// document too long to hold, whose line is written in pieces, can be cut short.
struct LineWriter {
    private var buffer: [UInt8] = []
    /// Lines held to be written from their own arrays; empty whenever `buffer` is not.
    private var lines: [[UInt8]] = []
    private var heldBytes = 0
    private let descriptor: Int32

    /// How much is held before it is written (lines and buffer alike).
    private static let heldLimit = 1 << 16
    /// The most lines held: each is pinned by a call nested in the one before while they are
    /// written, and 128 lines are 256 vectors, one `writev(2)` (`IOV_MAX` is 1,024 on Linux).
    private static let heldLines = 128

    init(descriptor: Int32 = 1) {
        self.descriptor = descriptor
    }

    mutating func write(_ text: String) {
        writeLines()
        buffer.append(contentsOf: text.utf8)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= Self.heldLimit { writeBuffer() }
    }

    /// Writes a line given as UTF-8.
    mutating func write(bytes line: [UInt8]) {
        writeBuffer()
        lines.append(line)
        heldBytes += line.count + 1
        if heldBytes >= Self.heldLimit || lines.count == Self.heldLines { writeLines() }
    }

    /// Writes part of a line: a streamed document's line arrives in pieces.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        writeLines()
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.heldLimit { writeBuffer() }
    }

    /// Ends the line ``append(_:)`` wrote.
    mutating func endLine() {
        writeLines()
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= Self.heldLimit { writeBuffer() }
    }

    mutating func flush() {
        writeLines()
        writeBuffer()
    }

    private mutating func writeBuffer() {
        guard !buffer.isEmpty else { return }
        FileDescriptorWriter.writeAll(buffer, to: descriptor)
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func writeLines() {
        guard !lines.isEmpty else { return }
        FileDescriptorWriter.writeAll(lines: lines[...], to: descriptor)
        lines.removeAll(keepingCapacity: true)
        heldBytes = 0
    }
}
