@testable import Accord
import Testing

/// The documented overlap policy: priority, then length, then start, then pack and rule order.
@Suite("Overlap policy")
struct OverlapPolicyTests {
    static func engine(_ rules: String, extra: [String] = []) throws -> Engine {
        try Engine(yaml: [TestSupport.pack("o", rules)] + extra)
    }

    @Test("higher priority wins over a longer match")
    func priority() throws {
        let engine = try Self.engine("""
            rules:
              - {id: long, kind: x, pattern: "a b c"}
              - {id: short, kind: x, pattern: "b", priority: 5}
            """)
        #expect(engine.analyze("a b c").matches.map(\.provenance.rule) == ["short"], "priority 5 beats the longer rule")
    }

    @Test("then the longer match wins")
    func length() throws {
        let engine = try Self.engine("""
            rules:
              - {id: short, kind: x, pattern: "b"}
              - {id: long, kind: x, pattern: "a b c"}
            """)
        #expect(engine.analyze("a b c").matches.map(\.provenance.rule) == ["long"], "the longer span wins at equal priority")
    }

    @Test("then the earlier start wins")
    func start() throws {
        let engine = try Self.engine("""
            rules:
              - {id: second, kind: x, pattern: "b c"}
              - {id: first, kind: x, pattern: "a b"}
            """)
        #expect(engine.analyze("a b c").matches.map(\.provenance.rule) == ["first"], "equal length: the earlier start wins")
    }

    @Test("then rule order, then pack order")
    func order() throws {
        let engine = try Self.engine("""
            rules:
              - {id: one, kind: x, pattern: "a"}
              - {id: two, kind: x, pattern: "a"}
            """, extra: [TestSupport.pack("p", "rules:\n  - {id: three, kind: x, pattern: \"a\"}")])
        #expect(engine.analyze("a").matches.map(\.provenance.rule) == ["one"], "the first rule of the first pack wins a tie")
    }

    @Test("different kinds never suppress each other")
    func kinds() throws {
        let engine = try Self.engine("""
            rules:
              - {id: one, kind: x, pattern: "a b"}
              - {id: two, kind: y, pattern: "b"}
            """)
        #expect(Set(engine.analyze("a b").matches.map(\.kind)) == ["x", "y"], "both kinds are kept")
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
