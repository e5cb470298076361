/// Groups tokens into sentences, so extractors never join facts across a sentence boundary.
///
/// A sentence ends after `.`, `!`, `?`, `…` or `...` (plus any closing quotes or brackets glued
/// right after it) when the next token starts with an uppercase letter, a digit, or an opening
/// quote or bracket, or when there is no next token. A `.` glued after an abbreviation
/// (`TP.HCM`, `Mr.`, `U.S.`) or a single uppercase letter (`J. Smith`, but not the unit in
/// `30 độ C.`), or with words glued on both sides (`vnexpress.net`), does not end one.
/// A line break always ends a sentence.
struct SentenceSplitter: Sendable {
    /// Abbreviations that a glued `.` does not end a sentence after, common in Vietnamese and
    /// English news. "etc" is deliberately absent: it usually ends its sentence.
    static let defaultAbbreviations: Set<String> = [
        // Vietnamese titles, degrees, place prefixes (TP.HCM, Q.1, P.Bến Nghé) and "tr." (page).
        "TP", "Tp", "TS", "ThS", "PGS", "GS", "BS", "KS", "NCS", "TX", "Q", "P", "Tr",
        // English titles and honorifics.
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Capt",
        "Maj", "Sgt", "Adm", "Cmdr", "Pres", "Amb", "Hon", "Rev", "Fr", "Mt", "Ft", "Messrs",
        // Companies and references.
        "Inc", "Ltd", "Co", "Corp", "Bros", "Dept", "Univ", "Assn", "No", "Nos", "vs", "approx", "est",
        "fig", "vol", "pp", "cf", "al",
        // Months (May, June, July are words).
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    /// The abbreviations, lowercased, as UTF-8 bytes.
    private let abbreviations: Set<[UInt8]>
    /// The ASCII ones of at most eight bytes (all the default ones), packed into integers
    /// (``packed(_:)``): a sentence's last word is looked up without allocating or hashing an array.
    private let packedAbbreviations: Set<UInt64>
    /// Whether some abbreviation is not packed (non-ASCII, or longer than eight bytes).
    private let hasUnpackedAbbreviations: Bool
    /// The longest abbreviation in bytes, so longer words skip the set lookup.
    private let longestAbbreviation: Int
    /// Lowercases candidate abbreviations the same way the set was lowercased.
    private let normalizer = TextNormalizer()

    /// Creates a splitter that treats `abbreviations` (compared case-insensitively, without the
    /// dot) as never ending a sentence.
    init(abbreviations: Set<String> = SentenceSplitter.defaultAbbreviations) {
        let lowered = abbreviations.map { Array(TextNormalizer().normalize($0, form: .folded).utf8) }
        self.abbreviations = Set(lowered)
        let packed = lowered.map { word in word.withUnsafeBufferPointer { Self.packed($0) } }
        self.packedAbbreviations = Set(packed.compactMap { $0 })
        self.hasUnpackedAbbreviations = packed.contains(nil)
        self.longestAbbreviation = lowered.map(\.count).max() ?? 0
    }

    /// ASCII bytes, lowercased and packed little-endian into an integer, or `nil` when there are
    /// more than eight or one is not ASCII. Words hold no zero byte, so lengths cannot collide.
    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        var key: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            guard byte < 0x80 else { return nil }
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            key |= UInt64(lowered) << (8 * UInt64(index))
        }
        return key
    }

    /// Whether a lowercased word is an abbreviation.
    private func isAbbreviation(lowered word: [UInt8]) -> Bool {
        if let key = word.withUnsafeBufferPointer({ Self.packed($0) }) { return packedAbbreviations.contains(key) }
        return hasUnpackedAbbreviations && abbreviations.contains(word)
    }

    /// The sentences of a tokenised text, as ranges of token indices: in order, non-empty and
    /// covering every token (no tokens gives no sentences). `utf8` is the text the tokens index.
    func split(_ tokens: [Token], utf8: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        // Through a raw buffer: every token is read here, and array reads checked each index.
        tokens.withUnsafeBufferPointer { split($0, utf8: utf8) }
    }

    private func split(_ tokens: UnsafeBufferPointer<Token>, utf8: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        // Room for a sentence every 16 tokens (news sentences run 20–40), so the list is rarely regrown.
        sentences.reserveCapacity(tokens.count / 16 + 1)
        var scratch: [UInt8] = []
        scratch.reserveCapacity(longestAbbreviation * 2)
        var start = 0
        var i = 0
        let count = tokens.count
        while i < count {
            // Only punctuation and line breaks end sentences: the other tokens (most of them) are
            // passed over in a tight loop, asked one question each.
            while i < count && tokens[i].kind != .punctuation && (i == start || !tokens[i].flags.contains(.lineBreakBefore)) {
                i &+= 1
            }
            if i == count { break }
            if i > start, tokens[i].flags.contains(.lineBreakBefore) {
                sentences.append(start..<i)
                start = i
            }
            guard tokens[i].kind == .punctuation, isTerminator(tokens[i], utf8) else {
                i += 1
                continue
            }
            var next = i + 1
            while next < tokens.count, tokens[next].kind == .punctuation,
                  tokens[next].flags.contains(.glued), !tokens[next].flags.contains(.lineBreakBefore),
                  isTerminator(tokens[next], utf8) || isClosing(tokens[next], utf8) {
                next += 1  // "!?", "." followed by a closing quote or bracket
            }
            if next < tokens.count, !tokens[next].flags.contains(.lineBreakBefore),
               !continuesAfterStop(tokens, at: i, next: next, utf8, scratch: &scratch),
               startsSentence(tokens[next], utf8) {
                sentences.append(start..<next)
                start = next
            }
            i = next
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    /// Whether the single `.` at `index` belongs to an abbreviation, an initial, or a glued
    /// `word.word` (domain names, `TP.HCM`), rather than ending a sentence.
    ///
    /// - Parameter scratch: A buffer for the folded word, reused across calls.
    private func continuesAfterStop(
        _ tokens: UnsafeBufferPointer<Token>, at index: Int, next: Int, _ utf8: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]
    ) -> Bool {
        let stop = tokens[index]
        guard next == index + 1, index > 0, stop.end - stop.start == 1, byte(utf8, stop.start) == 0x2E,
              stop.flags.contains(.glued) else { return false }
        let previous = tokens[index - 1]
        guard previous.kind == .word else { return false }
        if tokens[next].flags.contains(.glued), tokens[next].kind == .word { return true }
        if isSingleUppercaseLetter(previous, utf8) { return !isTemperatureUnit(tokens, at: index - 1, utf8) }
        let length = Int(previous.end - previous.start)
        guard length <= longestAbbreviation, previous.start >= 0, Int(previous.end) <= utf8.count else { return false }
        let word = UnsafeBufferPointer(rebasing: utf8[previous.range])
        // An ASCII word's folded form is its lowercase: no normaliser needed.
        if let key = Self.packed(word) { return packedAbbreviations.contains(key) }
        // With only ASCII abbreviations (the default ones), a word whose folded form cannot be
        // ASCII is none, known without normalising it (most words before a stop in Vietnamese).
        if !hasUnpackedAbbreviations && !Self.mayFoldToASCII(word) { return false }
        scratch.removeAll(keepingCapacity: true)
        normalizer.normalize(word, form: .folded, into: &scratch)
        return isAbbreviation(lowered: scratch)
    }

    /// Whether a word's folded form (NFC, lowercased) can be all ASCII: every scalar of it is
    /// ASCII or the Kelvin sign (U+212A, whose NFC is `K`). Any other scalar inside a word keeps
    /// a non-ASCII scalar through NFC and lowercasing (the other non-ASCII scalars NFC maps to
    /// ASCII, U+037E and U+1FEF, are punctuation and symbols, never inside a word).
    static func mayFoldToASCII(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = word.baseAddress else { return true }
        var index = 0
        while index < word.count {
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let (value, length) = UTF8Decoding.decode(base, count: word.count, at: index, lead: lead)
            guard value == 0x212A else { return false }
            index += length
        }
        return true
    }

    /// Whether the single letter at `index` is a temperature unit (`30 độ C.`, `86°F.`), which
    /// ends sentences in weather news, rather than an initial.
    private func isTemperatureUnit(_ tokens: UnsafeBufferPointer<Token>, at index: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0 else { return false }
        let unit = firstScalar(tokens[index], utf8)
        guard unit == 0x43 || unit == 0x46 || unit == 0x4B else { return false }  // C, F, K
        let before = tokens[index - 1]
        if firstScalar(before, utf8) == 0xB0 { return true }  // °
        guard before.kind == .word, before.end - before.start <= 8, Int(before.end) <= utf8.count, before.start >= 0 else {
            return false
        }
        var lowered: [UInt8] = []
        normalizer.normalize(UnsafeBufferPointer(rebasing: utf8[before.range]), form: .loose, into: &lowered)
        return lowered == Array("do".utf8)  // "độ", in any case or spelling
    }

    /// Whether a token is `.`, `!`, `?`, `…`, a run of dots, or a full-width stop.
    private func isTerminator(_ token: Token, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        switch firstScalar(token, utf8) {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF0E, 0xFF1F, 0x203C, 0x2047, 0x2048, 0x2049: return true
        default: return false
        }
    }

    /// Whether a token is a closing quote or bracket.
    private func isClosing(_ token: Token, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        switch firstScalar(token, utf8) {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2019, 0x201D, 0xBB, 0x203A, 0x300D, 0x300F, 0xFF09: return true
        default: return false
        }
    }

    /// Whether a token can begin a sentence: an uppercase letter, a digit, or an opening quote or bracket.
    private func startsSentence(_ token: Token, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let value = firstScalar(token, utf8)
        switch value {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2018, 0x201C, 0x201E, 0x201A, 0xAB, 0x2039, 0x300C, 0x300E, 0xFF08:
            return true
        default:
            let cls = ScalarClassTable.shared.scalarClass(value)
            return cls == ScalarClass.upper || cls == ScalarClass.digit
        }
    }

    /// Whether a word token is one uppercase letter (an initial such as the `J` in `J. Smith`).
    private func isSingleUppercaseLetter(_ token: Token, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.flags.contains(.uppercase), token.start >= 0, Int(token.end) <= utf8.count,
              let base = utf8.baseAddress else { return false }
        let lead = base[Int(token.start)]
        let length = lead < 0x80 ? 1 : UTF8Decoding.decode(base, count: Int(token.end), at: Int(token.start), lead: lead).length
        return Int(token.start) + length == Int(token.end)
    }

    /// The first scalar of a token, or 0 if the token lies outside `utf8`.
    private func firstScalar(_ token: Token, _ utf8: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard token.start >= 0, token.start < token.end, Int(token.end) <= utf8.count,
              let base = utf8.baseAddress else { return 0 }
        let lead = base[Int(token.start)]
        if lead < 0x80 { return UInt32(lead) }
        return UTF8Decoding.decode(base, count: Int(token.end), at: Int(token.start), lead: lead).value
    }

    /// The byte at `offset`, or 0 if it lies outside `utf8`.
    private func byte(_ utf8: UnsafeBufferPointer<UInt8>, _ offset: Int32) -> UInt8 {
        guard offset >= 0, Int(offset) < utf8.count else { return 0 }
        return utf8[Int(offset)]
    }
}
