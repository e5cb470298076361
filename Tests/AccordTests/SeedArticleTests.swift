@testable import Accord
import Foundation
import Testing

/// The founding example: every fact of the seed article, through `Engine.standard()`.
@Suite("Seed article", .enabled(if: TestSupport.seedText != nil, "../shared/seed/ is absent on this machine"))
struct SeedArticleTests {
    let analysis: Analysis
    let text: String

    init() throws {
        text = try #require(TestSupport.seedText, "the seed article should be readable")
        let engine = try #require(standardEngine, "the standard packs should compile")
        analysis = engine.analyze(text)
    }

    @Test("finds every party named, and not India in the Indo-Pacific", arguments: ["JP", "IN", "US", "AU", "KR", "VN", "CN", "KH", "LK", "UA", "ASEAN"])
    func party(_ id: String) {
        #expect(analysis.parties.contains { $0.id == id }, "party \(id) should be found; found \(Set(analysis.parties.map(\.id)).sorted())")
    }

    @Test("does not read Ấn Độ Dương-Thái Bình Dương as India")
    func indoPacific() throws {
        let phrase = try #require(text.range(of: "Ấn Độ Dương-Thái Bình Dương"), "the seed should contain the phrase")
        let inside = analysis.parties.filter { $0.span.range.overlaps(phrase) }
        #expect(inside.isEmpty, "no party may be found inside the ocean region; found \(inside.map { "\($0.id) «\($0.text)»" })")
    }

    @Test("finds every forum", arguments: ["two-plus-two", "g7", "g20", "quad", "ipef", "amm", "mgc", "jcm", "asean"])
    func forum(_ id: String) {
        #expect(analysis.forums.contains { $0.id == id }, "forum \(id) should be found; found \(analysis.forums.map(\.id))")
    }

    @Test("reads the AMM edition")
    func ammEdition() {
        #expect(analysis.forums.contains { $0.id == "amm" && $0.edition == 55 }, "AMM-55 should be amm edition 55; found \(analysis.forums.map { "\($0.id)#\($0.edition ?? -1)" })")
    }

    @Test("finds cooperation in each area", arguments: ["energy", "health", "infrastructure", "labour", "climate-environment",
                                                       "education-culture", "investment-finance", "defence-security", "standards"])
    func area(_ id: String) {
        #expect(analysis.cooperations.contains { $0.area.rawValue == id }, "area \(id) should be found; found \(Set(analysis.cooperations.map(\.area.rawValue)).sorted())")
    }

    @Test("finds the Japan-India consensus agreements with their areas")
    func consensus() {
        let consensus = analysis.agreements.filter { $0.kind == .consensus && Set($0.parties) == ["JP", "IN"] }
        #expect(consensus.count >= 2, "expected several JP-IN consensus agreements, found \(consensus.map(PackExampleRunner.describe))")
        let areas = Set(consensus.flatMap(\.areas).map(\.rawValue))
        #expect(areas.isSuperset(of: ["infrastructure", "energy", "climate-environment"]),
                "the consensus on infrastructure, energy and climate should carry those areas; found \(areas.sorted())")
        #expect(consensus.allSatisfy { $0.status == .asserted }, "the consensus agreements are asserted")
    }

    @Test("ties the 5.000 tỷ Yen loan and its USD equivalent to a commitment")
    func loanCommitment() throws {
        let yen = try #require(analysis.amounts.first { $0.currency == "JPY" }, "the Yen amount should be found")
        #expect(yen.value == Decimal(string: "5000000000000"), "5.000 tỷ Yen is 5,000,000,000,000; got \(yen.value)")
        #expect(!yen.approximate, "the Yen amount is exact")
        let usd = try #require(analysis.amounts.first { $0.currency == "USD" }, "the USD amount should be found")
        #expect(usd.value == Decimal(string: "35000000000") && usd.approximate, "khoảng 35 tỷ USD is approximately 35,000,000,000; got \(usd.value) approximate \(usd.approximate)")
        let commitment = analysis.agreements.first { $0.kind == .commitment && $0.amounts.contains { $0.currency == "JPY" } }
        #expect(commitment != nil, "a commitment should carry the Yen loan; agreements: \(analysis.agreements.map(PackExampleRunner.describe))")
        #expect(Set(commitment?.parties ?? []) == ["JP", "IN"], "the commitment is between JP and IN; got \(commitment?.parties ?? [])")
    }

    @Test("normalises the dates", arguments: ["--09-07", "--08-01", "--07-25"])
    func date(_ value: String) {
        #expect(analysis.dates.contains { $0.value == value }, "date \(value) should be found; found \(analysis.dates.map { $0.value ?? $0.text })")
    }

    @Test("maps every result back to the original text exactly")
    func spans() {
        let spans = analysis.parties.map(\.span) + analysis.forums.map(\.span) + analysis.cooperations.map(\.span)
            + analysis.agreements.map(\.span) + analysis.amounts.map(\.span) + analysis.dates.map(\.span)
        let scalars = Array(text.unicodeScalars)
        for span in spans {
            #expect(Array(text[span.range].unicodeScalars) == Array(span.text.unicodeScalars), "range of «\(span.text)» should select its text")
            let byOffsets = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
            #expect(Array(byOffsets.unicodeScalars) == Array(span.text.unicodeScalars), "scalar offsets \(span.start)..<\(span.end) should select «\(span.text)», got «\(byOffsets)»")
        }
    }
}
