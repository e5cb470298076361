#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard error at once, so diagnostics appear as they happen.
enum StandardError {
    static func write(_ text: String) {
        var line = text
        if !line.hasSuffix("\n") { line += "\n" }
        FileDescriptorWriter.writeAll(line.utf8, to: 2)
    }

    /// Writes exactly the text, for terminal control such as progress lines.
    static func writeRaw(_ text: String) {
        FileDescriptorWriter.writeAll(text.utf8, to: 2)
    }
}

/// Writes lines to standard output through a buffer, flushed when large and at the end.
///
/// Output is flushed in whole lines, so an interrupted run never leaves half a record; only a
/// document too long to hold, whose line is written in pieces, can be cut short.
struct LineWriter {
    private var buffer: [UInt8] = []
    private let descriptor: Int32

    init(descriptor: Int32 = 1) {
        self.descriptor = descriptor
    }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes a line given as UTF-8.
    mutating func write(bytes line: [UInt8]) {
        buffer.append(contentsOf: line)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes part of a line: a streamed document's line arrives in pieces.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Ends the line ``append(_:)`` wrote.
    mutating func endLine() {
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        FileDescriptorWriter.writeAll(buffer, to: descriptor)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// `write(2)` until everything is written or the descriptor fails.
enum FileDescriptorWriter {
    static func writeAll(_ bytes: some Collection<UInt8>, to descriptor: Int32) {
        let array = Array(bytes)
        array.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, base + offset, raw.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
