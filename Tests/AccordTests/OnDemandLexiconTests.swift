@testable import Accord
import Testing

@Suite("Lexicons matched on demand")
struct OnDemandLexiconTests {
    /// Lexicons read in every way a pack can read one; the name says which way.
    static let lexicons = """
        lexicons:
          countries:
            entries: {JP: [Nhật Bản], US: [Mỹ], IN: [Ấn Độ]}
          places:
            entries: {place: [tại, ở, thủ đô]}
          links:
            entries: {and: [và], or: [hoặc], from: [từ năm]}
          titles:
            case: sensitive
            entries: {pm: [Thủ tướng], president: [Tổng thống]}
          in-a-rule:
            entries: {table: [bàn]}
          also-in-a-rule:
            entries: {with: [với]}
          sentence-wide:
            entries: {coop: [hợp tác]}
          in-a-longer-pattern:
            entries: {per: [theo]}
          without-a-window:
            entries: {after: [sau]}
          with-exclusions:
            entries: {before: [trước]}
            exclude: [trước đó]
        """

    /// Each on-demand candidate (`places`, `links`, `titles`) read only as a whole context
    /// pattern in a window; the others each read in one way that keeps them walked. `noted`
    /// has no id of its own, so its id is the first phrase inside it: `tại`, on demand.
    static let rules = """
        rules:
          - {id: party-after-title, kind: party, pattern: 'id:%countries', context: {before: '%titles', window: 0}}
          - {id: party-not-after-place, kind: place-free, pattern: 'id:%countries', context: {not_before: {pattern: '%places', window: 1}}}
          - {id: party-before-link, kind: linked, pattern: 'id:%countries', context: {after: {pattern: '%links=and', window: 0}}}
          - {id: party-not-before-link, kind: unlinked, pattern: 'id:%countries', context: {not_after: {pattern: '%links', window: 2}}}
          - {id: table, kind: table, pattern: '%in-a-rule'}
          - {id: with, kind: with, pattern: '%also-in-a-rule "Mỹ"'}
          - {id: with-context, kind: with-context, pattern: 'id:%countries', context: {before: {pattern: '%also-in-a-rule', window: 0}}}
          - {id: coop, kind: coop, pattern: 'id:%countries', context: {sentence: '%sentence-wide'}}
          - {id: per, kind: per, pattern: 'id:%countries', context: {before: {pattern: '%in-a-longer-pattern "đó"', window: 0}}}
          - {id: after, kind: after, pattern: 'id:%countries', context: {before: '%without-a-window'}}
          - {id: before, kind: before, pattern: 'id:%countries', context: {after: {pattern: '%with-exclusions', window: 0}}}
          - {id: noted, kind: noted, pattern: '"tại" "Hà Nội"'}
        """

    /// The same rules with a rule that never matches (no text has `zzzq`) naming each on-demand
    /// lexicon in its pattern, which keeps them walked over every document.
    static let walkedRules = rules + """

          - {id: walk-them, kind: never, pattern: '( %places | %links | %titles ) "zzzq"'}
        """

    static func compiled(_ engine: Engine) throws -> CompiledEngine {
        try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
    }

    static func lexiconIndex(_ name: String, in compiled: CompiledEngine) throws -> Int {
        try #require(compiled.lexicons.firstIndex { $0.name == name }, "the pack has lexicon '\(name)'")
    }

    @Test("a lexicon is matched on demand only when every reference to it is a whole context pattern in a window", arguments: [
        ("places", true), ("links", true), ("titles", true),
        ("countries", false), ("in-a-rule", false), ("also-in-a-rule", false), ("sentence-wide", false),
        ("in-a-longer-pattern", false), ("without-a-window", false), ("with-exclusions", false),
    ])
    func classification(lexicon: String, onDemand: Bool) throws {
        let compiled = try Self.compiled(MatchingTests.engine(Self.rules, lexicons: Self.lexicons))
        let index = try Self.lexiconIndex(lexicon, in: compiled)
        #expect(compiled.onDemandLexicon[index] == onDemand,
                "'\(lexicon)' matched on demand: \(compiled.onDemandLexicon[index]), expected \(onDemand)")
        let walked = try Self.compiled(MatchingTests.engine(Self.walkedRules, lexicons: Self.lexicons))
        #expect(!walked.onDemandLexicon[try Self.lexiconIndex(lexicon, in: walked)],
                "'\(lexicon)' named in a rule's pattern must be walked")
    }

    @Test("the document's hit index leaves out the lexicons matched on demand; the explanation lists them")
    func hitsLeftOut() throws {
        let engine = try MatchingTests.engine(Self.rules, lexicons: Self.lexicons)
        let compiled = try Self.compiled(engine)
        let text = "Thủ tướng Nhật Bản họp tại bàn với Mỹ."
        let index = MatchingTests.index(text, in: compiled)
        let lexicons = Set(index.hits.map { compiled.lexicons[Int(compiled.automaton.entries[Int($0.entry)].lexicon)].name })
        #expect(lexicons == ["countries", "in-a-rule", "also-in-a-rule"], "the index's hits are of \(lexicons.sorted())")
        let listed = try engine.explain(text).hits.map(\.lexicon)
        #expect(listed == ["titles", "countries", "places", "in-a-rule", "also-in-a-rule", "countries"],
                "the explanation lists every lexicon's hits in text order, got \(listed)")
    }

    @Test("results with lexicons matched on demand equal those with the same lexicons walked", arguments: [
        "Thủ tướng Nhật Bản và Tổng thống Mỹ gặp nhau.",     // before: a title, one and two tokens
        "thủ tướng Nhật Bản gặp Mỹ.",                          // a case-sensitive title in lower case: no title
        "Hội nghị tại Nhật Bản, ở Mỹ và thủ đô Ấn Độ.",       // not_before a place, one and two tokens, window 1
        "Hội nghị tại thủ đô Ấn Độ.",                          // the place two tokens before, inside the window
        "Nhật Bản và Mỹ, Ấn Độ hoặc Nhật Bản.",                // after: `and` only, not `or`
        "Mỹ từ năm 2020 hợp tác với Nhật Bản.",                // not_after: a two-token link, window 2
        "Quan hệ với Mỹ, Mỹ theo đó, trước đó Nhật Bản.",      // the walked lexicons' own rules
        "Họp tại Hà Nội.",                                     // an id taken from a phrase matched on demand
        "Ấn Độ tại",                                           // a place at the text's end
        "Mỹ. Tại Nhật Bản.",                                   // a place in the next sentence only
        "Hợp tác với Mỹ từ\n\nnăm 2020.",                       // a two-token link split by a paragraph: no phrase
    ])
    func sameResults(text: String) throws {
        let onDemand = try MatchingTests.engine(Self.rules, lexicons: Self.lexicons)
        let walked = try MatchingTests.engine(Self.walkedRules, lexicons: Self.lexicons)
        #expect(try Self.compiled(onDemand).onDemandLexicon.contains(true), "some lexicon is matched on demand")
        let expected = Self.comparable(walked.analyze(text)), found = Self.comparable(onDemand.analyze(text))
        #expect(found == expected, "«\(text)»: with lexicons matched on demand\n\(found)\nwith them walked\n\(expected)")
        #expect(try Self.comparable(onDemand.explain(text)) == Self.comparable(walked.explain(text)),
                "«\(text)»: the explanations differ")
    }

    @Test("a result without an id of its own takes it from a phrase matched on demand")
    func idFromOnDemandPhrase() throws {
        let engine = try MatchingTests.engine(Self.rules, lexicons: Self.lexicons)
        let noted = engine.analyze("Họp tại Hà Nội.").matches.filter { $0.provenance.rule == "noted" }
        #expect(noted.map(\.id) == ["place"], "«tại Hà Nội» has no id: it is the first phrase's, `tại` of `places`")
    }

    /// The analysis as JSON without the packs' hashes, which differ between the two packs.
    static func comparable(_ analysis: Analysis) -> String {
        analysis.json().replacing(#/"packHash":"[0-9a-f]+"/#, with: "")
    }

    static func comparable(_ explanation: Explanation) -> String {
        let hits = explanation.hits.map { "\($0.tokens) \($0.lexicon) \($0.entryID)" }
        let matches = explanation.matches.map { "\($0.provenance.rule) \($0.tokens) \(String(describing: $0.outcome).prefix(40))" }
        return (hits + matches).joined(separator: "\n")
    }
}
