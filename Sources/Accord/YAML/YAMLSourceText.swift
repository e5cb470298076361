/// A file's bytes without its byte-order mark, seen through libyaml's idea of lines.
///
/// libyaml ends a line at LF, CR, CR LF, NEL, LS or PS; marks are only
/// useful if lines here are counted the same way.
struct YAMLSourceText: Sendable {
    /// The bytes libyaml reads.
    let body: [UInt8]

    init(_ bytes: [UInt8]) {
        // libyaml counts a byte-order mark as a column when told the encoding,
        // so it is removed here and never reaches the parser.
        body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }

    /// Whether the text holds nothing but spaces, tabs, line breaks and comments.
    var isBlank: Bool {
        var isInComment = false
        for byte in body {
            switch byte {
            case 0x0A, 0x0D: isInComment = false
            case _ where isInComment: continue
            case 0x20, 0x09: continue
            // Reached only after blanks, where '#' always starts a comment.
            case UInt8(ascii: "#"): isInComment = true
            default: return false
            }
        }
        return true
    }

    /// The length of the line break at `offset`, or 0 if there is none.
    private func lineBreakLength(at offset: Int) -> Int {
        func byte(_ index: Int) -> UInt8? { index < body.count ? body[index] : nil }
        switch body[offset] {
        case 0x0A: return 1
        case 0x0D: return byte(offset + 1) == 0x0A ? 2 : 1
        case 0xC2: return byte(offset + 1) == 0x85 ? 2 : 0
        case 0xE2:
            let isSeparator = byte(offset + 1) == 0x80 && (byte(offset + 2) == 0xA8 || byte(offset + 2) == 0xA9)
            return isSeparator ? 3 : 0
        default: return 0
        }
    }

    /// The text of 1-based `line`, without its line break; `nil` past the last line.
    func line(_ line: Int) -> String? {
        // For one diagnostic's line; callers that ask for many keep ``lineStarts()``.
        let starts = lineStarts()
        guard line >= 1, line <= starts.count else { return nil }
        return self.line(startingAt: starts[line - 1])
    }

    /// The text of the line that starts at byte `start`, without its line break.
    func line(startingAt start: Int) -> String {
        var end = start
        while end < body.count, lineBreakLength(at: end) == 0 { end += 1 }
        return String(decoding: body[start..<end], as: UTF8.self)
    }

    /// The byte offset where each line starts, line 1 first: one pass, for callers that ask
    /// for many lines (``line(_:)`` walks from the start each time).
    func lineStarts() -> [Int] {
        var starts = [0]
        var offset = 0
        body.withUnsafeBufferPointer { bytes in
            while offset < bytes.count {
                // Eight ASCII bytes without LF or CR (most of a pack) are passed at once.
                offset = Self.skipWords(in: bytes, from: offset) { word in
                    word & Self.highBits == 0 && !Self.hasByte(0x0A, in: word) && !Self.hasByte(0x0D, in: word)
                }
                guard offset < bytes.count else { break }
                // Only these bytes begin a line break: every other byte is passed with one test.
                switch bytes[offset] {
                case 0x0A, 0x0D, 0xC2, 0xE2:
                    let length = lineBreakLength(at: offset)
                    offset += max(length, 1)
                    if length > 0 { starts.append(offset) }
                default:
                    offset += 1
                }
            }
        }
        return starts
    }

    /// The high bit of each byte of a word.
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether some byte of `word` is `byte` (exact: the "has a zero byte" test on `word ^ byte…`).
    @inline(__always)
    private static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        let difference = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (difference &- 0x0101_0101_0101_0101) & ~difference & highBits != 0
    }

    /// Whether some byte of `word`, all of whose bytes are ASCII, is below `limit` (at most 0x80).
    @inline(__always)
    private static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101 &* UInt64(limit)) & ~word & highBits != 0
    }

    /// The offset of the first eight-byte word from `offset` on, in steps of eight, that
    /// `passes` refuses, or of the last whole word's end.
    @inline(__always)
    private static func skipWords(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int, while passes: (UInt64) -> Bool) -> Int {
        guard let base = bytes.baseAddress else { return offset }
        var offset = offset
        while offset &+ 8 <= bytes.count,
              passes(UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))) {
            offset &+= 8
        }
        return offset
    }

    /// The mark of the byte at `offset`; the bytes before it must be valid UTF-8.
    func mark(ofByte offset: Int) -> YAMLMark {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < min(offset, body.count) {
            let length = lineBreakLength(at: index)
            index += max(length, 1)
            if length > 0 {
                line += 1
                lineStart = index
            }
        }
        // Every byte except a continuation byte (10xxxxxx) starts a scalar.
        let column = body[lineStart..<min(max(offset, lineStart), body.count)].count { $0 & 0xC0 != 0x80 }
        return YAMLMark(line: line, column: column + 1)
    }

    /// A mark that exists in the text: libyaml puts end-of-input problems on a
    /// line after the last when the file lacks a final newline, so those move
    /// to the end of the last line.
    func clamped(_ mark: YAMLMark) -> YAMLMark {
        guard line(mark.line) == nil, let last = lastLine() else { return mark }
        return YAMLMark(line: last.number, column: last.text.unicodeScalars.count + 1)
    }

    private func lastLine() -> (number: Int, text: String)? {
        var number = 1
        var offset = 0
        var lastStart = 0
        while offset < body.count {
            let length = lineBreakLength(at: offset)
            offset += max(length, 1)
            if length > 0 {
                number += 1
                lastStart = offset
            }
        }
        return (number, String(decoding: body[lastStart...], as: UTF8.self))
    }

    /// Throws ACC102 at the first byte that is not UTF-8 or at a NUL, and ACC103
    /// at another control character libyaml would refuse, so authors get a line
    /// and column instead of libyaml's byte offset.
    func validate(file: String) throws(AccordError) {
        guard let (offset, problem) = firstUnreadableCharacter() else { return }
        let mark = mark(ofByte: offset)
        let byte = "0x" + String(body[offset], radix: 16, uppercase: true)
        let message: String
        var hint = "save the file as UTF-8 text"
        switch problem {
        case .utf16:
            message = "the file is UTF-16 text, but packs must be UTF-8"
        case .neverUTF8:
            message = "the file is not valid UTF-8: byte \(byte) never appears in UTF-8 text"
        case .strayContinuation:
            message = "the file is not valid UTF-8: byte \(byte) continues a character that never started"
        case .incomplete:
            message = "the file is not valid UTF-8: the character starting with byte \(byte) is cut short or malformed"
        case .nul:
            message = "the file contains a NUL byte, so it is not UTF-8 text"
            hint = "save the file as UTF-8; NUL bytes usually mean UTF-16 or a binary file"
        case .control(let value):
            let code = String(value, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
            // Valid UTF-8 that YAML refuses is a syntax problem, not an encoding one.
            throw AccordError(
                .yamlSyntax,
                "the file contains the control character U+\(padded), which YAML does not allow",
                hint: "delete the character, or write it as the escape \"\\u\(padded)\" inside double quotes",
                at: mark.location(in: file),
                sourceLine: line(mark.line)
            )
        }
        throw AccordError(.invalidUTF8, message, hint: hint, at: mark.location(in: file), sourceLine: line(mark.line))
    }

    private enum UnreadableCharacter {
        case utf16, neverUTF8, strayContinuation, incomplete, nul, control(UInt32)
    }

    /// The first byte that is not UTF-8 or the first character libyaml refuses,
    /// preferring encoding errors: a file with both is not UTF-8 at all.
    private func firstUnreadableCharacter() -> (offset: Int, problem: UnreadableCharacter)? {
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) { return (0, .utf16) }
        var firstControl: (offset: Int, problem: UnreadableCharacter)?
        return body.withUnsafeBufferPointer { bytes in
            var offset = 0
            while offset < bytes.count {
                // Eight printable ASCII bytes (most of a pack) are passed at once: no high bit, none
                // below a space (tab and line breaks take the byte loop), no DEL.
                offset = Self.skipWords(in: bytes, from: offset) { word in
                    word & Self.highBits == 0 && !Self.hasByte(below: 0x20, in: word) && !Self.hasByte(0x7F, in: word)
                }
                guard offset < bytes.count else { break }
                let lead = bytes[offset]
                if lead < 0x80 {
                    if firstControl == nil, !Self.isAllowed(UInt32(lead)) {
                        firstControl = (offset, lead == 0 ? .nul : .control(UInt32(lead)))
                    }
                    offset += 1
                    continue
                }
                // The allowed range of the second byte excludes overlong forms,
                // surrogates and values above U+10FFFF (Unicode table 3-7).
                let length: Int
                var second: ClosedRange<UInt8> = 0x80...0xBF
                switch lead {
                case 0x80...0xBF: return (offset, .strayContinuation)
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; second = 0xA0...0xBF
                case 0xED: length = 3; second = 0x80...0x9F
                case 0xE1...0xEF: length = 3
                case 0xF0: length = 4; second = 0x90...0xBF
                case 0xF4: length = 4; second = 0x80...0x8F
                case 0xF1...0xF3: length = 4
                default: return (offset, .neverUTF8)
                }
                guard offset + length <= bytes.count, second.contains(bytes[offset + 1]) else {
                    return (offset, .incomplete)
                }
                var value = UInt32(lead) & (0xFF >> (length + 1))
                for index in (offset + 1)..<(offset + length) {
                    guard bytes[index] & 0xC0 == 0x80 else { return (offset, .incomplete) }
                    value = value << 6 | UInt32(bytes[index] & 0x3F)
                }
                if firstControl == nil, !Self.isAllowed(value) { firstControl = (offset, .control(value)) }
                offset += length
            }
            return firstControl
        }
    }

    /// The characters libyaml's reader accepts (YAML 1.1's printable set).
    private static func isAllowed(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
