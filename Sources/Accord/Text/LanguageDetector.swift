/// Guesses a document's language among those the engine has packs for.
///
/// Vietnamese is recognised by its letters (ă, â, đ, ê, ô, ơ, ư and the tone
/// marks, which English text almost never has) and its most common syllables;
/// English by its function words. A document with neither signal goes to the
/// first language loaded. The scan stops after the first few kilobytes: the
/// language of a news article does not change halfway through.
struct LanguageDetector: Sendable {
    /// Language codes in load order; the first is the fallback.
    let languages: [String]

    private static let sampleBytes = 4_096
    private static let vietnameseWords: Set<String> = ["và", "của", "các", "những", "được", "với", "trong", "là", "cho", "có", "này", "đã", "hai", "bên"]
    private static let englishWords: Set<String> = ["the", "and", "of", "to", "in", "with", "for", "on", "is", "was", "said", "that", "a", "an"]

    /// The detected language, always one of ``languages`` (or `nil` when there are none).
    func detect(_ text: String) -> String? {
        guard languages.count > 1 else { return languages.first }
        var scores: [String: Int] = [:]
        var word = ""
        var wordHasVietnameseLetter = false
        var seen = 0
        func finishWord() {
            guard !word.isEmpty else { return }
            if wordHasVietnameseLetter || Self.vietnameseWords.contains(word) { scores["vi", default: 0] += 1 }
            if Self.englishWords.contains(word) { scores["en", default: 0] += 1 }
            word = ""
            wordHasVietnameseLetter = false
        }
        for scalar in text.unicodeScalars {
            seen += 1
            if seen > Self.sampleBytes { break }
            // Combining marks belong to their letter: NFD Vietnamese must still read as Vietnamese.
            if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark {
                let lower = scalar.properties.lowercaseMapping
                word += lower
                if Self.isVietnameseLetter(scalar) { wordHasVietnameseLetter = true }
            } else {
                finishWord()
            }
        }
        finishWord()
        let best = languages.max { (scores[$0] ?? 0, -index(of: $0)) < (scores[$1] ?? 0, -index(of: $1)) }
        return (best.flatMap { scores[$0] } ?? 0) > 0 ? best : languages.first
    }

    private func index(of language: String) -> Int {
        languages.firstIndex(of: language) ?? languages.count
    }

    /// Letters of Vietnamese that English does not use: đ and the precomposed vowels with
    /// Vietnamese marks, and the combining tone and vowel marks of NFD text.
    private static func isVietnameseLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0110, 0x0111, 0x0102, 0x0103, 0x01A0, 0x01A1, 0x01AF, 0x01B0: return true   // Đđ Ăă Ơơ Ưư
        case 0x1EA0...0x1EF9: return true                                                   // ạ ả ấ … ỹ
        case 0x00C0...0x00FF: return "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".unicodeScalars.contains(scalar)
        case 0x0300, 0x0301, 0x0303, 0x0309, 0x0323, 0x0302, 0x0306, 0x031B: return true   // combining marks (NFD)
        default: return false
        }
    }
}
