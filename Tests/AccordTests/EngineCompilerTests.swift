@testable import Accord
import Testing

@Suite("Engine compiler errors")
struct EngineCompilerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var packs: [String]
        var code: Diagnostic.Code
        var line: Int?
        var column: Int?
        var mentions: String
        var testDescription: String { name }
    }

    static let lexicon = "lexicons:\n  countries:\n    entries: {JP: [Nhật Bản]}\n"

    static let cases: [Case] = [
        Case(name: "unknown lexicon with did-you-mean",
             packs: [TestSupport.pack("a", lexicon + "rules:\n  - {id: r, kind: party, pattern: \"id:%countrys\"}")],
             code: .unknownLexicon, line: 11, column: 39, mentions: "did you mean '%countries'"),
        Case(name: "unknown kind reference",
             packs: [TestSupport.pack("a", lexicon + "rules:\n  - {id: r, kind: party, pattern: \"%countries\"}\n  - {id: s, kind: agreement, pattern: \"@partie nhất\"}")],
             code: .unknownReference, line: 12, column: 40, mentions: "did you mean 'party'"),
        Case(name: "unknown lexicon entry id",
             packs: [TestSupport.pack("a", lexicon + "rules:\n  - {id: r, kind: party, pattern: \"%countries=XX\"}")],
             code: .unknownReference, line: 11, column: 36, mentions: "no entry 'XX'"),
        Case(name: "unbalanced bracket points inside the pattern",
             packs: [TestSupport.pack("a", lexicon + "rules:\n  - {id: r, kind: party, pattern: \"(%countries\"}")],
             code: .unbalancedBracket, line: 11, column: 36, mentions: "not closed"),
        Case(name: "invalid single-token regex",
             packs: [TestSupport.pack("a", "rules:\n  - {id: r, kind: party, pattern: \"/[a-/\"}")],
             code: .invalidRegex, line: 8, column: 36, mentions: "not a valid regular expression"),
        Case(name: "pattern that matches nothing",
             packs: [TestSupport.pack("a", "rules:\n  - {id: r, kind: party, pattern: \"a?\"}")],
             code: .emptyMatch, line: 8, column: 36, mentions: "without consuming"),
        Case(name: "missing import",
             packs: [TestSupport.pack("a", "", imports: ["b-core"])],
             code: .missingImport, line: 6, column: 11, mentions: "not loaded"),
        Case(name: "import cycle",
             packs: [TestSupport.pack("a", "", imports: ["b"]), TestSupport.pack("b", "", imports: ["a"])],
             code: .importCycle, line: nil, column: nil, mentions: "a → b → a"),
        Case(name: "rule cycle through kinds",
             packs: [TestSupport.pack("a", "rules:\n  - {id: r, kind: x, pattern: \"@y\"}\n  - {id: s, kind: y, pattern: \"@x\"}")],
             code: .ruleCycle, line: nil, column: nil, mentions: "cycle"),
        Case(name: "a rule referring to its own kind",
             packs: [TestSupport.pack("a", "rules:\n  - {id: r, kind: x, pattern: \"a @x\"}")],
             code: .ruleCycle, line: nil, column: nil, mentions: "its own kind"),
        Case(name: "unknown extractor",
             packs: [TestSupport.pack("a", "rules:\n  - {id: r, kind: amount, extractor: monie}")],
             code: .unknownExtractor, line: 8, column: 38, mentions: "did you mean 'money'"),
        Case(name: "unknown extractor option",
             packs: [TestSupport.pack("a", lexicon + "rules:\n  - {id: r, kind: amount, extractor: money, options: {currencies: countries, decimals: comma}}")],
             code: .invalidExtractorOptions, line: nil, column: nil, mentions: "did you mean 'decimal'"),
        Case(name: "unknown date form",
             packs: [TestSupport.pack("a", "rules:\n  - {id: r, kind: date, extractor: date, options: {forms: \"period, relativ\"}}")],
             code: .invalidExtractorOptions, line: nil, column: nil, mentions: "did you mean 'relative'"),
        Case(name: "empty date forms",
             packs: [TestSupport.pack("a", "rules:\n  - {id: r, kind: date, extractor: date, options: {forms: \" , \"}}")],
             code: .invalidExtractorOptions, line: nil, column: nil, mentions: "'forms' is empty"),
        Case(name: "extractor option naming a missing lexicon",
             packs: [TestSupport.pack("a", "rules:\n  - {id: r, kind: amount, extractor: money, options: {currencies: cur}}")],
             code: .unknownLexicon, line: nil, column: nil, mentions: "currencies"),
        Case(name: "duplicate pack ids",
             packs: [TestSupport.pack("a", ""), TestSupport.pack("a", "")],
             code: .duplicateID, line: nil, column: nil, mentions: "pack id 'a'"),
        Case(name: "ambiguous lexicon across imports",
             packs: [TestSupport.pack("b", lexicon), TestSupport.pack("c", lexicon),
                     TestSupport.pack("a", "rules:\n  - {id: r, kind: party, pattern: \"%countries\"}", imports: ["b", "c"])],
             code: .ambiguousReference, line: 8, column: 36, mentions: "%PACK.countries"),
        Case(name: "qualified lexicon from a pack that is not imported",
             packs: [TestSupport.pack("b", lexicon), TestSupport.pack("a", "rules:\n  - {id: r, kind: party, pattern: \"%b.countries\"}")],
             code: .unknownLexicon, line: 8, column: 36, mentions: "imports"),
    ]

    @Test("rejects packs that cannot compile, pointing at the cause", arguments: cases)
    func rejects(_ testCase: Case) {
        let diagnostic = TestSupport.diagnostic { _ = try Engine(yaml: testCase.packs) }
        #expect(diagnostic?.code == testCase.code, "\(testCase.name): expected \(testCase.code), got \(diagnostic.map { "\($0)" } ?? "no error")")
        if let line = testCase.line, let column = testCase.column {
            #expect(diagnostic?.location?.line == line && diagnostic?.location?.column == column,
                    "\(testCase.name): expected line \(line) column \(column), got \(diagnostic?.location.map { "\($0)" } ?? "none")")
        }
        let text = (diagnostic?.message ?? "") + " " + (diagnostic?.hint ?? "")
        #expect(text.contains(testCase.mentions), "\(testCase.name): '\(text)' should mention '\(testCase.mentions)'")
    }

    @Test("qualified and imported lexicon references resolve")
    func resolvesImports() throws {
        let engine = try Engine(yaml: [
            TestSupport.pack("b", Self.lexicon),
            TestSupport.pack("a", "rules:\n  - {id: r, kind: party, pattern: \"id:%b.countries\"}\n  - {id: s, kind: party, pattern: \"id:%countries\"}", imports: ["b"]),
        ])
        #expect(engine.analyze("Nhật Bản").parties.map(\.id) == ["JP"], "both rules should find JP once after overlap resolution")
    }

    @Test("languages compile side by side, their problems reported in pack order")
    func languagesInOrder() throws {
        // Four languages, each with its own mistake, compiled concurrently: the problems must
        // come in the order the packs were given, every time, not in the order compiles finish.
        func packs(_ pattern: (String) -> String) -> [String] {
            ["vi", "en", "fr", "de"].map { language in
                TestSupport.pack("p-\(language)", Self.lexicon + "rules:\n  - {id: r, kind: party, pattern: \"\(pattern(language))\"}")
                    .replacingOccurrences(of: "language: vi", with: "language: \(language)")
            }
        }
        for _ in 0..<5 {
            do {
                _ = try Engine(yaml: packs { "%missing\($0)" })
                Issue.record("every pack names a missing lexicon: compiling should fail")
            } catch {
                let messages = error.diagnostics.map(\.message)
                let order = messages.compactMap { message in ["vi", "en", "fr", "de"].first { message.contains("missing\($0)") } }
                #expect(order == ["vi", "en", "fr", "de"], "problems out of pack order: \(messages)")
            }
        }
        let engine = try Engine(yaml: packs { _ in "id:%countries" })
        #expect(engine.languages == ["vi", "en", "fr", "de"], "every language compiles; got \(engine.languages)")
    }
}
