@testable import Accord
import Testing

/// The documented overlap policy: priority, then length, then start, then pack and rule order.
@Suite("Overlap policy")
struct OverlapPolicyTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var rules: String
        var extraPack: String?
        var text: String
        var winners: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "higher priority wins over a longer match",
             rules: "  - {id: long, kind: x, pattern: \"a b c\"}\n  - {id: short, kind: x, pattern: \"b\", priority: 5}",
             text: "a b c", winners: ["short"]),
        Case(name: "then the longer match wins",
             rules: "  - {id: short, kind: x, pattern: \"b\"}\n  - {id: long, kind: x, pattern: \"a b c\"}",
             text: "a b c", winners: ["long"]),
        Case(name: "then the earlier start wins",
             rules: "  - {id: second, kind: x, pattern: \"b c\"}\n  - {id: first, kind: x, pattern: \"a b\"}",
             text: "a b c", winners: ["first"]),
        Case(name: "then rule order, then pack order",
             rules: "  - {id: one, kind: x, pattern: \"a\"}\n  - {id: two, kind: x, pattern: \"a\"}",
             extraPack: "rules:\n  - {id: three, kind: x, pattern: \"a\"}", text: "a", winners: ["one"]),
        Case(name: "a later pack loses a tie to an earlier one",
             rules: "  - {id: one, kind: x, pattern: \"a b\"}",
             extraPack: "rules:\n  - {id: three, kind: x, pattern: \"a b\", priority: 0}", text: "a b", winners: ["one"]),
        Case(name: "different kinds never suppress each other",
             rules: "  - {id: one, kind: x, pattern: \"a b\"}\n  - {id: two, kind: y, pattern: \"b\"}",
             text: "a b", winners: ["one", "two"]),
        Case(name: "non-overlapping results all survive",
             rules: "  - {id: one, kind: x, pattern: \"a\", priority: 9}\n  - {id: two, kind: x, pattern: \"b\"}",
             text: "a b a", winners: ["one", "two", "one"]),
    ]

    @Test("resolves overlaps by priority, length, start, then rule and pack order", arguments: cases)
    func policy(_ testCase: Case) throws {
        var packs = [TestSupport.pack("o", "rules:\n" + testCase.rules)]
        if let extra = testCase.extraPack { packs.append(TestSupport.pack("p", extra)) }
        let winners = try Engine(yaml: packs).analyze(testCase.text).matches.map(\.provenance.rule)
        #expect(winners == testCase.winners, "\(testCase.name): expected \(testCase.winners), got \(winners)")
    }

    @Test("results are the same on every run and from many tasks at once")
    func deterministic() async throws {
        let engine = try #require(standardEngine, "the standard packs should compile")
        let text = try #require(TestSupport.seedText ?? Optional("Nhật Bản và Ấn Độ nhất trí tăng cường hợp tác về năng lượng sạch."))
        let reference = engine.analyze(text)
        let results = await withTaskGroup(of: Analysis.self) { group in
            for _ in 0..<8 { group.addTask { engine.analyze(text) } }
            var all: [Analysis] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.allSatisfy { $0 == reference }, "8 concurrent analyses should equal the single-threaded one")
        #expect(engine.analyze(text).json() == reference.json(), "the JSON output is byte-for-byte stable")
    }
}
