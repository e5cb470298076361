/// Guesses a document's language among those the engine has packs for.
///
/// Vietnamese is recognised by its letters (ă, â, đ, ê, ô, ơ, ư and the tone
/// marks, which English text almost never has), English by its function words.
/// A document with neither signal goes to the first language loaded. Only the
/// first kilobyte (about 180 words) is read, as UTF-8 bytes, and less once a dozen words of
/// one language and none of the other have been seen: the language of a news article does
/// not change halfway through, and detection must cost next to nothing (reading 4 KB cost 2%
/// of a whole analysis).
struct LanguageDetector: Sendable {
    /// Language codes in load order; the first is the fallback.
    let languages: [String]

    static let sampleBytes = 1_024
    /// Words of one language, with none of the other, after which reading stops.
    static let decisiveWords = 12
    private static let englishWords: Set<String> = ["the", "and", "of", "to", "in", "with", "for", "on", "is", "was", "said", "that", "a", "an"]
    /// The English words of at most four letters packed as ``packed(_:)`` keys, so a word is
    /// compared without building a string.
    private static let englishKeys: [UInt32] = englishWords.filter { $0.utf8.count <= 4 }.map { packed(Array($0.utf8)[...]) }

    /// Up to four lowercased ASCII letters in one integer (first letter in the low byte).
    private static func packed(_ letters: ArraySlice<UInt8>) -> UInt32 {
        var key: UInt32 = 0
        for (shift, letter) in letters.enumerated() { key |= UInt32(letter | 0x20) << (8 * shift) }
        return key
    }

    /// The detected language, always one of ``languages`` (or `nil` when there are none).
    func detect(_ text: String) -> String? {
        guard languages.count > 1 else { return languages.first }
        var text = text
        return text.withUTF8 { detect(utf8: $0) }
    }

    /// The language of a text given as UTF-8; only the first ``sampleBytes`` are read, so the
    /// start of a text that arrives in pieces is enough.
    func detect(utf8: UnsafeBufferPointer<UInt8>) -> String? {
        guard languages.count > 1 else { return languages.first }
        var vietnamese = 0
        var english = 0
        let bytes = UnsafeBufferPointer(rebasing: utf8[0..<min(utf8.count, Self.sampleBytes)])
        var position = 0
        var wordStart = 0
        var wordIsASCII = true
        var wordIsVietnamese = false
        func finishWord(at end: Int) {
            if end > wordStart {
                if wordIsVietnamese {
                    vietnamese += 1
                } else if wordIsASCII, end - wordStart <= 4 {
                    var key: UInt32 = 0
                    for offset in 0..<(end - wordStart) { key |= UInt32(bytes[wordStart + offset] | 0x20) << (8 * offset) }
                    if Self.englishKeys.contains(key) { english += 1 }
                }
            }
            wordIsASCII = true
            wordIsVietnamese = false
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80 {
                let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                if !isLetter {
                    finishWord(at: position)
                    wordStart = position + 1
                    // A dozen words of one language and none of the other settle it: most
                    // documents are decided in their first sentence, not their first kilobyte.
                    if min(vietnamese, english) == 0 && max(vietnamese, english) >= Self.decisiveWords { break }
                }
                position += 1
                continue
            }
            wordIsASCII = false
            if position + 1 < bytes.count, Self.isVietnameseLetter(byte, bytes[position + 1]) { wordIsVietnamese = true }
            position += 1
            while position < bytes.count, bytes[position] & 0xC0 == 0x80 { position += 1 }
        }
        finishWord(at: bytes.count)
        // Compared, not hashed: a dictionary of the two scores cost a fifth of detecting.
        func score(_ language: String) -> Int { language == "vi" ? vietnamese : language == "en" ? english : 0 }
        let best = languages.max { (score($0), -index(of: $0)) < (score($1), -index(of: $1)) }
        return (best.map(score) ?? 0) > 0 ? best : languages.first
    }

    private func index(of language: String) -> Int {
        languages.firstIndex(of: language) ?? languages.count
    }

    /// Whether a UTF-8 sequence starting with these two bytes is a letter or mark of Vietnamese
    /// that English does not use: Ăă Đđ Ơơ Ưư, the precomposed vowels U+1EA0–U+1EF9, and the
    /// combining tone and vowel marks of NFD text.
    private static func isVietnameseLetter(_ lead: UInt8, _ next: UInt8) -> Bool {
        switch (lead, next) {
        case (0xC4, 0x82), (0xC4, 0x83), (0xC4, 0x90), (0xC4, 0x91): return true          // Ă ă Đ đ
        case (0xC6, 0xA0), (0xC6, 0xA1), (0xC6, 0xAF), (0xC6, 0xB0): return true          // Ơ ơ Ư ư
        case (0xE1, 0xBA), (0xE1, 0xBB): return true                                      // U+1E80–U+1EFF
        case (0xCC, 0x80), (0xCC, 0x81), (0xCC, 0x83), (0xCC, 0x89), (0xCC, 0xA3),
             (0xCC, 0x82), (0xCC, 0x86), (0xCC, 0x9B): return true                        // combining marks
        default: return false
        }
    }
}
