@testable import Accord
import Foundation
import Testing

/// Properties of whole analyses over generated text: news-like pieces (names, numbers, dates,
/// money, cue words) mixed with the tokeniser's hard cases (NFD, emoji, ZWJ, NUL, CRLF, RTL).
@Suite("Engine properties on generated text")
struct EnginePropertyTests {
    static let newsPieces = [
        "Nhật Bản", "Ấn Độ", "Việt Nam", "Hoa Kỳ", "ASEAN", "G20", "Nhóm G7", "hai bên", "nhất trí", "cam kết",
        "hợp tác", "năng lượng", "y tế", "ký kết", "bản ghi nhớ", "khoản vay", "5.000 tỷ Yen", "35 tỷ USD",
        "ngày 7/9", "tháng 3 vừa qua", "năm tới", "Bộ trưởng Ngoại giao", "Japan", "India", "agreed", "signed",
        "a memorandum", "$1.5bn", "September 7, 2022", "the two sides", "Quad", "energy", "health",
    ]

    static func texts(count: Int, seed: UInt64) -> [String] {
        var generator = TextSampleGenerator(seed: seed)
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<(8 + Int(generator.next() % 40)) {
                if generator.next() % 3 == 0 {
                    text += TextSampleGenerator.pieces[Int(generator.next() % UInt64(TextSampleGenerator.pieces.count))]
                } else {
                    text += newsPieces[Int(generator.next() % UInt64(newsPieces.count))]
                    text += generator.next() % 4 == 0 ? ". " : " "
                }
            }
            return text
        }
    }

    /// Every span of every result, with where it claims to be.
    static func spans(_ analysis: Analysis) -> [TextSpan] {
        analysis.parties.map(\.span) + analysis.forums.map(\.span) + analysis.cooperations.map(\.span)
            + analysis.agreements.map(\.span) + analysis.amounts.map(\.span) + analysis.dates.map(\.span)
            + analysis.officials.map(\.span) + analysis.matches.map(\.span)
    }

    /// What was found, without where: kinds and ids in text order.
    static func facts(_ analysis: Analysis) -> [String] {
        analysis.parties.map { "party \($0.id)" } + analysis.forums.map { "forum \($0.id) \($0.edition ?? -1)" }
            + analysis.cooperations.map { "area \($0.area)" }
            + analysis.agreements.map { "agreement \($0.kind) \($0.status) \($0.parties) \($0.areas)" }
            + analysis.amounts.map { "amount \($0.value) \($0.currency)" } + analysis.dates.map { "date \($0.value ?? "-")" }
            + analysis.officials.map { "official \($0.title)" }
    }

    @Test("every span lies in the text, selects exactly its text, and has consistent offsets", arguments: ["vi", "en"])
    func spansSelectTheirText(language: String) throws {
        let engine = try Engine.standard()
        var found = 0
        for text in Self.texts(count: 150, seed: language == "vi" ? 7 : 11) {
            let analysis = engine.analyze(text, language: language)
            let scalars = Array(text.unicodeScalars)
            for span in Self.spans(analysis) {
                found += 1
                #expect(span.range.lowerBound >= text.startIndex && span.range.upperBound <= text.endIndex, "span outside the text")
                #expect(String(text[span.range]) == span.text, "range selects '\(text[span.range])', not '\(span.text)'")
                #expect(span.start >= 0 && span.start < span.end && span.end <= scalars.count, "offsets \(span.start)..<\(span.end) out of range")
                #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == span.text,
                        "scalar offsets \(span.start)..<\(span.end) do not select '\(span.text)'")
                #expect(span.sentence >= 0 && span.sentence < analysis.sentenceCount, "sentence \(span.sentence) of \(analysis.sentenceCount)")
            }
        }
        #expect(found > 300, "the generated texts should give plenty of results, got \(found)")
    }

    @Test("analysis is deterministic and NFC and NFD text give the same facts")
    func deterministicAndNormalizationFree() throws {
        let engine = try Engine.standard()
        for text in Self.texts(count: 100, seed: 3) {
            let first = engine.analyze(text, language: "vi")
            #expect(engine.analyze(text, language: "vi") == first, "a second run differs")
            let decomposed = text.decomposedStringWithCanonicalMapping
            let composed = text.precomposedStringWithCanonicalMapping
            #expect(Self.facts(engine.analyze(decomposed, language: "vi")) == Self.facts(engine.analyze(composed, language: "vi")),
                    "NFD and NFC differ for: \(composed)")
        }
    }
}
