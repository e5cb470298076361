/// Reads one `{"id": …, "text": …}` line of a JSONL corpus, checking that the whole line is JSON.
///
/// Foundation's `JSONSerialization` builds a dictionary of bridged objects for
/// every line and cost more than a tenth of the CLI's time on short documents;
/// this reader walks the UTF-8 once, validates every value (other keys are
/// checked and skipped), and builds only what it returns: the id's string and the text's
/// unescaped bytes, which the tokenizer checks as UTF-8 when it reads them (``RecordText``).
package enum JSONRecordParser {
    /// What a line holds.
    package enum Record: Sendable, Hashable {
        /// Nothing but whitespace.
        case blank
        /// A document.
        case document(id: String, text: RecordText)
        /// A line that is not a usable record, with the id when one was read and a sentence saying why.
        case invalid(id: String?, reason: String)
    }

    /// Nesting deeper than this in other keys' values is refused rather than followed.
    static let maxDepth = 512

    /// Reads a line.
    ///
    /// `id` may be a string or a number (echoed as written: `42`, `4.5`); `text` must be a string.
    /// Other keys may hold any JSON value. A repeated `id` or `text` key is refused: which one
    /// to use would be a guess.
    package static func parse(_ line: String) -> Record {
        var line = line
        return line.withUTF8 { parse(bytes: $0) }
    }

    /// Reads a line given as UTF-8.
    package static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Record {
        var reader = Reader(bytes: bytes)
        reader.skipWhitespace()
        if reader.atEnd { return .blank }
        guard reader.peek == UInt8(ascii: "{") else {
            if (try? reader.skipValue()) != nil, reader.skipWhitespace(), reader.atEnd { return .invalid(id: nil, reason: "is not a JSON object") }
            return .invalid(id: nil, reason: "is not valid JSON")
        }
        var id: String?
        var text: RecordText?
        var problem: String?   // the first reason the record is unusable, reported once the JSON is known good
        do {
            try reader.expect(UInt8(ascii: "{"))
            reader.skipWhitespace()
            if reader.peek == UInt8(ascii: "}") {
                reader.advance()
            } else {
                while true {
                    reader.skipWhitespace()
                    let key = try reader.string()
                    reader.skipWhitespace()
                    try reader.expect(UInt8(ascii: ":"))
                    reader.skipWhitespace()
                    switch key {
                    case "id":
                        if id != nil, problem == nil { problem = "has two \"id\" keys" }
                        if reader.peek == UInt8(ascii: "\"") {
                            id = try reader.string()
                        } else if let number = try reader.number() {
                            id = number
                        } else {
                            try reader.skipValue()
                        }
                    case "text":
                        if text != nil, problem == nil { problem = "has two \"text\" keys" }
                        if reader.peek == UInt8(ascii: "\"") {
                            text = RecordText(utf8: try reader.stringBytes())
                        } else {
                            try reader.skipValue()
                        }
                    default:
                        try reader.skipValue()
                    }
                    reader.skipWhitespace()
                    if reader.peek == UInt8(ascii: ",") { reader.advance(); continue }
                    try reader.expect(UInt8(ascii: "}"))
                    break
                }
            }
            reader.skipWhitespace()
            guard reader.atEnd else { throw Reader.Malformed() }
        } catch {
            return .invalid(id: nil, reason: "is not valid JSON")
        }
        guard let id else { return .invalid(id: nil, reason: "has no \"id\" string or number") }
        if let problem { return .invalid(id: id, reason: problem) }
        guard let text else { return .invalid(id: id, reason: "has no \"text\" string") }
        return .document(id: id, text: text)
    }
}

/// A cursor over one line's UTF-8 that validates JSON as it goes.
private struct Reader {
    struct Malformed: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    var atEnd: Bool { position >= bytes.count }
    var peek: UInt8? { atEnd ? nil : bytes[position] }

    mutating func advance() { position += 1 }

    /// Skips JSON whitespace; returns true so it can sit in a condition list.
    @discardableResult
    mutating func skipWhitespace() -> Bool {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
        return true
    }

    mutating func expect(_ byte: UInt8) throws {
        guard peek == byte else { throw Malformed() }
        position += 1
    }

    /// A string value, unescaped.
    mutating func string() throws -> String {
        var unescaped: [UInt8] = []
        if let plain = try scanString(unescaping: &unescaped) {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[plain]), as: UTF8.self)
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// A string value, unescaped, as UTF-8 not yet checked.
    mutating func stringBytes() throws -> [UInt8] {
        var unescaped: [UInt8] = []
        if let plain = try scanString(unescaping: &unescaped) { return Array(UnsafeBufferPointer(rebasing: bytes[plain])) }
        return unescaped
    }

    /// Reads a string value: returns the range of its bytes when it has no escape, else nil
    /// with the unescaped bytes in `unescaped`.
    private mutating func scanString(unescaping unescaped: inout [UInt8]) throws -> Range<Int>? {
        try expect(UInt8(ascii: "\""))
        var escaped = false
        while true {
            // Copy the run up to the next quote, backslash or control character in one go:
            // news text is long runs with a few `\n` escapes.
            let runStart = position
            var end = position
            let count = bytes.count
            // Eight bytes at a time while none of them is a quote, a backslash or a control
            // character (the text of a record is almost all plain bytes).
            if let base = bytes.baseAddress {
                while end + 8 <= count {
                    let word = UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)
                    if JSONStringBytes.hasSpecial(word) { break }
                    end += 8
                }
            }
            while end < count {
                let byte = bytes[end]
                if JSONStringBytes.isSpecial(byte) { break }
                end += 1
            }
            position = end
            guard end < count else { throw Malformed() }
            let stop = bytes[end]
            if stop < 0x20 { throw Malformed() }
            if stop == UInt8(ascii: "\"") && !escaped {
                position += 1
                return runStart..<end
            }
            if !escaped { unescaped.reserveCapacity(bytes.count - runStart) }
            escaped = true
            unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end]))
            position += 1
            if stop == UInt8(ascii: "\"") { return nil }
            guard let escape = peek else { throw Malformed() }
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(escape)
            case UInt8(ascii: "b"): unescaped.append(0x08)
            case UInt8(ascii: "f"): unescaped.append(0x0C)
            case UInt8(ascii: "n"): unescaped.append(0x0A)
            case UInt8(ascii: "r"): unescaped.append(0x0D)
            case UInt8(ascii: "t"): unescaped.append(0x09)
            case UInt8(ascii: "u"): try appendUnicodeEscape(to: &unescaped)
            default: throw Malformed()
            }
        }
    }

    /// `\uXXXX`, with a surrogate pair written as two escapes; a lone surrogate is malformed.
    private mutating func appendUnicodeEscape(to output: inout [UInt8]) throws {
        var value = try hex4()
        if (0xD800...0xDBFF).contains(value) {
            guard peek == UInt8(ascii: "\\") else { throw Malformed() }
            position += 1
            guard peek == UInt8(ascii: "u") else { throw Malformed() }
            position += 1
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw Malformed() }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(value) {
            throw Malformed()
        }
        guard let scalar = Unicode.Scalar(value) else { throw Malformed() }
        output.append(contentsOf: String(Character(scalar)).utf8)
    }

    private mutating func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek else { throw Malformed() }
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Malformed()
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// A number, as written; `nil` (nothing consumed) when no number starts here.
    mutating func number() throws -> String? {
        let start = position
        if peek == UInt8(ascii: "-") { position += 1 }
        guard let first = peek, first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") else {
            if position > start { throw Malformed() }
            return nil
        }
        position += 1
        if first != UInt8(ascii: "0") { skipDigits() }
        if peek == UInt8(ascii: ".") {
            position += 1
            guard try requireDigits() else { throw Malformed() }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            position += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
            guard try requireDigits() else { throw Malformed() }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    private mutating func skipDigits() {
        while let byte = peek, byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { position += 1 }
    }

    private mutating func requireDigits() throws -> Bool {
        let start = position
        skipDigits()
        return position > start
    }

    /// Skips one value of any kind, checking it, without recursion (nesting is bounded).
    mutating func skipValue() throws {
        var open: [UInt8] = []   // the closing brackets still expected
        repeat {
            skipWhitespace()
            guard let byte = peek else { throw Malformed() }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard open.count < JSONRecordParser.maxDepth else { throw Malformed() }
                position += 1
                skipWhitespace()
                let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if peek == close { position += 1; break }
                open.append(close)
                if close == UInt8(ascii: "}") { try objectKey() }
                continue
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: guard try number() != nil else { throw Malformed() }
            }
            // After a value: a comma (and the next member) or the container's end.
            while let close = open.last {
                skipWhitespace()
                if peek == UInt8(ascii: ",") {
                    position += 1
                    if close == UInt8(ascii: "}") { try objectKey() }
                    break
                }
                try expect(close)
                open.removeLast()
            }
        } while !open.isEmpty
    }

    /// `"key":` inside an object being skipped.
    private mutating func objectKey() throws {
        skipWhitespace()
        _ = try string()
        skipWhitespace()
        try expect(UInt8(ascii: ":"))
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw Malformed() }
        for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] { throw Malformed() }
        position += count
    }
}
