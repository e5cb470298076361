/// The tokeniser's state while it walks one text.
struct TokenScanner {
    /// The text's bytes.
    let bytes: UnsafePointer<UInt8>
    /// How many bytes to tokenise.
    let count: Int
    /// ``ScalarClassTable/bytes``, for scalars below ``ScalarClassTable/directLimit``.
    let classes: UnsafeBufferPointer<UInt8>
    /// ``WordClassBits/table``: a word's ASCII letters and most of its other letters need
    /// neither decoding nor a shift.
    let wordBits: UnsafePointer<UInt16>

    /// Whether a token has been emitted yet in this text.
    private var hasPrevious = false
    /// The kind of the last emitted token.
    private var previousKind = TokenKind.symbol
    /// Whether whitespace was seen since the last token.
    private var spaced = false
    /// Whether a line break was seen since the last token.
    private var broken = false
    /// Whether a malformed byte was decoded (as U+FFFD, one byte long).
    private(set) var malformed = false

    /// Creates a scanner over `count` bytes at `bytes`.
    init(bytes: UnsafePointer<UInt8>, count: Int, classes: UnsafeBufferPointer<UInt8>, wordBits: UnsafePointer<UInt16>) {
        self.bytes = bytes
        self.count = count
        self.classes = classes
        self.wordBits = wordBits
    }

    /// Tokenises the whole text.
    mutating func run<Output: TokenOutput & ~Copyable>(into tokens: inout Output) {
        var i = 0
        while i < count {
            let (value, length) = decode(i)
            switch classOf(value) {
            case ScalarClass.extender where value >= 0x1F3FB && value <= 0x1F3FF:
                // A skin-tone modifier with no emoji before it is still visible.
                let end = symbolTail(from: i + length)
                emit(i, end, .symbol, TokenFlags(), into: &tokens)
                i = end
            case ScalarClass.whitespace, ScalarClass.extender:
                // A joiner with nothing before it to join is invisible, like a space.
                spaced = true
                i += length
            case ScalarClass.lineBreak:
                spaced = true
                broken = true
                i += length
            case let cls where cls == ScalarClass.upper || cls == ScalarClass.lower || cls == ScalarClass.otherLetter:
                i = scanLetterWord(from: i, firstClass: cls, firstLength: length, into: &tokens)
            case ScalarClass.digit:
                i = scanWord(from: i, prefixLength: 0, into: &tokens)
            case ScalarClass.punctuation:
                i = scanPunctuation(value, from: i, length: length, into: &tokens)
            case ScalarClass.regionalIndicator:
                var end = i + length
                if end < count {
                    let (next, nextLength) = decode(end)
                    if classOf(next) == ScalarClass.regionalIndicator { end += nextLength }  // a flag is a pair
                }
                end = symbolTail(from: end)
                emit(i, end, .symbol, TokenFlags(), into: &tokens)
                i = end
            default:  // symbols, and combining marks with no base before them
                let end = symbolTail(from: i + length)
                emit(i, end, .symbol, TokenFlags(), into: &tokens)
                i = end
            }
        }
    }

    /// Scans punctuation starting with `value` at `start`; returns where scanning continues.
    private mutating func scanPunctuation<Output: TokenOutput & ~Copyable>(
        _ value: UInt32, from start: Int, length: Int, into tokens: inout Output
    ) -> Int {
        if value == 0x2E {  // a run of full stops ("...") is one token
            var end = start + 1
            while end < count, bytes[end] == 0x2E { end += 1 }
            end = markTail(from: end)
            emit(start, end, .punctuation, TokenFlags(), into: &tokens)
            return end
        }
        if value == 0x27 || value == 0x2019, hasPrevious, !spaced,
           previousKind == .word || previousKind == .number,
           start + length < count, isLetter(at: start + length) {
            // "Japan's": the apostrophe begins a glued word, so "Japan" still matches on its own.
            return scanWord(from: start, prefixLength: length, into: &tokens)
        }
        let end = markTail(from: start + length)
        emit(start, end, .punctuation, TokenFlags(), into: &tokens)
        return end
    }

    /// The classes that continue a word once it has a letter: letters, digits (`G7`), combining
    /// marks and joiners, as one bit each (`1 << class`).
    private static let wordContinuing: UInt32 = 1 << ScalarClass.upper | 1 << ScalarClass.lower
        | 1 << ScalarClass.otherLetter | 1 << ScalarClass.digit | 1 << ScalarClass.mark | 1 << ScalarClass.extender

    /// The classes that start a letter-initial word, one bit each.
    private static let letters: UInt32 = 1 << ScalarClass.upper | 1 << ScalarClass.lower | 1 << ScalarClass.otherLetter

    /// Scans a word that starts with a letter of class `firstClass`, `firstLength` bytes long, at
    /// `start`, and emits it, then each next word that follows it after one space and starts
    /// with a letter; returns where scanning continues.
    ///
    /// Nine words in ten start with a letter. Such a word is just the run of the classes in
    /// ``wordContinuing`` (no separator can join it, as it can a number), so one bit per class
    /// met replaces ``scanWord(from:prefixLength:into:)``'s flags, whose upkeep, spilled to the
    /// stack, cost more per word than its letters. Most words are followed by one space and
    /// another such word: staying here for it saved a call and a pass through ``run(into:)``'s
    /// dispatch per word.
    private mutating func scanLetterWord<Output: TokenOutput & ~Copyable>(
        from start: Int, firstClass: UInt8, firstLength: Int, into tokens: inout Output
    ) -> Int {
        var start = start
        // The first letter's class as its bit, as the loop below keeps classes.
        var firstBit = UInt32(1) &<< UInt32(firstClass)
        var j = start + firstLength
        let bytes = self.bytes, count = self.count, wordBits = self.wordBits
        // The first word's gap flags, as `emit` gives them; each word chained after it has one
        // space before it and none. Kept apart, the state behind them (spilled to the stack) is
        // read once per chain, not once per word.
        var gapFlags: UInt8 = 0
        if hasPrevious {
            if !spaced { gapFlags |= TokenFlags.glued.rawValue }
            if broken { gapFlags |= TokenFlags.lineBreakBefore.rawValue }
        }
        while true {
            var seen = firstBit
            while j < count {
                let byte = bytes[j]
                let bit: UInt32
                if byte < 0x80 {
                    // An ASCII byte's class bit straight from the table: most letters of a word.
                    bit = UInt32(wordBits[Int(byte)])
                    guard bit & Self.wordContinuing != 0 else { break }
                    seen |= bit
                    j &+= 1
                    continue
                }
                let length: Int
                (bit, length) = wordScalarBit(at: j, lead: byte, bytes: bytes, count: count, wordBits: wordBits)
                guard bit & Self.wordContinuing != 0 else { break }
                seen |= bit
                j &+= length
            }
            // The flags from the class bits by arithmetic: as tests, whether a word is
            // capitalised was a coin toss for the branch predictor at every word.
            // Upper letters and no lower one: the upper bit masked by the lower bit (the next
            // class) shifted down onto it, not two bits tested apart.
            assert(ScalarClass.lower == ScalarClass.upper + 1, "the lower class's bit follows the upper's")
            let upperOnly = (seen & ~(seen &>> 1)) &>> UInt32(ScalarClass.upper) & 1
            let capitalized = firstBit &>> UInt32(ScalarClass.upper) & 1, digit = seen &>> UInt32(ScalarClass.digit) & 1
            let flags = TokenFlags(rawValue: TokenFlags.hasLetter.rawValue | gapFlags
                | UInt8(truncatingIfNeeded: capitalized) &* TokenFlags.capitalized.rawValue
                | UInt8(truncatingIfNeeded: upperOnly) &* TokenFlags.uppercase.rawValue
                | UInt8(truncatingIfNeeded: digit) &* TokenFlags.hasDigit.rawValue)
            tokens.append(Token(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: j), kind: .word, flags: flags))
            gapFlags = 0
            // One space, then a letter: the next word, as `run` would start it.
            // Wrapping: `j` is at most `count`, and the checked additions were tests at every word.
            let after = j &+ 1
            guard after < count, bytes[j] == 0x20 else { break }
            let next = bytes[after]
            let bit: UInt32
            let length: Int
            if next < 0x80 {
                (bit, length) = (UInt32(wordBits[Int(next)]), 1)
            } else {
                (bit, length) = wordScalarBit(at: after, lead: next, bytes: bytes, count: count, wordBits: wordBits)
            }
            guard bit & Self.letters != 0 else { break }
            start = after
            firstBit = bit
            j = start &+ length
        }
        // What `emit` leaves after a word.
        hasPrevious = true
        previousKind = .word
        spaced = false
        broken = false
        return j
    }

    /// The class bit and length of the multi-byte scalar at `i` (lead byte `lead`) inside a word.
    ///
    /// Two-byte sequences and the Latin Extended Additional block (E1 B8…BB: Vietnamese letters
    /// with two marks, a fifth of a Vietnamese text's letters) are read from ``wordBits`` without
    /// decoding: decoding them, looking up the class and shifting it cost as much as the rest of
    /// the word's scan. The rest are decoded. The text and table come as arguments, since read
    /// through `self` they were loaded again at every call.
    @inline(__always)
    private mutating func wordScalarBit(
        at i: Int, lead: UInt8, bytes: UnsafePointer<UInt8>, count: Int, wordBits: UnsafePointer<UInt16>
    ) -> (bit: UInt32, length: Int) {
        // Wrapping additions: `i` is below `count`, so they cannot overflow (the checked ones
        // were two instructions of every multi-byte letter).
        if lead &- 0xC2 < 0x1E {
            if i &+ 1 < count, bytes[i &+ 1] & 0xC0 == 0x80 {
                return (UInt32(wordBits[WordClassBits.index(ofTwoByte: lead, bytes[i &+ 1])]), 2)
            }
        } else if lead == 0xE1, i &+ 2 < count {
            let second = bytes[i &+ 1], third = bytes[i &+ 2]
            if second & 0xFC == 0xB8, third & 0xC0 == 0x80 {
                return (UInt32(wordBits[WordClassBits.index(ofLatinExtendedAdditional: second, third)]), 3)
            }
        }
        let (value, length) = decodeWordScalar(i, lead)
        return (UInt32(1) &<< UInt32(classOf(value)), length)
    }

    /// Scans a word or number starting at `start` (after `prefixLength` bytes of apostrophe) and
    /// emits it; returns where scanning continues.
    private mutating func scanWord<Output: TokenOutput & ~Copyable>(from start: Int, prefixLength: Int, into tokens: inout Output) -> Int {
        var j = start + prefixLength
        var hasLetter = false
        var hasDigit = false
        var firstLetterUpper = false
        var anyUpper = false
        var anyLower = false
        var separated = false  // a number with an internal "." or ","; letters no longer join it
        // Locals, so the loop below keeps the text and the table in registers.
        let bytes = self.bytes, classes = self.classes, count = self.count
        scan: while j < count {
            let value: UInt32
            let length: Int
            let cls: UInt8
            let byte = bytes[j]
            if byte < 0x80 {
                (value, length, cls) = (UInt32(byte), 1, classes[Int(byte)] & ScalarClass.classMask)
            } else {
                (value, length) = decodeWordScalar(j, byte)
                cls = classOf(value)
            }
            switch cls {
            case ScalarClass.lower:
                if separated { break scan }
                hasLetter = true
                anyLower = true
            case ScalarClass.upper:
                if separated { break scan }
                if !hasLetter { firstLetterUpper = true }
                hasLetter = true
                anyUpper = true
            case ScalarClass.otherLetter:
                if separated { break scan }
                hasLetter = true
            case ScalarClass.digit:
                hasDigit = true
            case ScalarClass.mark, ScalarClass.extender:
                break
            case ScalarClass.punctuation:
                // "5.000", "1,5": a separator between digits keeps the number whole.
                guard value == 0x2E || value == 0x2C, hasDigit, !hasLetter,
                      j + 1 < count, isDigit(at: j + 1) else { break scan }
                separated = true
            default:
                break scan
            }
            j += length
        }
        var flags = TokenFlags()  // not `[]`: the array literal was not always optimised away
        if hasLetter {
            flags.insert(.hasLetter)
            if firstLetterUpper { flags.insert(.capitalized) }
            if anyUpper && !anyLower { flags.insert(.uppercase) }
        }
        if hasDigit { flags.insert(.hasDigit) }
        emit(start, j, hasLetter ? .word : .number, flags, into: &tokens)
        return j
    }

    /// Appends a token, adding the glued and line-break flags from the gap before it.
    @inline(__always)
    private mutating func emit<Output: TokenOutput & ~Copyable>(
        _ start: Int, _ end: Int, _ kind: TokenKind, _ flags: TokenFlags, into tokens: inout Output
    ) {
        var flags = flags
        if hasPrevious {
            if !spaced { flags.insert(.glued) }
            if broken { flags.insert(.lineBreakBefore) }
        }
        tokens.append(Token(
            start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end),
            kind: kind, flags: flags))
        hasPrevious = true
        previousKind = kind
        spaced = false
        broken = false
    }

    /// Skips combining marks and joiners that belong to the token ending at `start`.
    private mutating func markTail(from start: Int) -> Int { tail(from: start, joiningEmoji: false) }

    /// Like ``markTail(from:)``, but a ZWJ also pulls in the emoji after it (`👨‍👩‍👧`).
    private mutating func symbolTail(from start: Int) -> Int { tail(from: start, joiningEmoji: true) }

    /// The end of the combining marks and joiners from `start`, and with `joiningEmoji`, of the
    /// symbols and regional indicators a ZWJ among them joins.
    @inline(__always)
    private mutating func tail(from start: Int, joiningEmoji: Bool) -> Int {
        var j = start
        while j < count, bytes[j] >= 0x80 {
            let (value, length) = decodeMultibyte(j, bytes[j])
            let cls = classOf(value)
            guard cls == ScalarClass.mark || cls == ScalarClass.extender else { break }
            j += length
            if joiningEmoji, value == 0x200D, j < count {
                let (next, nextLength) = decode(j)
                let nextClass = classOf(next)
                if nextClass == ScalarClass.symbol || nextClass == ScalarClass.regionalIndicator { j += nextLength }
            }
        }
        return j
    }

    /// Whether the scalar at byte `i` is a letter.
    private mutating func isLetter(at i: Int) -> Bool {
        let cls = classOf(decode(i).value)
        return cls == ScalarClass.upper || cls == ScalarClass.lower || cls == ScalarClass.otherLetter
    }

    /// Whether the scalar at byte `i` is a decimal digit.
    private mutating func isDigit(at i: Int) -> Bool {
        let byte = bytes[i]
        if byte < 0x80 { return byte &- 0x30 < 10 }
        return classOf(decode(i).value) == ScalarClass.digit
    }

    /// The class (a ``ScalarClass`` constant) of a scalar value.
    @inline(__always)
    private func classOf(_ value: UInt32) -> UInt8 {
        if value < ScalarClassTable.directLimit { return classes[Int(value)] & ScalarClass.classMask }
        return ScalarClassTable.outerPlaneEntry(value) & ScalarClass.classMask
    }

    /// Decodes the scalar starting at byte `i` (which must be below ``count``).
    @inline(__always)
    private mutating func decode(_ i: Int) -> (value: UInt32, length: Int) {
        let byte = bytes[i]
        if byte < 0x80 { return (UInt32(byte), 1) }
        return decodeMultibyte(i, byte)
    }

    /// Decodes the multi-byte scalar at `i` inside a word: two-byte sequences and three-byte
    /// ones led by E1…EC (Latin Extended Additional, where Vietnamese letters with two marks
    /// live) take a short path, which needs no overlong or surrogate check; the rest the full decoder.
    @inline(__always)
    private mutating func decodeWordScalar(_ i: Int, _ lead: UInt8) -> (value: UInt32, length: Int) {
        if lead &- 0xC2 < 0x1E, i + 1 < count {
            let second = bytes[i + 1]
            if second & 0xC0 == 0x80 { return (UInt32(lead & 0x1F) << 6 | UInt32(second & 0x3F), 2) }
        } else if lead &- 0xE1 < 0x0C, i + 2 < count {
            let second = bytes[i + 1], third = bytes[i + 2]
            if second & 0xC0 == 0x80, third & 0xC0 == 0x80 {
                return (UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F), 3)
            }
        }
        return decodeMultibyte(i, lead)
    }

    /// Decodes a multi-byte sequence with lead byte `lead` at `i`; malformed or truncated
    /// sequences decode as U+FFFD one byte long, so scanning always advances.
    @inline(__always)
    private mutating func decodeMultibyte(_ i: Int, _ lead: UInt8) -> (value: UInt32, length: Int) {
        let decoded = UTF8Decoding.decode(bytes, count: count, at: i, lead: lead)
        // A well-formed multi-byte scalar is never one byte long; U+FFFD written out is three.
        if decoded.length == 1 { malformed = true }
        return decoded
    }
}
