/// Reads one `{"id": …, "text": …}` JSONL record that arrives in pieces, handing on the text's
/// bytes as they are read instead of holding the line.
///
/// A record can be a whole book on one line; ``JSONRecordParser`` needs the line in memory, and
/// then its text as a `String` beside it. This reader keeps only its place in the JSON, the id
/// and a few bytes of the key being read, so memory does not grow with the line. It accepts
/// and refuses exactly the lines ``JSONRecordParser`` does, with the same reasons; the text it
/// hands on, decoded as UTF-8 with invalid bytes replaced, is the parser's text.
///
/// ```swift
/// var record = JSONRecordStream()
/// for chunk in chunks { chunk.withUnsafeBufferPointer { record.consume($0) { text in window.append(text) } } }
/// switch record.finish() { … }
/// ```
package struct JSONRecordStream {
    /// What a finished line held.
    package enum Outcome: Sendable, Hashable {
        /// Nothing but whitespace.
        case blank
        /// A document; its text was handed on while reading.
        case document(id: String)
        /// A line that is not a usable record, with the id when one was read and a sentence saying why.
        case invalid(id: String?, reason: String)
    }

    /// What the reader expects next, outside strings, numbers and literals.
    private enum Expect {
        case value, keyOrClose, key, colon, valueOrClose, afterValue, done
    }

    /// The value or key being read, when the reader is inside one.
    private enum Token {
        case none
        case string(StringPart)
        case number(NumberPart)
        case literal(word: StaticString, matched: Int)
    }

    /// Where a string's reader is: plain bytes, after `\`, in `\uXXXX` (digits read, value so
    /// far, whether it is the low half of a pair), or between the halves of a surrogate pair.
    private enum StringPart {
        case plain, backslash, lowBackslash, lowU
        case hex(digits: Int, value: UInt32, low: Bool)
    }

    /// Where a number's reader is, after the bytes read so far (RFC 8259's grammar).
    private enum NumberPart {
        case sign, zero, integer, dot, fraction, exponentMark, exponentSign, exponent

        /// Whether a number may end here.
        var isComplete: Bool { self == .zero || self == .integer || self == .fraction || self == .exponent }
    }

    /// What becomes of a string's or number's bytes.
    private enum Target { case key, id, text, discard }

    /// The record's member being read: only `id` and `text` at the top level matter.
    private enum Member { case id, text, other }

    // Structure: each open container, true for an object.
    private var open: [Bool] = []
    private var expect = Expect.value
    private var token = Token.none
    private var target = Target.discard
    private var failed = false
    private var started = false
    private var rootIsObject = false
    // The current string's pending high surrogate, and the key read so far (at most 5 bytes:
    // enough to tell `id` and `text` from every other key).
    private var highSurrogate: UInt32 = 0
    private var key: [UInt8] = []
    private var keyIsLong = false
    private var member = Member.other
    // The record.
    private var idBytes: [UInt8] = []
    private var id: String?
    private var hasText = false
    private var problem: String?

    /// Creates a reader at the start of a line.
    package init() {}

    /// Reads the next bytes of the line (without its `\n`), calling `text` with each run of the
    /// `text` string's unescaped bytes in order.
    package mutating func consume(_ bytes: UnsafeBufferPointer<UInt8>, text: (UnsafeBufferPointer<UInt8>) -> Void) {
        var position = 0
        while position < bytes.count, !failed {
            if case .string(.plain) = token {
                position = plainRun(bytes, from: position, text: text)
                continue
            }
            if step(bytes[position], text: text) { position += 1 }
        }
    }

    /// Ends the line and says what it held.
    package mutating func finish() -> Outcome {
        if case .number(let part) = token, !failed {
            if part.isComplete { token = .none; valueEnded() } else { failed = true }
        }
        if !started { return .blank }
        let wellFormed = !failed && expect == .done
        guard rootIsObject else { return .invalid(id: nil, reason: wellFormed ? "is not a JSON object" : "is not valid JSON") }
        guard wellFormed else { return .invalid(id: nil, reason: "is not valid JSON") }
        guard let id else { return .invalid(id: nil, reason: "has no \"id\" string or number") }
        if let problem { return .invalid(id: id, reason: problem) }
        guard hasText else { return .invalid(id: id, reason: "has no \"text\" string") }
        return .document(id: id)
    }

    // MARK: Structure

    /// Reads one byte outside a string's plain run; false when the byte ended a number and must
    /// be read again in the state after it.
    private mutating func step(_ byte: UInt8, text: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        switch token {
        case .string(let part):
            stringByte(byte, part: part, text: text)
            return true
        case .number(let part):
            if let next = Self.advance(part, byte) {
                token = .number(next)
                if target == .id { idBytes.append(byte) }
                return true
            }
            guard part.isComplete else { failed = true; return true }
            token = .none
            valueEnded()
            return false
        case .literal(let word, let matched):
            guard byte == word.utf8Start[matched] else { failed = true; return true }
            if matched + 1 == word.utf8CodeUnitCount { token = .none; valueEnded() } else { token = .literal(word: word, matched: matched + 1) }
            return true
        case .none:
            break
        }
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { return true }
        switch expect {
        case .value:
            beginValue(byte)
        case .valueOrClose:
            if byte == UInt8(ascii: "]") { close() } else { beginValue(byte) }
        case .keyOrClose:
            if byte == UInt8(ascii: "}") { close() } else { beginKey(byte) }
        case .key:
            beginKey(byte)
        case .colon:
            if byte == UInt8(ascii: ":") { expect = .value } else { failed = true }
        case .afterValue:
            let inObject = open.last == true
            if byte == UInt8(ascii: ",") {
                expect = inObject ? .key : .value
            } else if byte == (inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                close()
            } else {
                failed = true
            }
        case .done:
            failed = true
        }
        return true
    }

    private mutating func beginValue(_ byte: UInt8) {
        if !started {
            started = true
            rootIsObject = byte == UInt8(ascii: "{")
        }
        let atTop = open.count == 1 && rootIsObject
        target = .discard
        if atTop {
            switch member {
            case .id: target = .id
            case .text: target = hasText ? .discard : .text
            case .other: break
            }
        }
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            // Only a string or number is an id, only a string the text: anything else is read and dropped.
            target = .discard
            // The parser follows at most `maxDepth` containers inside a value (the record's own
            // object aside).
            let nested = rootIsObject ? open.count - 1 : open.count
            guard nested < JSONRecordParser.maxDepth else { failed = true; return }
            let object = byte == UInt8(ascii: "{")
            open.append(object)
            expect = object ? .keyOrClose : .valueOrClose
        case UInt8(ascii: "\""):
            if target == .id { idBytes.removeAll(keepingCapacity: true) }
            if target == .text { hasText = true }
            token = .string(.plain)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            // Only a string may be the text: a number there is read and dropped.
            if target == .text { target = .discard }
            if target == .id { idBytes = [byte] }
            token = .number(byte == UInt8(ascii: "-") ? .sign : byte == UInt8(ascii: "0") ? .zero : .integer)
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            target = .discard
            token = .literal(word: byte == UInt8(ascii: "t") ? "true" : byte == UInt8(ascii: "f") ? "false" : "null", matched: 1)
        default: failed = true
        }
    }

    private mutating func beginKey(_ byte: UInt8) {
        guard byte == UInt8(ascii: "\"") else { failed = true; return }
        target = .key
        key.removeAll(keepingCapacity: true)
        keyIsLong = false
        token = .string(.plain)
    }

    private mutating func close() {
        open.removeLast()
        valueEnded()
    }

    /// After a key, a value or a closed container.
    private mutating func valueEnded() {
        switch target {
        case .key:
            expect = .colon
            target = .discard
            guard open.count == 1 && rootIsObject else { return }
            member = keyIsLong ? .other : key == Array("id".utf8) ? .id : key == Array("text".utf8) ? .text : .other
            // A second key is refused once the record is known to be JSON (see `finish`).
            if member == .id, id != nil, problem == nil { problem = "has two \"id\" keys" }
            if member == .text, hasText, problem == nil { problem = "has two \"text\" keys" }
            return
        case .id:
            id = String(decoding: idBytes, as: UTF8.self)
        case .text, .discard:
            break
        }
        target = .discard
        if open.count == 1 && rootIsObject { member = .other }
        expect = open.isEmpty ? .done : .afterValue
    }

    // MARK: Strings

    /// Reads plain string bytes up to the next quote, backslash or control byte, eight at a time
    /// where it can; returns the position after them.
    private mutating func plainRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                   text: (UnsafeBufferPointer<UInt8>) -> Void) -> Int {
        var end = start
        if let base = bytes.baseAddress {
            while end + 8 <= bytes.count, !JSONStringBytes.hasSpecial(UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)) {
                end += 8
            }
        }
        while end < bytes.count, !JSONStringBytes.isSpecial(bytes[end]) { end += 1 }
        if end > start { emit(UnsafeBufferPointer(rebasing: bytes[start..<end]), text: text) }
        guard end < bytes.count else { return end }
        stringByte(bytes[end], part: .plain, text: text)
        return end + 1
    }

    private mutating func stringByte(_ byte: UInt8, part: StringPart, text: (UnsafeBufferPointer<UInt8>) -> Void) {
        switch part {
        case .plain:
            if byte == UInt8(ascii: "\"") {
                token = .none
                valueEnded()
            } else if byte == UInt8(ascii: "\\") {
                token = .string(.backslash)
            } else if byte < 0x20 {
                failed = true
            } else {
                emit(byte, text: text)
            }
        case .backslash:
            let unescaped: UInt8
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped = byte
            case UInt8(ascii: "b"): unescaped = 0x08
            case UInt8(ascii: "f"): unescaped = 0x0C
            case UInt8(ascii: "n"): unescaped = 0x0A
            case UInt8(ascii: "r"): unescaped = 0x0D
            case UInt8(ascii: "t"): unescaped = 0x09
            case UInt8(ascii: "u"):
                token = .string(.hex(digits: 0, value: 0, low: false))
                return
            default:
                failed = true
                return
            }
            emit(unescaped, text: text)
            token = .string(.plain)
        case .lowBackslash:
            if byte == UInt8(ascii: "\\") { token = .string(.lowU) } else { failed = true }
        case .lowU:
            if byte == UInt8(ascii: "u") { token = .string(.hex(digits: 0, value: 0, low: true)) } else { failed = true }
        case .hex(let digits, let value, let low):
            guard let digit = Self.hexValue(byte) else { failed = true; return }
            let next = value << 4 | UInt32(digit)
            guard digits == 3 else {
                token = .string(.hex(digits: digits + 1, value: next, low: low))
                return
            }
            unicodeEscape(next, low: low, text: text)
        }
    }

    /// A complete `\uXXXX`: the first half of a pair waits for the second; a lone half is malformed.
    private mutating func unicodeEscape(_ value: UInt32, low: Bool, text: (UnsafeBufferPointer<UInt8>) -> Void) {
        var scalarValue = value
        if low {
            guard (0xDC00...0xDFFF).contains(value) else { failed = true; return }
            scalarValue = 0x10000 + ((highSurrogate - 0xD800) << 10) + (value - 0xDC00)
        } else if (0xD800...0xDBFF).contains(value) {
            highSurrogate = value
            token = .string(.lowBackslash)
            return
        } else if (0xDC00...0xDFFF).contains(value) {
            failed = true
            return
        }
        guard let scalar = Unicode.Scalar(scalarValue), let encoded = UTF8.encode(scalar) else { failed = true; return }
        for byte in encoded { emit(byte, text: text) }
        token = .string(.plain)
    }

    private mutating func emit(_ byte: UInt8, text: (UnsafeBufferPointer<UInt8>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1) { one in
            one[0] = byte
            emit(UnsafeBufferPointer(one), text: text)
        }
    }

    private mutating func emit(_ bytes: UnsafeBufferPointer<UInt8>, text: (UnsafeBufferPointer<UInt8>) -> Void) {
        switch target {
        case .text: text(bytes)
        case .id: idBytes.append(contentsOf: bytes)
        case .key:
            if key.count + bytes.count > 4 { keyIsLong = true } else { key.append(contentsOf: bytes) }
        case .discard: break
        }
    }

    // MARK: Numbers and hex digits

    /// The number's state after `byte`, or `nil` when the byte does not continue it.
    private static func advance(_ part: NumberPart, _ byte: UInt8) -> NumberPart? {
        let digit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        switch part {
        case .sign: return digit ? (byte == UInt8(ascii: "0") ? .zero : .integer) : nil
        case .zero, .integer:
            if digit { return part == .integer ? .integer : nil }
            if byte == UInt8(ascii: ".") { return .dot }
            return byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") ? .exponentMark : nil
        case .dot, .fraction:
            if digit { return .fraction }
            if part == .fraction, byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { return .exponentMark }
            return nil
        case .exponentMark:
            if digit { return .exponent }
            return byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") ? .exponentSign : nil
        case .exponentSign, .exponent:
            return digit ? .exponent : nil
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
