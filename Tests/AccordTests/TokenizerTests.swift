import Testing
@testable import Accord

/// A token with the text it covers, for readable expectations.
struct TokenWithText: Sendable, CustomStringConvertible {
    /// The token's bytes, decoded.
    var text: String
    /// The token itself.
    var token: Token

    /// `text` plus kind, for failure messages.
    var description: String { "\(text.debugDescription):\(token.kind)" }
}

/// Tokenises a string and pairs every token with its text.
func tokenized(_ text: String) -> [TokenWithText] {
    var text = text
    return text.withUTF8 { utf8 in
        var tokens: [Token] = []
        Tokenizer().tokenize(utf8, into: &tokens)
        return tokens.map { token in
            TokenWithText(text: String(decoding: UnsafeBufferPointer(rebasing: utf8[token.range]), as: UTF8.self), token: token)
        }
    }
}

/// The UTF-8 of each string, so NFC and NFD spellings compare as different (String `==` would not).
func utf8Arrays(_ strings: [String]) -> [[UInt8]] { strings.map { Array($0.utf8) } }

/// Tests for ``Tokenizer``: token boundaries, kinds, flags and robustness.
@Suite("Tokenizer")
struct TokenizerTests {
    /// Inputs and the exact token texts they must produce.
    static let textCases: [(String, [String])] = [
        ("Ngày 7/9, Nhật Bản và Ấn Độ", ["Ngày", "7", "/", "9", ",", "Nhật", "Bản", "và", "Ấn", "Độ"]),
        ("5.000 tỷ", ["5.000", "tỷ"]),
        ("1,5 1.234.567 6.24 25,822", ["1,5", "1.234.567", "6.24", "25,822"]),
        ("năm 2022.", ["năm", "2022", "."]),
        ("tăng 3,5, giảm 2.", ["tăng", "3,5", ",", "giảm", "2", "."]),
        ("2+2", ["2", "+", "2"]),
        ("AMM-55", ["AMM", "-", "55"]),
        ("Covid-19", ["Covid", "-", "19"]),
        ("công-tư", ["công", "-", "tư"]),
        ("Dương-Thái", ["Dương", "-", "Thái"]),
        ("2010–2020 10:30", ["2010", "–", "2020", "10", ":", "30"]),
        ("G7 G20 COP28", ["G7", "G20", "COP28"]),
        ("1.5km 2km", ["1.5", "km", "2km"]),
        ("Japan's", ["Japan", "'s"]),
        ("Japan’s 1990's", ["Japan", "’s", "1990", "'s"]),
        ("rock 'n' roll", ["rock", "'", "n", "'", "roll"]),
        ("(ASEAN)", ["(", "ASEAN", ")"]),
        ("Wait... Chờ…", ["Wait", "...", "Chờ", "…"]),
        ("?!", ["?", "!"]),
        ("TP.HCM", ["TP", ".", "HCM"]),
        ("$5 €10 ¥20 100₫ 50% A&B @x #y", ["$", "5", "€", "10", "¥", "20", "100", "₫", "50", "%", "A", "&", "B", "@", "x", "#", "y"]),
        ("👍🏽 ok", ["👍🏽", "ok"]),
        ("👍 🏽", ["👍", "🏽"]),
        ("👨‍👩‍👧!", ["👨‍👩‍👧", "!"]),
        ("🇻🇳🇯🇵", ["🇻🇳", "🇯🇵"]),
        ("❤️#️⃣", ["❤️", "#️⃣"]),
        ("a\u{00A0}b\u{200B}c\u{3000}d\u{FEFF}e\u{0000}f\u{0007}g\u{2003}h", ["a", "b", "c", "d", "e", "f", "g", "h"]),
        ("Vie\u{0323}\u{0302}t Nam", ["Vie\u{0323}\u{0302}t", "Nam"]),
        ("A\u{0302}\u{0301}n \u{0110}o\u{0302}\u{0323}.", ["A\u{0302}\u{0301}n", "\u{0110}o\u{0302}\u{0323}", "."]),
        ("co\u{00AD}operate", ["co\u{00AD}operate"]),
        ("中文 Ελλάδα Москва", ["中文", "Ελλάδα", "Москва"]),
        (" \u{0301}x", ["\u{0301}", "x"]),
        ("", []),
        ("  \n\t ", []),
    ]

    /// Each input splits into exactly the expected token texts (byte-exact, so NFD stays NFD).
    @Test("token texts", arguments: textCases)
    func tokenTexts(input: String, expected: [String]) {
        let actual = tokenized(input).map(\.text)
        #expect(utf8Arrays(actual) == utf8Arrays(expected),
                "tokenising \(input.debugDescription) gave \(actual), expected \(expected)")
    }

    /// Inputs and the kind of each token.
    static let kindCases: [(String, [TokenKind])] = [
        ("G7 2022 5.000 Ấn", [.word, .number, .number, .word]),
        ("! … ... + - / :", [.punctuation, .punctuation, .punctuation, .punctuation, .punctuation, .punctuation, .punctuation]),
        ("$ % ₫ 👍🏽 🇻🇳 ©", [.symbol, .symbol, .symbol, .symbol, .symbol, .symbol]),
        ("Japan's 90's", [.word, .word, .number, .word]),
        ("١٢٣ ٣x", [.number, .word]),
    ]

    /// Each token gets the expected kind.
    @Test("token kinds", arguments: kindCases)
    func tokenKinds(input: String, expected: [TokenKind]) {
        let actual = tokenized(input)
        #expect(actual.map(\.token.kind) == expected, "kinds of \(input.debugDescription) were \(actual)")
    }

    /// Inputs, a token index, and that token's exact flags.
    static let flagCases: [(String, Int, TokenFlags)] = [
        ("Ấn Độ", 0, [.capitalized, .hasLetter]),
        ("Ấn Độ", 1, [.capitalized, .hasLetter]),
        ("ASEAN", 0, [.capitalized, .uppercase, .hasLetter]),
        ("G7", 0, [.capitalized, .uppercase, .hasLetter, .hasDigit]),
        ("COP28", 0, [.capitalized, .uppercase, .hasLetter, .hasDigit]),
        ("G", 0, [.capitalized, .uppercase, .hasLetter]),
        ("ĐÀ NẴNG", 1, [.capitalized, .uppercase, .hasLetter, ]),
        ("A\u{0302}\u{0301}N", 0, [.capitalized, .uppercase, .hasLetter]),
        ("iPhone", 0, [.hasLetter]),
        ("28th", 0, [.hasLetter, .hasDigit]),
        ("中文", 0, [.hasLetter]),
        ("2022", 0, [.hasDigit]),
        ("công-tư", 1, [.glued]),
        ("công-tư", 2, [.glued, .hasLetter]),
        ("công - tư", 2, [.hasLetter]),
        ("Japan's", 1, [.glued, .hasLetter]),
        ("a\nb", 1, [.hasLetter, .lineBreakBefore]),
        ("a \r\n b", 1, [.hasLetter, .lineBreakBefore]),
        ("a\rb", 1, [.hasLetter, .lineBreakBefore]),
        ("a\u{2028}b", 1, [.hasLetter, .lineBreakBefore]),
        ("a\u{2029}b", 1, [.hasLetter, .lineBreakBefore]),
        ("\nA", 0, [.capitalized, .uppercase, .hasLetter]),
        ("x.", 1, [.glued]),
        // After a word and one space, whatever comes next is spaced, not glued.
        ("Hà Nội (Việt Nam)", 2, []),
        ("Hà Nội 2022", 2, [.hasDigit]),
        ("Hà Nội ờ\u{309}", 2, [.hasLetter]),
        ("Hà Nội \u{301}a", 2, []),
        ("Hà Nội 🇻🇳", 2, []),
        ("ờ Ấn", 1, [.capitalized, .hasLetter]),
        ("ờ ẤN", 1, [.capitalized, .uppercase, .hasLetter]),
        ("a  b", 1, [.hasLetter]),
        ("a \nb", 1, [.hasLetter, .lineBreakBefore]),
    ]

    /// The chosen token carries exactly the expected flags.
    @Test("token flags", arguments: flagCases)
    func tokenFlags(input: String, index: Int, expected: TokenFlags) {
        let tokens = tokenized(input)
        #expect(tokens.indices.contains(index), "\(input.debugDescription) has no token \(index): \(tokens)")
        guard tokens.indices.contains(index) else { return }
        #expect(tokens[index].token.flags == expected,
                "flags of token \(index) (\(tokens[index])) in \(input.debugDescription) were \(tokens[index].token.flags.rawValue), expected \(expected.rawValue)")
    }

    /// The scalars a word's scan reads from its own table instead of decoding them: every two-byte
    /// sequence and Latin Extended Additional (E1 B8…BB). The table is ``ScalarClassTable``'s
    /// classes as bits, so each scalar joins a word, capitalises it or ends it as its class says.
    @Test("a word's letters read from the word scan's table keep their class", arguments: [0x80..<0x800, 0x1E00..<0x1F00])
    func wordScanTable(scalars: Range<UInt32>) throws {
        let classes = ScalarClassTable.shared.bytes
        for value in scalars {
            let scalar = try #require(Unicode.Scalar(value), "U+\(String(value, radix: 16)) is a scalar")
            let cls = classes[Int(value)] & ScalarClass.classMask
            let joins = [ScalarClass.upper, ScalarClass.lower, ScalarClass.otherLetter, ScalarClass.digit,
                         ScalarClass.mark, ScalarClass.extender].contains(cls)
            // After a letter and before one: inside the scan's loop, where the table is read.
            let inside = tokenized("a\(scalar)b")
            #expect((inside.count == 1) == joins,
                    "U+\(String(value, radix: 16)) (class \(cls)) should \(joins ? "" : "not ")join a word; got \(inside)")
            // A word chained after a space starts with it: the chain's first-letter test reads the table too.
            guard [ScalarClass.upper, ScalarClass.lower, ScalarClass.otherLetter].contains(cls) else { continue }
            let chained = tokenized("ơ \(scalar)ê")
            #expect(chained.count == 2 && chained[1].token.flags.contains(.capitalized) == (cls == ScalarClass.upper),
                    "U+\(String(value, radix: 16)) starts the chained word, capitalised only if uppercase; got \(chained)")
        }
    }

    /// Tokenising appends to existing tokens, with offsets relative to the given buffer.
    @Test("tokenize appends and offsets are relative to the buffer")
    func appends() {
        var tokens = [Token(start: 0, end: 1, kind: .word, flags: [])]
        var text = "ab cd"
        _ = text.withUTF8 { Tokenizer().tokenize($0, into: &tokens) }
        #expect(tokens.count == 3, "expected the existing token plus two, got \(tokens)")
        #expect(tokens.last?.range == 3..<5, "second word should cover bytes 3..<5, got \(String(describing: tokens.last))")
    }

    /// A text is tokenised into room for one token per byte (up to ``Tokenizer/directLimit``
    /// bytes, into a growing buffer past it): texts made only of one-byte tokens fill that room
    /// exactly, on both sides of the limit.
    @Test("a text of one-byte tokens fills the room of one token per byte, on both sides of the direct limit",
          arguments: [1, 2, 1000, Tokenizer.directLimit, Tokenizer.directLimit + 1])
    func oneTokenPerByte(count: Int) {
        for unit: UInt8 in [UInt8(ascii: ","), 0xFF] {   // punctuation, and malformed bytes (a symbol each)
            let bytes = [UInt8](repeating: unit, count: count)
            var tokens: [Token] = []
            _ = bytes.withUnsafeBufferPointer { Tokenizer().tokenize($0, into: &tokens) }
            #expect(tokens.count == count, "\(count) bytes of \(unit) should be \(count) tokens, got \(tokens.count)")
            #expect(tokens.last?.range == count - 1..<count, "the last token should be the last byte, got \(String(describing: tokens.last))")
        }
    }

    /// Malformed UTF-8 becomes symbol tokens instead of trapping or being skipped.
    @Test("malformed UTF-8 never traps and every byte is accounted for")
    func malformedBytes() {
        let inputs: [[UInt8]] = [
            [0x61, 0xFF, 0x62], [0xE1, 0xBB], [0xC3], [0xF0, 0x9F, 0x91], [0xED, 0xA0, 0x80], [0x80, 0x80, 0x41],
            [0xC0, 0xAF], [0x31, 0x2E, 0xE1],
        ]
        for bytes in inputs {
            var tokens: [Token] = []
            let wellFormed = bytes.withUnsafeBufferPointer { Tokenizer().tokenize($0, into: &tokens) }
            let covered = tokens.reduce(0) { $0 + $1.range.count }
            #expect(covered == bytes.count, "bytes \(bytes) should all be tokens (none is whitespace), got \(tokens)")
            #expect(!wellFormed, "bytes \(bytes) are malformed UTF-8, but the tokeniser called them well-formed")
        }
    }

    /// The tokeniser's check stands in for `String`'s on the CLI's path: it must agree with it.
    @Test("the tokeniser says whether bytes are well-formed exactly when String would repair nothing")
    func wellFormedness() {
        var generator = TextSampleGenerator(seed: 0x0BAD_C0DE)
        var inputs: [[UInt8]] = [
            [], Array("Việt Nam".utf8), Array("\u{FFFD} written out, and 👨‍👩‍👧 🇻🇳".utf8), Array("e\u{301} ờ\u{309}".utf8),
            [0xEF, 0xBF, 0xBD], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80],
        ]
        for _ in 0..<300 {
            // Generated text, some of it with a byte flipped or cut short.
            var bytes = Array(generator.text(pieces: Int(generator.next() % 12) + 1).utf8)
            if !bytes.isEmpty, generator.next() % 2 == 0 { bytes[Int(generator.next() % UInt64(bytes.count))] ^= UInt8(truncatingIfNeeded: generator.next() | 0x80) }
            if !bytes.isEmpty, generator.next() % 3 == 0 { bytes.removeLast(Int(generator.next() % UInt64(min(3, bytes.count))) + 1) }
            inputs.append(bytes)
        }
        for bytes in inputs {
            var tokens: [Token] = []
            let wellFormed = bytes.withUnsafeBufferPointer { Tokenizer().tokenize($0, into: &tokens) }
            let repairs = Array(String(decoding: bytes, as: UTF8.self).utf8) != bytes
            #expect(wellFormed == !repairs, "bytes \(bytes): the tokeniser says \(wellFormed ? "well-formed" : "malformed"), String \(repairs ? "repairs them" : "keeps them")")
        }
    }

    /// Structural invariants hold for many generated mixed-script texts.
    @Test("property: tokens are ordered, in range, on scalar boundaries, and gaps are only whitespace")
    func generatedTextInvariants() {
        var generator = TextSampleGenerator(seed: 0xACC0_12D)
        for _ in 0..<400 {
            let text = generator.text(pieces: Int(generator.next() % 40) + 1)
            checkInvariants(text)
        }
    }

    /// Checks the structural invariants of tokenising `text`.
    private func checkInvariants(_ text: String) {
        let bytes = Array(text.utf8)
        let tokens = tokenized(text).map(\.token)
        var previousEnd = 0
        for (index, token) in tokens.enumerated() {
            let start = Int(token.start), end = Int(token.end)
            #expect(start >= previousEnd && start < end && end <= bytes.count,
                    "token \(index) \(start)..<\(end) out of order or range (previous end \(previousEnd)) in \(text.debugDescription)")
            guard start >= previousEnd, start < end, end <= bytes.count else { return }
            #expect(bytes[start] & 0xC0 != 0x80 && (end == bytes.count || bytes[end] & 0xC0 != 0x80),
                    "token \(index) splits a scalar in \(text.debugDescription)")
            let gap = String(decoding: bytes[previousEnd..<start], as: UTF8.self)
            #expect(gap.unicodeScalars.allSatisfy(isGapScalar),
                    "bytes between tokens \(gap.debugDescription) are not all whitespace in \(text.debugDescription)")
            if index > 0 {
                #expect(token.flags.contains(.glued) == gap.isEmpty,
                        "glued flag of token \(index) disagrees with gap \(gap.debugDescription) in \(text.debugDescription)")
                let hasBreak = gap.unicodeScalars.contains { "\n\r\u{2028}\u{2029}\u{0B}\u{0C}\u{85}".unicodeScalars.contains($0) }
                #expect(token.flags.contains(.lineBreakBefore) == hasBreak,
                        "line-break flag of token \(index) disagrees with gap \(gap.debugDescription) in \(text.debugDescription)")
            }
            previousEnd = end
        }
        let tail = String(decoding: bytes[min(previousEnd, bytes.count)...], as: UTF8.self)
        #expect(tail.unicodeScalars.allSatisfy(isGapScalar), "trailing bytes \(tail.debugDescription) are not whitespace")
    }

    /// Whether a scalar may sit between tokens: whitespace, control, or an invisible format character.
    private func isGapScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format: return true
        default: return false
        }
    }
}

/// A small deterministic random generator (SplitMix64) of text samples, so generated tests are reproducible.
struct TextSampleGenerator: RandomNumberGenerator {
    /// The generator's state.
    private var state: UInt64

    /// Creates a generator from a seed.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Pieces of text that exercise every tokeniser rule, including NFD, emoji and odd whitespace.
    static let pieces: [String] = [
        "Việt", "Vie\u{0323}\u{0302}t", "Nam", "ASEAN", "hoà", "ho\u{0300}a", "Ấn", "Độ", "5.000", "1,5", "7/9",
        "2022", "G20", ",", ".", "...", "…", "!", "?", "-", "–", "+", ":", "'", "’s", "'s", "(", ")", "\"",
        "“", "”", "$", "₫", "%", "👨‍👩‍👧", "🇻🇳", "👍🏽", "❤️", "\u{0301}", "\u{200D}", "\u{FE0F}", "🏽", " ", " ", " ",
        "\n", "\r\n", "\r", "\t", "\u{00A0}", "\u{200B}", "\u{2028}", "\u{FEFF}", "\u{0000}", "\u{0007}",
        "中文", "Ελλάδα", "١٢", "x",
    ]

    /// A string of `pieces` random pieces.
    mutating func text(pieces count: Int) -> String {
        var text = ""
        for _ in 0..<count { text += Self.pieces[Int(next() % UInt64(Self.pieces.count))] }
        return text
    }
}
