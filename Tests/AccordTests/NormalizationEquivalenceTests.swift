@testable import Accord
import Foundation
import Testing

/// NFD input and old-style tone placement give the same results as NFC with the new style.
@Suite("Normalisation equivalence")
struct NormalizationEquivalenceTests {
    /// What a result says, without where it is: ids, kinds, values and sentence indices.
    static func facts(_ analysis: Analysis) -> [String] {
        analysis.parties.map { "party \($0.id) s\($0.span.sentence)" }
            + analysis.forums.map { "forum \($0.id) \($0.edition ?? -1) s\($0.span.sentence)" }
            + analysis.cooperations.map { "area \($0.area) s\($0.span.sentence)" }
            + analysis.agreements.map { "agreement \(PackExampleRunner.describe($0)) \($0.status) s\($0.span.sentence)" }
            + analysis.amounts.map { "amount \($0.value) \($0.currency) \($0.approximate)" }
            + analysis.dates.map { "date \($0.value ?? "-") \($0.relative ?? "-")" }
    }

    /// Moves tone marks to the old (traditional) place in oa/oe/uy syllables: hóa → hoá, khỏe → khoẻ, thủy → thuỷ.
    static func oldStyle(_ text: String) -> String {
        var result = text
        let pairs = [("hóa", "hoá"), ("hòa", "hoà"), ("Hòa", "Hoà"), ("khỏe", "khoẻ"), ("thủy", "thuỷ"), ("lũy", "luỹ"), ("hỏa", "hoả")]
        for (new, old) in pairs { result = result.replacingOccurrences(of: new, with: old) }
        return result
    }

    static let texts: [String] = [
        "Nhật Bản và Ấn Độ nhất trí tăng cường hợp tác trong lĩnh vực y tế và chăm sóc sức khỏe, văn hóa và con người.",
        "Hai bên cam kết thúc đẩy hợp tác về tiêu chuẩn hóa và hiện thực hóa khu vực Ấn Độ Dương-Thái Bình Dương hòa bình.",
    ]

    @Test("NFD and old tone placement give identical facts", arguments: texts)
    func equivalent(text: String) throws {
        let engine = try #require(standardEngine, "the standard packs should compile")
        let reference = Self.facts(engine.analyze(text))
        #expect(!reference.isEmpty, "the sample should yield results")
        let nfd = text.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > text.unicodeScalars.count, "the NFD form should really be decomposed")
        #expect(Self.facts(engine.analyze(nfd)) == reference, "NFD input should give the same facts")
        let old = Self.oldStyle(text)
        #expect(old != text, "the old-style spelling should differ")
        #expect(Self.facts(engine.analyze(old)) == reference, "old-style tone placement should give the same facts")
        #expect(Self.facts(engine.analyze(old.decomposedStringWithCanonicalMapping)) == reference, "NFD old style too")
    }

    @Test("the seed article gives identical facts in NFD and old tone placement",
          .enabled(if: TestSupport.seedText != nil, "../shared/seed/ is absent on this machine"))
    func seed() throws {
        let text = try #require(TestSupport.seedText)
        let engine = try #require(standardEngine)
        let reference = Self.facts(engine.analyze(text))
        #expect(Self.facts(engine.analyze(text.decomposedStringWithCanonicalMapping)) == reference, "NFD seed should give the same facts")
        #expect(Self.facts(engine.analyze(Self.oldStyle(text))) == reference, "old-style seed should give the same facts")
    }

    @Test("spans of NFD input select the original NFD text")
    func nfdSpans() throws {
        let engine = try #require(standardEngine)
        let text = "Nhật Bản và Ấn Độ nhất trí.".decomposedStringWithCanonicalMapping
        let analysis = engine.analyze(text)
        let party = try #require(analysis.parties.first, "a party should be found")
        // String == compares canonically; compare scalars to see that nothing was recomposed.
        #expect(Array(text[party.span.range].unicodeScalars) == Array(party.text.unicodeScalars), "the range selects the original text")
        #expect(Array(party.text.unicodeScalars) == Array("Nhật Bản".decomposedStringWithCanonicalMapping.unicodeScalars),
                "the text stays as written (NFD)")
    }
}
