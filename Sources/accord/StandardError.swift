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
