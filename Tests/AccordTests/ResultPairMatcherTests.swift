@testable import Accord
import Testing

/// A `sentence` condition whose pattern is two results with a gap of any tokens between them is
/// answered from the results (``ResultPairMatcher``); the same pattern inside an alternation the
/// text never meets runs on the pattern machine. Both must decide every sentence alike.
@Suite("Result pairs")
struct ResultPairMatcherTests {
    static let pack = """
        lexicons:
          countries:
            entries: {JP: [Nhật Bản], IN: [Ấn Độ], US: [Mỹ], VN: [Việt Nam]}
          verbs:
            entries: {agree: [nhất trí]}
        rules:
          - {id: party, kind: party, pattern: "id:%countries"}
          - {id: fast-any-vn, kind: fast-any-vn, pattern: "%verbs", context: {sentence: '@party #any{1,3} @party=VN'}}
          - {id: slow-any-vn, kind: slow-any-vn, pattern: "%verbs", context: {sentence: '( @party #any{1,3} @party=VN | "zzqx" )'}}
          - {id: fast-jp-any, kind: fast-jp-any, pattern: "%verbs", context: {not_sentence: '@party=JP #any{0,2} @party'}}
          - {id: slow-jp-any, kind: slow-jp-any, pattern: "%verbs", context: {not_sentence: '( @party=JP #any{0,2} @party | "zzqx" )'}}
        """

    static let engine = Result { try Engine(yaml: [TestSupport.pack("pairs", pack)]) }

    /// The result pairs the engine reads from a rule whose `sentence` condition has `pattern`.
    static func pairs(readFrom pattern: String) throws -> [ResultPairMatcher] {
        let yaml = """
            lexicons:
              countries:
                entries: {JP: [Nhật Bản], VN: [Việt Nam]}
            rules:
              - {id: party, kind: party, pattern: "id:%countries"}
              - {id: r, kind: r, pattern: "%countries", context: {sentence: '\(pattern)'}}
            """
        let engine = try Engine(yaml: [TestSupport.pack("shape", yaml)])
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        return compiled.contextPairMatchers.compactMap { $0 }
    }

    @Test("the two-result shape is recognised, and nothing else", arguments: [
        ("@party #any{0,60} @party", true),
        ("@party=VN #any{2,5} @party", true),
        ("@party @party", true),
        ("@party #any{0,3} @party \"x\"", false),
        ("@party #word{0,3} @party", false),
        ("@party #any* @party", false),
        ("who:@party #any{0,3} @party", false),
        ("( @party | \"x\" ) #any{0,3} @party", false),
    ])
    func recognition(pattern: String, recognised: Bool) throws {
        let pairs = try Self.pairs(readFrom: pattern)
        #expect(pairs.count == (recognised ? 1 : 0), "«\(pattern)» should \(recognised ? "" : "not ")be read as a result pair; got \(pairs)")
    }

    @Test("the gap's bounds and the recognised matchers", arguments: [
        ("@party #any{0,60} @party", 0...60),
        ("@party=VN #any{2,5} @party", 2...5),
        ("@party @party", 0...0),
    ])
    func gapBounds(pattern: String, gap: ClosedRange<Int32>) throws {
        let pair = try #require(try Self.pairs(readFrom: pattern).first, "«\(pattern)» is a result pair")
        #expect(pair.gap == gap, "«\(pattern)» allows \(gap) tokens between its results; read \(pair.gap)")
    }

    @Test("a sentence condition on a result pair decides as the pattern machine does", arguments: [
        "Nhật Bản và Việt Nam nhất trí.",
        "Nhật Bản Việt Nam nhất trí.",
        "Nhật Bản a b c Việt Nam nhất trí.",
        "Nhật Bản a b c d Việt Nam nhất trí.",
        "Việt Nam và Nhật Bản nhất trí.",
        "Nhật Bản và Mỹ và Việt Nam nhất trí.",
        "Nhật Bản nhất trí. Và Việt Nam cũng vậy.",
        "Hai nước nhất trí với Nhật Bản và Việt Nam",
        "Nhật Bản, Việt Nam nhất trí, Ấn Độ và Mỹ cũng thế.",
        "Mỹ nhất trí với Nhật Bản.",
        "Nhật Bản nhất trí.",
        "nhất trí",
    ])
    func sameAsMachine(text: String) throws {
        let engine = try Self.engine.get()
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        #expect(compiled.contextPairMatchers.compactMap { $0 }.count == 2,
                "the two fast rules' contexts (and only they) should be read as result pairs")
        let kinds = engine.analyze(text).matches.map(\.kind)
        for (fast, slow) in [("fast-any-vn", "slow-any-vn"), ("fast-jp-any", "slow-jp-any")] {
            #expect(kinds.filter { $0 == fast }.count == kinds.filter { $0 == slow }.count,
                    "«\(text)»: \(fast) matched \(kinds.filter { $0 == fast }.count) times, \(slow) \(kinds.filter { $0 == slow }.count)")
        }
    }

    @Test("the pairs the table's sentences hold, as expected", arguments: [
        ("Nhật Bản và Việt Nam nhất trí.", true),
        ("Nhật Bản Việt Nam nhất trí.", false),
        ("Nhật Bản a b c Việt Nam nhất trí.", true),
        ("Nhật Bản a b c d Việt Nam nhất trí.", false),
        ("Việt Nam và Nhật Bản nhất trí.", false),
        ("Nhật Bản nhất trí. Và Việt Nam cũng vậy.", false),
        ("Hai nước nhất trí với Nhật Bản và Việt Nam", true),
    ])
    func expectedVerdicts(text: String, holds: Bool) throws {
        let kinds = try Self.engine.get().analyze(text).matches.map(\.kind)
        #expect(kinds.contains("fast-any-vn") == holds,
                "«\(text)»: `@party #any{1,3} @party=VN` should \(holds ? "" : "not ")hold in the trigger's sentence")
    }
}
