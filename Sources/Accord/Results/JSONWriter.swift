/// Writes JSON with keys in a fixed, documented order, so output is byte-for-byte stable.
///
/// It writes UTF-8 bytes directly: the CLI emits a JSON line per document and
/// building it through `String` concatenation cost more than the analysis of
/// short documents.
package struct JSONWriter {
    /// The UTF-8 of the JSON written so far.
    package private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    /// Creates an empty writer.
    package init() {
        bytes.reserveCapacity(1024)
    }

    /// The JSON text written so far.
    package var output: String { String(decoding: bytes, as: UTF8.self) }

    package mutating func beginObject() { separator(); bytes.append(UInt8(ascii: "{")); needsComma.append(false) }
    package mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma.removeLast() }
    package mutating func beginArray() { separator(); bytes.append(UInt8(ascii: "[")); needsComma.append(false) }
    package mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma.removeLast() }

    /// Writes `"key":`; the value follows. Keys are plain ASCII names, written without escaping.
    package mutating func key(_ name: StaticString) {
        separator()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    /// Writes `"key":` for a key known only at run time (custom fields), escaped.
    package mutating func key(dynamic name: String) {
        separator()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    package mutating func string(_ value: String) { separator(); appendQuoted(value) }
    package mutating func raw(_ literal: String) { separator(); bytes.append(contentsOf: literal.utf8) }
    package mutating func int(_ value: Int) {
        separator()
        if value >= 0 && value < 10 { bytes.append(UInt8(ascii: "0") + UInt8(value)) } else { bytes.append(contentsOf: String(value).utf8) }
    }
    package mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }
    package mutating func null() { raw("null") }

    package mutating func field(_ name: StaticString, _ value: String) { key(name); string(value) }
    package mutating func field(_ name: StaticString, _ value: Int) { key(name); int(value) }
    package mutating func field(_ name: StaticString, _ value: Bool) { key(name); bool(value) }
    package mutating func field(_ name: StaticString, _ value: Int?) { key(name); if let value { int(value) } else { null() } }
    package mutating func field(_ name: StaticString, _ value: String?) { key(name); if let value { string(value) } else { null() } }
    package mutating func field(_ name: StaticString, strings values: [String]) {
        key(name)
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    /// Appends a JSON string literal: UTF-8 as is, quotes, backslashes and controls escaped.
    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
