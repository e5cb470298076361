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
