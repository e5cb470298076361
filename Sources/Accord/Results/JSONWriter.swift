import Foundation

/// Writes JSON with keys in a fixed, documented order, so output is byte-for-byte stable.
package struct JSONWriter {
    /// The JSON text written so far.
    package private(set) var output = ""
    private var needsComma: [Bool] = [false]

    /// Creates an empty writer.
    package init() {}

    package mutating func beginObject() { separator(); output += "{"; needsComma.append(false) }
    package mutating func endObject() { output += "}"; needsComma.removeLast() }
    package mutating func beginArray() { separator(); output += "["; needsComma.append(false) }
    package mutating func endArray() { output += "]"; needsComma.removeLast() }

    /// Writes `"key":`; the value follows.
    package mutating func key(_ name: String) {
        separator()
        output += Self.quoted(name) + ":"
        needsComma[needsComma.count - 1] = false
    }

    package mutating func string(_ value: String) { separator(); output += Self.quoted(value) }
    package mutating func raw(_ literal: String) { separator(); output += literal }
    package mutating func int(_ value: Int) { raw(String(value)) }
    package mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }
    package mutating func null() { raw("null") }

    package mutating func field(_ name: String, _ value: String) { key(name); string(value) }
    package mutating func field(_ name: String, _ value: Int) { key(name); int(value) }
    package mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }
    package mutating func field(_ name: String, _ value: Int?) { key(name); if let value { int(value) } else { null() } }
    package mutating func field(_ name: String, _ value: String?) { key(name); if let value { string(value) } else { null() } }
    package mutating func field(_ name: String, strings values: [String]) {
        key(name)
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
    }

    /// A JSON string literal; non-ASCII text is written as UTF-8, controls escaped.
    package static func quoted(_ text: String) -> String {
        // Most text needs no escaping: check the bytes once and copy the string whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
