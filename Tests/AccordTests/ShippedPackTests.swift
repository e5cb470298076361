@testable import Accord
import Testing

/// Every shipped pack's embedded examples pass, as `accord test Rules` checks.
@Suite("Shipped packs")
struct ShippedPackTests {
    static let packIDs: [String] = ((try? Engine.standardPacks()) ?? []).map(\.id)

    @Test("the standard packs load and compile")
    func compiles() throws {
        let engine = try Engine.standard()
        #expect(engine.packs.count >= 1, "Engine.standard() should load the packs shipped in Rules/")
    }

    @Test("embedded examples pass", arguments: packIDs)
    func examples(pack: String) throws {
        let engine = try #require(standardEngine, "the standard packs should compile")
        let outcomes = PackExampleRunner.run(engine, only: [pack])
        let hasRules = engine.packs.first { $0.id == pack }.map { !$0.ruleIDs.isEmpty } ?? false
        #expect(!hasRules || !outcomes.isEmpty, "pack \(pack) has rules, so it should carry embedded examples")
        for outcome in outcomes where !outcome.passed {
            Issue.record(Comment(rawValue: "\(outcome.location): «\(outcome.text)»\n  " + outcome.failures.joined(separator: "\n  ")))
        }
    }

    @Test("the example runner reports failures it should")
    func runnerFails() throws {
        let pack = TestSupport.pack("f", """
            lexicons:
              countries: {entries: {JP: [Nhật Bản]}}
            rules:
              - {id: p, kind: party, pattern: "id:%countries"}
            examples:
              - {text: "Nhật Bản", expect: {parties: [IN]}}
              - {text: "Nhật Bản", expect: nothing}
              - {text: "Nhật Bản", expect: {parties: [JP]}}
            """)
        let outcomes = PackExampleRunner.run(try Engine(yaml: [pack]))
        #expect(outcomes.map(\.passed) == [false, false, true], "wrong party and unexpected results must fail; got \(outcomes.map(\.failures))")
    }
}

@Suite("Officials")
struct OfficialTests {
    @Test("an official rule yields a typed official that examples can expect")
    func official() throws {
        let pack = TestSupport.pack("off", """
            lexicons:
              countries: {entries: {JP: [Nhật Bản]}}
              titles: {entries: {prime-minister: [Thủ tướng]}}
            rules:
              - {id: p, kind: party, pattern: "id:%countries"}
              - {id: o, kind: official, pattern: "title:%titles party:@party? name:(#cap #cap{0,2})"}
            examples:
              - text: "Thủ tướng Nhật Bản Kishida Fumio phát biểu."
                expect: {officials: [{title: prime-minister, name: Kishida Fumio, party: JP}]}
              - text: "Thủ tướng Nhật Bản Kishida Fumio phát biểu."
                expect: {officials: [{title: prime-minister, party: IN}]}
            """)
        let engine = try Engine(yaml: [pack])
        let official = try #require(engine.analyze("Thủ tướng Nhật Bản Kishida Fumio phát biểu.").officials.first, "an official")
        #expect(official.title == "prime-minister" && official.name == "Kishida Fumio" && official.party == "JP",
                "got \(official.title) \(official.name ?? "-") \(official.party ?? "-")")
        #expect(PackExampleRunner.run(engine).map(\.passed) == [true, false], "the right expectation passes, the wrong party fails")
    }
}

@Suite("README example")
struct ReadmeExampleTests {
    @Test("the snippet at the top of README prints what it says")
    func snippet() throws {
        let engine = try #require(standardEngine, "the standard packs should compile")
        let analysis = engine.analyze("Ngày 7/9, Nhật Bản và Ấn Độ nhất trí tăng cường hợp tác về năng lượng sạch.")
        let agreement = try #require(analysis.agreements.first, "one agreement")
        #expect(analysis.agreements.count == 1, "exactly one agreement")
        #expect("\(agreement.kind) \(agreement.status) \(agreement.parties) \(agreement.areas)" == #"consensus asserted ["JP", "IN"] [energy]"#,
                "README shows: consensus asserted [\"JP\", \"IN\"] [energy]")
        #expect(analysis.dates.map(\.value) == ["--09-07"], "README shows the date --09-07")
    }
}
