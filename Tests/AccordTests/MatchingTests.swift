@testable import Accord
import Testing

@Suite("Pattern matching")
struct MatchingTests {
    static let lexicons = """
        lexicons:
          countries:
            entries: {JP: [Nhật Bản], IN: [Ấn Độ], US: [Mỹ]}
            exclude: [Ấn Độ Dương]
          words:
            entries: {table: [bàn]}
          loose:
            diacritics: insensitive
            entries: {danang: [Đà Nẵng]}
          acronyms:
            case: sensitive
            entries: {US: [US]}
        """

    /// Phrases nested so that some end on the same token ("hợp tác" / "tác", "hợp tác kinh tế" /
    /// "kinh tế"), one of them in two entries: what tells listed lexicon matches from careless ones.
    static let nestedPhrases = """
          coop:
            entries: {coop: [hợp tác], econ: [hợp tác kinh tế, kinh tế], act: [tác], act2: [tác]}
        """

    /// Each candidate of a rule the explanation lists, as its tokens and what became of it; a failed
    /// condition by its case alone, as its text quotes the pattern, which twins write differently.
    static func candidates(of rule: String, in explained: [Explanation.RuleMatch]) -> [String] {
        explained.filter { $0.provenance.rule == rule }.map { match in
            let outcome = String(describing: match.outcome)
            return "\(match.tokens) \(outcome.hasPrefix("conditionFailed") ? "conditionFailed" : outcome)"
        }
    }

    static func engine(_ rules: String, lexicons: String = lexicons) throws -> Engine {
        try Engine(yaml: [TestSupport.pack("m", lexicons + "\n" + rules)])
    }

    /// The index a document analyser of `compiled` builds for `text`: its tokens, ids and hits.
    static func index(_ text: String, in compiled: CompiledEngine) -> DocumentIndex {
        DocumentAnalyzer(engine: compiled, referenceDate: nil, workspace: AnalysisWorkspace(engine: compiled)).index(text)
    }

    @Test("a long gap over one long sentence keeps only the threads alive at once queued")
    func longGapQueueStaysSmall() throws {
        // Every other token opens a match that may close up to 100 tokens later, and only the
        // last token closes: about a hundred threads are alive at each of the 40,000 positions.
        let engine = try Self.engine("""
            rules:
              - {id: bounded, kind: gap, pattern: '"mở" #any{0,100} "đóng"'}
              - {id: open, kind: gap, pattern: '"mở" #any* "đóng"'}
            """)
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        let workspace = AnalysisWorkspace(engine: compiled)
        let analyzer = DocumentAnalyzer(engine: compiled, referenceDate: nil, workspace: workspace)
        let analysis = analyzer.analyze(String(repeating: "mở cửa ", count: 20_000) + "đóng")
        #expect(analysis.matches.map(\.provenance.rule) == ["open"],
                "the unbounded gap should match the whole sentence, and the bounded one, overlapped by it, lose")
        #expect(workspace.machine.queueEntryCount < 1_000,
                "the queue held \(workspace.machine.queueEntryCount) entries: taken ones must be reused, not kept for the whole sentence")
    }

    @Test("a thread that started earlier keeps its state over one queued before it by a longer item")
    func leftmostThreadWinsAtArrival() throws {
        // At "z", the thread from "k k" (a two-token hit taken at the second "k", queued first)
        // and the one from the first "k" (three single tokens, queued after it) both want `"z"`:
        // the leftmost must take it, or the match is the shorter "k k z".
        let engine = try Self.engine("""
            rules:
              - {id: r, kind: run, pattern: '( "k" "k" "k" | %pair ) "z"'}
            """, lexicons: Self.lexicons + "\n" + """
              pair:
                entries: {kk: [k k]}
            """)
        let matches = engine.analyze("ơ k k k z").matches
        #expect(matches.map(\.text) == ["k k k z"], "the leftmost-longest match starts at the first k; got \(matches.map(\.text))")
    }

    @Test("a rule that is one lexicon reference matches what the pattern machine matches", arguments: [
        "Hai nước hợp tác kinh tế và hợp tác.",
        "hợp tác kinh tế hợp tác kinh tế kinh tế tác",
        "Tác động. Hợp tác kinh tế, hợp tác, tác.",
        "không có gì",
    ])
    func lexiconRuleMatchesLikeProgram(text: String) throws {
        // Nested phrases end on the same token ("hợp tác" / "tác", "hợp tác kinh tế" / "kinh tế"),
        // and one phrase is in two entries: the listed matches must keep the leftmost per end and
        // the first entry, as a run of the program does. The second rule's alternative forces a run.
        let engine = try Self.engine("""
            rules:
              - {id: listed, kind: listed, pattern: "id:%coop"}
              - {id: run, kind: run, pattern: 'id:( %coop | "zzz" )'}
              - {id: listed-plain, kind: listed-plain, pattern: "%coop=econ"}
              - {id: run-plain, kind: run-plain, pattern: '( %coop=econ | "zzz" )'}
            """, lexicons: "lexicons:\n" + Self.nestedPhrases)
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        let listed = compiled.stages.flatMap(\.lexiconMatchers).map { direct -> String in
            guard case .rule(let rule) = compiled.matchers[Int(direct.matcher)].role else { return "a context" }
            return compiled.rules[Int(rule)].id
        }
        #expect(Set(listed) == ["listed", "listed-plain"],
                "only the rules whose whole pattern is one lexicon reference are listed from hits; listed: \(listed)")
        let matches = engine.analyze(text).matches
        func found(_ kind: String) -> [String] {
            matches.filter { $0.kind == kind }.map { "\($0.span.start)-\($0.span.end) \($0.id ?? "-") \($0.fields)" }
        }
        #expect(found("listed") == found("run"), "«\(text)»: listed \(found("listed")), run \(found("run"))")
        #expect(found("listed-plain") == found("run-plain"), "«\(text)»: listed \(found("listed-plain")), run \(found("run-plain"))")
        if text.contains("hợp tác") { #expect(!found("listed").isEmpty, "«\(text)» has phrases of the lexicon") }
        // Overlap resolution hides a surplus candidate from the results; the explanation lists
        // every candidate and what became of it.
        let explained = try engine.explain(text, language: "vi").matches
        for rule in ["listed", "listed-plain"] {
            let listed = Self.candidates(of: rule, in: explained)
            let run = Self.candidates(of: rule.replacingOccurrences(of: "listed", with: "run"), in: explained)
            #expect(listed == run, "«\(text)», \(rule): listed \(listed), run \(run)")
        }
    }

    @Test("hits of every form come ordered by start, end and entry, and each token's range holds its own")
    func hitOrder() throws {
        // Three forms (case-sensitive, default, diacritic-insensitive) find phrases starting on
        // the same tokens, each walk's hits coming as a separate run before they are ordered
        // (the case-sensitive phrases are walked with the default ones, checked against their
        // exact spelling). Here the case-sensitive phrase is the longest from "Đà", and its hit
        // must come after the default form's shorter one.
        let engine = try Self.engine("""
            rules:
              - {id: a, kind: place, pattern: "%exact"}
              - {id: b, kind: place, pattern: "%plain"}
              - {id: c, kind: place, pattern: "%loose"}
            """, lexicons: """
            lexicons:
              exact: {case: sensitive, entries: {a: [Đà Nẵng mới], us: [US]}}
              plain: {entries: {b: [Đà Nẵng], us: [Mỹ, us]}, exclude: [Mỹ ở]}
              loose: {diacritics: insensitive, entries: {c: [Đà], n: [nang moi]}}
            """)
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        let text = "Đà Nẵng mới và US gặp Mỹ ở Da Nang Moi; đà nẵng, US."
        let index = Self.index(text, in: compiled)
        let keys = index.hits.map { [$0.start, $0.end, $0.entry] }
        #expect(keys.count >= 8, "the text should have hits of several lexicons and forms; got \(keys)")
        // The exclusion "Mỹ ở" removes the default form's "Mỹ" from the middle of its run, so the
        // runs after it move down before they are merged.
        let words = index.document.tokens.map { String(decoding: index.document.utf8[Int($0.start)..<Int($0.end)], as: UTF8.self) }
        let texts = index.hits.map { words[Int($0.start)..<Int($0.end)].joined(separator: " ") }
        #expect(!texts.contains("Mỹ"), "the excluded Mỹ is gone: \(texts)")
        #expect(texts.filter { $0 == "US" }.count == 4 && texts.contains("Nang Moi") && texts.contains("đà nẵng"),
                "hits of every form after the exclusion are kept: \(texts)")
        #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) }, "hits out of order: \(keys)")
        for token in 0..<index.document.tokens.count {
            let starting = index.hitRange(at: token).map { Int(index.hits[$0].start) }
            #expect(starting.allSatisfy { $0 == token }, "token \(token)'s range holds hits starting at \(starting)")
        }
        #expect(index.hitRange(at: index.document.tokens.count - 1).upperBound <= index.hits.count, "ranges stay inside the hits")
    }

    @Test("a case-sensitive phrase, walked with the folded ones, hits only where the text has its exact spelling", arguments: [
        ("Nga và Úc hợp tác.", ["Nga names=RU", "Nga words=nga", "Úc names=AU"]),
        ("Con thiên nga và NGA, úc.", ["thiên nga words=swan", "nga words=nga", "NGA words=nga"]),
        ("Liên Bang Nga, Liên bang Nga và Liên BANG Nga.",
         ["Liên Bang Nga names=RU", "Nga names=RU", "Nga words=nga", "Liên bang Nga names=RU", "Nga names=RU", "Nga words=nga", "Nga names=RU", "Nga words=nga"]),
        // The case-sensitive exclusion removes its own lexicon's hit, not the folded lexicon's.
        ("Nga Sơn và Nga.", ["Nga words=nga", "Nga names=RU", "Nga words=nga"]),
        ("nga sơn", ["nga words=nga"]),
    ])
    func caseSensitivePhrases(text: String, expected: [String]) throws {
        // "Nga" (Russia) is a name only so capitalised; "nga" (in "thiên nga", a swan) is a word.
        // Both lexicons walk the same folded path, the names checked against the exact spelling,
        // and the names list two casings of one phrase: each is one hit, where it is written so.
        let engine = try Self.engine("""
            rules:
              - {id: n, kind: name, pattern: "id:%names"}
              - {id: w, kind: word, pattern: "id:%words"}
            """, lexicons: """
            lexicons:
              names: {case: sensitive, entries: {RU: [Nga, Liên bang Nga, Liên Bang Nga, Nga], AU: [Úc]}, exclude: [Nga Sơn]}
              words: {entries: {swan: [thiên nga], nga: [nga]}}
            """)
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        let index = Self.index(text, in: compiled)
        let words = index.document.tokens.map { String(decoding: index.document.utf8[Int($0.start)..<Int($0.end)], as: UTF8.self) }
        let hits = index.hits.map { hit in
            let entry = compiled.automaton.entries[Int(hit.entry)]
            return words[Int(hit.start)..<Int(hit.end)].joined(separator: " ")
                + " \(compiled.lexicons[Int(entry.lexicon)].name)=\(compiled.strings[entry.id])"
        }
        #expect(hits == expected, "«\(text)»: hits \(hits), expected \(expected)")
    }

    @Test("a context that is one lexicon reference decides as the pattern machine's run does", arguments: [
        "hợp tác kinh tế gặp Mỹ và hợp tác gặp Nhật Bản",
        "Nhật Bản gặp tác và hợp tác kinh tế tác gặp Mỹ",
        "gặp nhau. hợp tác gặp Ấn Độ",
    ])
    func lexiconContextLikeProgram(text: String) throws {
        // Each listed rule's context is one lexicon reference, its twin's the same with an
        // alternative that forces a run; before (every match), after (one per start) and anywhere
        // in the sentence (any match), plain and negated, over nested phrases ending together.
        let engine = try Self.engine("""
            rules:
              - {id: before-listed, kind: before-listed, pattern: "id:%countries", context: {before: {pattern: "%coop", window: 3}}}
              - {id: before-run, kind: before-run, pattern: "id:%countries", context: {before: {pattern: '( %coop | "zzz" )', window: 3}}}
              - {id: after-listed, kind: after-listed, pattern: "id:%countries", context: {not_after: {pattern: "%coop=econ", window: 4}}}
              - {id: after-run, kind: after-run, pattern: "id:%countries", context: {not_after: {pattern: '( %coop=econ | "zzz" )', window: 4}}}
              - {id: any-listed, kind: any-listed, pattern: "id:%countries", context: {sentence: "%coop"}}
              - {id: any-run, kind: any-run, pattern: "id:%countries", context: {sentence: '( %coop | "zzz" )'}}
            """, lexicons: Self.lexicons + "\n" + Self.nestedPhrases)
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        // "%coop" serves two conditions (one matcher, finding what the more demanding asks).
        #expect(compiled.contextLexiconMatchers.compactMap { $0 }.count == 2,
                "the one-reference contexts (%coop, %coop=econ) are listed from hits, their twins run")
        let explained = try engine.explain(text, language: "vi").matches
        for condition in ["before", "after", "any"] {
            let listed = Self.candidates(of: "\(condition)-listed", in: explained)
            let run = Self.candidates(of: "\(condition)-run", in: explained)
            #expect(listed == run, "«\(text)», \(condition): listed \(listed), run \(run)")
        }
        #expect(explained.contains { $0.provenance.rule == "before-listed" }, "«\(text)» has countries to decide on")
    }

    @Test("a context that can begin with a lexicon phrase, a word, a regex or a class finds each way", arguments: [
        ("hợp tác kinh tế mới với Mỹ", true),   // a phrase of %coop
        ("gặp lần đầu với Mỹ", true),           // the word
        ("khuôn khổ G20 với Mỹ", true),          // the regex
        ("năm 2022 với Mỹ", true),               // a number
        ("gặp gỡ với hai bạn Mỹ", false),        // the word, but ending out of the window
        ("tác động lớn với Mỹ", false),          // none: `tác` alone is another entry
    ])
    func mixedContextStarts(text: String, passes: Bool) throws {
        // The context's first tokens are one of each kind a run is started on, so the scan of
        // the region asks the token's hits, its ids and its tests; the window keeps the fifth case's
        // match, two tokens before the name, out. The same pack with 300 more lexicons before %coop puts %coop past the
        // 256 lexicon bits, where the scan asks each instruction in turn: the same decisions.
        let rules = """
            rules:
              - {id: r, kind: party, pattern: "id:%countries", context: {before: {pattern: '( %coop=coop | %coop=econ | "gặp" | /G\\d+/ | #num ) #any{0,2} "với"', window: 1}}}
            """
        let padding = (0..<300).map { "  pad\($0):\n    entries: {p\($0): [từ đệm \($0)]}" }.joined(separator: "\n")
        for lexicons in [Self.lexicons + "\n" + Self.nestedPhrases, "lexicons:\n" + padding + "\n" + Self.lexicons.dropFirst("lexicons:\n".count) + "\n" + Self.nestedPhrases] {
            let parties = try Self.engine(rules, lexicons: lexicons).analyze(text).parties.map(\.id)
            #expect(parties == (passes ? ["US"] : []), "«\(text)» (\(lexicons.count) bytes of lexicons): got \(parties)")
        }
    }

    @Test("a document's matches do not depend on the document its session analysed before")
    func sessionIndependence() throws {
        // Both texts are one sentence of five tokens with no results yet: the same span and
        // result count. Both can start the rule; only the second has a country to finish it.
        let engine = try Self.engine("""
            rules:
              - {id: pair, kind: pair, pattern: "%coop #any{0,3} %countries"}
            """, lexicons: Self.lexicons + "\n" + Self.nestedPhrases)
        let before = "hợp tác với nhau sáng", text = "hợp tác với Nhật Bản"
        var fresh = AnalysisSession(engine: engine)
        let alone = fresh.analyze(text).matches.map(\.text)
        try #require(alone == ["hợp tác với Nhật Bản"], "alone, the pair matches; got \(alone)")
        var session = AnalysisSession(engine: engine)
        _ = session.analyze(before)
        let after = session.analyze(text).matches.map(\.text)
        #expect(after == alone, "after «\(before)» in the same session: \(after) instead of \(alone)")
    }

    @Test("a rule that starts with a regex of no known first byte starts at every token it passes, seen once or again")
    func regexStartWithoutFirstByte() throws {
        // `.?` gives the regex no known first byte (``RegexFirstBytes``), so the stage cannot mark
        // its tokens: whether any of its tested starts passes is remembered per spelling. The same
        // spellings come back (in the text and in the session's next document) after they were
        // first judged.
        let engine = try Self.engine("""
            rules:
              - {id: nth, kind: edition, pattern: '/.?\\d{1,3}(st|nd|rd|th)/ "summit"'}
            """)
        let text = "the 5th summit and the 12th summit, not the summit of 5, then the 5th summit again"
        let expected = ["5th summit", "12th summit", "5th summit"]
        var session = AnalysisSession(engine: engine)
        for round in 1...2 {
            let found = session.analyze(text).matches.map(\.text)
            #expect(found == expected, "round \(round): \(found)")
        }
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        let stage = try #require(compiled.starts.stages.first { !$0.tested.isEmpty }, "the rule starts on a token test")
        #expect(stage.firstBytes == nil && stage.testsAreRegexes, "a regex start with no known first byte, remembered per spelling")
    }

    @Test("a rule that starts with a digit regex is tried only at tokens that begin like one, and found there")
    func regexStartWithDigitFirstBytes() throws {
        // `\d` gives the regex first bytes (digits, and the lead bytes of other scripts' digits):
        // the index marks those tokens and the machine passes over the others with the masks.
        let engine = try Self.engine("""
            rules:
              - {id: nth, kind: edition, pattern: '/\\d{1,3}(st|nd|rd|th)/ "summit"'}
            """)
        let found = engine.analyze("the 5th summit and the 12th summit, not the summit of 5, then the ٣rd summit").matches.map(\.text)
        #expect(found == ["5th summit", "12th summit", "٣rd summit"], "\(found)")
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        let stage = try #require(compiled.starts.stages.first { !$0.tested.isEmpty }, "the rule starts on a token test")
        #expect(stage.firstBytes != nil, "a digit regex's first bytes mark the stage's tokens")
    }

    @Test("a gap never crosses a sentence end")
    func gapStopsAtSentence() throws {
        let engine = try Self.engine("rules:\n  - {id: r, kind: pair, pattern: \"%countries #any{0,10} %countries\"}")
        #expect(engine.analyze("Nhật Bản gặp Ấn Độ.").matches.count == 1, "one sentence: the pair matches")
        #expect(engine.analyze("Nhật Bản đến. Ấn Độ về.").matches.isEmpty, "two sentences: no match across the full stop")
    }

    @Test("cascades: a rule matches results of an earlier rule and captures their ids")
    func cascade() throws {
        let engine = try Self.engine("""
            rules:
              - {id: party, kind: party, pattern: "id:%countries"}
              - {id: meet, kind: meeting, pattern: "parties:@party (và parties:@party)+ gặp"}
            """)
        let match = try #require(engine.analyze("Mỹ và Nhật Bản và Ấn Độ gặp nhau.").matches.first, "the meeting should match")
        #expect(match.fields["parties"] != nil, "the capture becomes a field")
        #expect(match.text == "Mỹ và Nhật Bản và Ấn Độ gặp", "the match spans all parties; got «\(match.text)»")
    }

    @Test("exclusions remove the lexicon's matches inside them")
    func exclusions() throws {
        let engine = try Self.engine("rules:\n  - {id: party, kind: party, pattern: \"id:%countries\"}")
        #expect(engine.analyze("Ấn Độ Dương rộng lớn.").parties.isEmpty, "Ấn Độ Dương is an ocean")
        #expect(engine.analyze("Ấn Độ và biển.").parties.map(\.id) == ["IN"], "Ấn Độ alone is India")
    }

    @Test("tone marks are significant unless a lexicon says otherwise", arguments: [
        ("bàn", true), ("bán", false), ("BÀN", true),
    ])
    func toneMarks(text: String, matches: Bool) throws {
        let engine = try Self.engine("rules:\n  - {id: r, kind: thing, pattern: \"%words\"}")
        #expect(!engine.analyze(text).matches.isEmpty == matches, "«\(text)» \(matches ? "should" : "should not") match bàn")
    }

    @Test("diacritic-insensitive lexicons fold tone marks and đ", arguments: ["Đà Nẵng", "Da Nang", "da nang", "Đa Năng"])
    func loose(text: String) throws {
        let engine = try Self.engine("rules:\n  - {id: r, kind: place, pattern: \"%loose\"}")
        #expect(engine.analyze(text).matches.count == 1, "«\(text)» should match Đà Nẵng in diacritic-insensitive mode")
    }

    @Test("case-sensitive lexicons keep case", arguments: [("US", true), ("us", false), ("Us", false)])
    func caseSensitive(text: String, matches: Bool) throws {
        let engine = try Self.engine("rules:\n  - {id: r, kind: code, pattern: \"%acronyms\"}")
        #expect(!engine.analyze("Tin \(text) nói.").matches.isEmpty == matches, "«\(text)» against case-sensitive US")
    }

    @Test("token classes and single-token regexes", arguments: [
        ("#num tỷ", "Khoản 35 tỷ đồng", "35 tỷ"),
        ("#cap #cap", "gặp Kishida Fumio hôm nay", "Kishida Fumio"),
        ("#upper", "theo JCM mới", "JCM"),
        ("edition:/COP(\\\\d+)/", "tại COP28 năm nay", "COP28"),
        ("a \\\"-\\\" b", "a-b", "a-b"),
    ])
    func classes(pattern: String, text: String, expected: String) throws {
        let engine = try Self.engine("rules:\n  - {id: r, kind: thing, pattern: \"\(pattern)\"}")
        let found = engine.analyze(text).matches.map(\.text)
        #expect(found == [expected], "\(pattern) over «\(text)» should find «\(expected)», found \(found)")
    }

    @Test("a regex follows the pack's case option unless it says /c or /i", arguments: [
        ("insensitive", "/cop(\\\\d+)/", true), ("sensitive", "/cop(\\\\d+)/", false),
        ("sensitive", "/cop(\\\\d+)/i", true), ("insensitive", "/cop(\\\\d+)/c", false),
    ])
    func regexCase(caseOption: String, pattern: String, matches: Bool) throws {
        let engine = try Engine(yaml: [TestSupport.pack("rc", "options: {case: \(caseOption)}\nrules:\n  - {id: r, kind: x, pattern: \"\(pattern)\"}")])
        #expect(!engine.analyze("tại COP28").matches.isEmpty == matches, "\(pattern) with case \(caseOption) over COP28")
    }

    @Test("a regex capture takes the regex's first group, as the pack guide says")
    func regexGroupField() throws {
        let engine = try Self.engine("rules:\n  - {id: r, kind: treaty, pattern: \"code:/UNTS-?(\\\\d+)/\"}")
        let match = try #require(engine.analyze("Theo văn kiện UNTS1234 đã đăng ký.").matches.first, "UNTS1234 should match")
        #expect(match.fields["code"] == .string("1234"), "the field holds the group, not the whole token; got \(match.fields)")
    }

    @Test("regex captures take the first group")
    func regexGroup() throws {
        let engine = try Self.engine("rules:\n  - {id: r, kind: forum, pattern: \"edition:/COP(\\\\d+)/\", set: {id: cop}}")
        let forum = try #require(engine.analyze("Hội nghị COP28 khai mạc.").forums.first, "COP28 should be a forum")
        #expect(forum.id == "cop" && forum.edition == 28, "COP28 is cop edition 28; got \(forum.id) \(forum.edition ?? -1)")
    }

    @Test("context conditions: before, not_before and window")
    func context() throws {
        let engine = try Self.engine("""
            rules:
              - id: r
                kind: party
                pattern: "id:%countries"
                context: {before: "gặp", not_after: "Dương", window: 2}
            """)
        #expect(engine.analyze("Ông gặp Nhật Bản.").parties.count == 1, "gặp right before")
        #expect(engine.analyze("Nhật Bản gặp.").parties.isEmpty, "gặp after, not before")
        #expect(engine.analyze("Ông gặp đại diện mới của Nhật Bản.").parties.isEmpty, "gặp is more than 2 tokens before")
    }

    @Test("a short `after` window drops a candidate early only when its context cannot start in the window", arguments: [
        // The context starts 0, 1 and 3 tokens after the country.
        "Mỹ gạch hợp tác. Nhật Bản rất gạch hợp tác. Ấn Độ rất là vui gạch hợp tác.",
        // A lexicon phrase, a number 1 token after, a regex 4 tokens after (the checked edge).
        "Mỹ hợp tác kinh tế, Nhật Bản cũng 2022 và Ấn Độ rất là vui và G20 và.",
        // A stop right after (the next sentence's first phrase is out of reach), a start only
        // the control window reaches, and a country that ends the text.
        "Mỹ. Hợp tác sau dấu chấm. Nhật Bản rất là vui vẻ lắm gạch hợp tác. Ấn Độ",
        // Another country between: the context starts 2 tokens after the first, 0 after the second.
        "hợp tác Mỹ Nhật Bản hợp tác.",
    ])
    func shortAfterWindows(text: String) throws {
        // Contexts that begin with a lexicon phrase, a word, a regex or a class.
        try Self.expectEarlyDropsAsExplained(text, region: "after",
                                             context: #"( %coop | "gạch" | /G\d+/ | #num ) #any{0,3} ( "hợp tác" | "và" | "." )"#)
    }

    /// Checks that analysing a text keeps what explaining it accepts, for one rule per window
    /// 0…5 with a `region` condition on `context` (5 is past the early check: the control). The
    /// explanation drops no candidate early and decides each by its context run, so the two
    /// agree only if the early check drops nothing that could pass: at the window's edge, past
    /// it, and at a sentence's ends.
    static func expectEarlyDropsAsExplained(_ text: String, region: String, context: String) throws {
        let windows = 0...5
        let rules = windows.map { window in
            "  - {id: w\(window), kind: w\(window), pattern: \"id:%countries\", context: {\(region): {pattern: '\(context)', window: \(window)}}}"
        }.joined(separator: "\n")
        let engine = try Self.engine("rules:\n" + rules, lexicons: Self.lexicons + "\n" + Self.nestedPhrases)
        let analysis = engine.analyze(text, language: "vi")
        let explained = try engine.explain(text, language: "vi").matches
        var kept = 0
        for window in windows {
            let found = analysis.matches.filter { $0.kind == "w\(window)" }.map(\.text)
            let accepted = explained.filter { $0.provenance.rule == "w\(window)" && $0.outcome == .accepted }.map(\.text)
            #expect(found == accepted, "«\(text)», \(region) window \(window): analysed \(found), explained \(accepted) as accepted")
            kept += found.count
        }
        #expect(kept > 0, "«\(text)» has some candidate whose context is in reach")
    }

    @Test("a short `before` window drops a candidate early only when its context cannot end in the window", arguments: [
        // A word and a three-token phrase right before, a regex and an optional word 2 tokens before.
        "gạch Mỹ, hợp tác kinh tế Nhật Bản và G20 rất vui là Ấn Độ.",
        // Sentence starts (nothing before them), and a number 2 tokens before.
        "Mỹ đầu câu. 2022 là năm Nhật Bản. Ấn Độ",
        // A phrase 4 tokens before: the checked edge.
        "hợp tác vui vẻ lắm nhé Mỹ",
        // Nested phrases ending together, and a one-token entry, right before.
        "kinh tế rất Nhật Bản và tác Ấn Độ",
    ])
    func shortBeforeWindows(text: String) throws {
        // Contexts that can end on a lexicon phrase, a word, a regex, a number or an optional word after them.
        try Self.expectEarlyDropsAsExplained(text, region: "before", context: #"( %coop | "gạch" | /G\d+/ | #num ) "rất"?"#)
    }

    @Test("a context pattern's last items are those after which it can match")
    func lastConsumingInstructions() throws {
        let engine = try Self.engine("""
            rules:
              - {id: r, kind: party, pattern: "id:%countries", context: {before: {pattern: '"vui"? #any{0,2} ( %coop | "gạch" ) "rất"?', window: 0}}}
            """, lexicons: Self.lexicons + "\n" + Self.nestedPhrases)
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        let context = try #require(compiled.matchers.firstIndex { if case .context = $0.role { true } else { false } }, "the rule has a context matcher")
        let lasts = compiled.starts.lastRanges[context].map { compiled.starts.lastOps[$0].code }
        #expect(lasts.filter { $0 == .lexicon }.count == 1 && lasts.filter { $0 == .token }.count == 2 && lasts.count == 3,
                "the last items are %coop, \"gạch\" and \"rất\" (not \"vui\" or the gap's tokens); got \(lasts)")
    }

    @Test("an `after` condition sees context matches that start later than an overlapping one")
    func afterSeesLaterStarts() throws {
        let engine = try Self.engine("""
            rules:
              - {id: r, kind: party, pattern: "id:%countries", context: {after: "#any{0,3} agreed"}}
            """)
        #expect(engine.analyze("Mỹ và Nhật Bản agreed.").parties.map(\.id) == ["US", "JP"],
                "both parties have `agreed` after them, though the context match from Mỹ overlaps Nhật Bản")
    }

    @Test("a literal 's matches the clitic split off a word, and empty optional captures are dropped")
    func cliticAndEmptyCaptures() throws {
        let engine = try Self.engine("""
            rules:
              - {id: r, kind: owner, pattern: 'who:#cap "''s" what:(#word)? note:(#num)?'}
            """)
        let match = try #require(engine.analyze("Japan's plan").matches.first, "Japan's should match")
        #expect(match.text == "Japan's plan", "the clitic and the word are matched; got «\(match.text)»")
        #expect(match.fields["note"] == nil, "an optional capture that matched nothing is absent, not empty")
        #expect(match.fields["what"] == .string("plan"), "the present capture is kept")
    }

    @Test("a condition can have its own window")
    func conditionWindow() throws {
        let engine = try Self.engine("""
            rules:
              - id: r
                kind: party
                pattern: "id:%countries"
                context: {before: "gặp", not_before: {pattern: "không", window: 0}, window: 5}
            """)
        #expect(engine.analyze("Ông gặp đại diện Nhật Bản.").parties.count == 1, "gặp within 5 tokens")
        #expect(engine.analyze("Ông gặp không Nhật Bản.").parties.isEmpty, "không right before blocks")
        #expect(engine.analyze("Ông không gặp Nhật Bản.").parties.count == 1, "không two tokens before does not block: its window is 0")
    }

    @Test("matches never overlap within one rule and are leftmost-longest")
    func leftmostLongest() throws {
        let engine = try Self.engine("rules:\n  - {id: r, kind: run, pattern: \"a+\"}")
        let found = engine.analyze("a a a b a").matches.map(\.text)
        #expect(found == ["a a a", "a"], "expected the longest runs, found \(found)")
    }

    @Test("a rule that needs literal words is skipped in sentences without them, and matches in those with them")
    func requiredTokens() throws {
        let rules = """
            rules:
              - {id: ties, kind: ties, pattern: "%countries #any{0,6} ( \\"nâng cấp\\" | \\"thiết lập\\" ) \\"quan hệ\\""}
              - {id: loose, kind: loose, pattern: "%countries #any{0,6} ( \\"quan hệ\\" | \\"hợp tác\\" )"}
            """
        let engine = try Self.engine(rules)
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        let ties = try #require(compiled.rules.firstIndex { $0.id == "ties" }.flatMap { compiled.rules[$0].matcher }, "ties has a matcher")
        let alternatives = compiled.requirements.alternatives(of: Int(ties))
        let tokens = alternatives.first.map { $0.filter { if case .token = $0 { return true } else { return false } } } ?? []
        #expect(alternatives.count == 1 && tokens.count == 2,
                "both words of \"quan hệ\" are required by every match of ties: \(alternatives)")
        let loose = try #require(compiled.rules.firstIndex { $0.id == "loose" }.flatMap { compiled.rules[$0].matcher }, "loose has a matcher")
        #expect(!compiled.requirements.alternatives(of: Int(loose)).joined().contains { if case .token = $0 { return true } else { return false } },
                "no single word is required when the pattern ends in either of two")

        // The words are in the third sentence only: its own mask must let the rule run there.
        let analysis = engine.analyze("Mỹ đến thăm. Nhật Bản nói về hợp tác. Ấn Độ và Mỹ nhất trí nâng cấp quan hệ.")
        #expect(analysis.matches.filter { $0.kind == "ties" }.map(\.span.sentence) == [2],
                "ties matches in the sentence with nâng cấp quan hệ and nowhere else")
        #expect(analysis.matches.filter { $0.kind == "loose" }.map(\.span.sentence) == [1, 2], "loose matches where either word follows a country")
    }

    @Test("a group of alternatives every match passes through is required as a choice, and a sentence with any of them matches")
    func requiredChoices() throws {
        let rules = """
            rules:
              - {id: quad, kind: quad, pattern: "\\"hợp tác\\" ( \\"bốn bên\\" | \\"tứ giác\\" ) %countries"}
              - {id: gap, kind: gap, pattern: "\\"hợp tác\\" ( \\"bốn bên\\" | #word )"}
            """
        let engine = try Self.engine(rules)
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        let quad = try #require(compiled.rules.first { $0.id == "quad" }?.matcher, "quad has a matcher")
        let choices = compiled.requirements.alternatives(of: Int(quad)).joined().compactMap { item -> [MatcherRequirements.Item]? in
            if case .anyOf(let start, let end) = item { return Array(compiled.requirements.choices[Int(start)..<Int(end)]) }
            return nil
        }
        #expect(choices.count == 1 && choices.first?.count == 2,
                "one choice of two tokens (bốn, tứ) is required by every match of quad: \(compiled.requirements.alternatives(of: Int(quad)))")
        let gap = try #require(compiled.rules.first { $0.id == "gap" }?.matcher, "gap has a matcher")
        #expect(!compiled.requirements.alternatives(of: Int(gap)).joined().contains { if case .anyOf = $0 { return true } else { return false } },
                "no choice is required when one way through the group is a token class")

        let analysis = engine.analyze("Mỹ và Nhật Bản hợp tác. Hợp tác tứ giác Ấn Độ. Hợp tác bốn bên Nhật Bản. Hợp tác song phương Mỹ.")
        #expect(analysis.matches.filter { $0.kind == "quad" }.map(\.span.sentence) == [1, 2],
                "quad matches through either way of its group, in the sentences that have one")
        #expect(analysis.matches.filter { $0.kind == "gap" }.map(\.span.sentence) == [1, 2, 3],
                "gap matches wherever hợp tác has a word after it")
    }

    @Test("more than 64 required words each keep their own check, and the rules still match where their word is")
    func manyRequiredTokens() throws {
        let rules = "rules:\n" + (0..<100).map { "  - {id: r\($0), kind: k\($0), pattern: \"%countries \\\"mot\($0)\\\"\"}" }.joined(separator: "\n")
        let engine = try Self.engine(rules)
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        let last = try #require(compiled.rules.first { $0.id == "r99" }?.matcher, "r99 has a matcher")
        let items = compiled.requirements.alternatives(of: Int(last)).joined()
        #expect(items.contains { if case .token = $0 { return true } else { return false } },
                "the hundredth rule's word is still a required token: \(Array(items))")
        let unchecked = compiled.requirements.checks.filter(\.always).count
        #expect(unchecked == 0, "every check of 100 words and one lexicon fits the presence bits; \(unchecked) do not")
        let analysis = engine.analyze("Mỹ mot99. Nhật Bản mot3. Ấn Độ nói.")
        #expect(analysis.matches.map(\.kind) == ["k99", "k3"], "each rule matches in the sentence with its word: \(analysis.matches.map(\.kind))")
    }

    @Test("a pattern of alternatives requires, per way it begins, what that way needs")
    func requirementAlternatives() throws {
        let rules = """
            rules:
              - {id: deal, kind: deal, pattern: "\\"nhất trí\\" #any{0,4} %countries=JP | \\"ký\\" #any{0,4} \\"hiệp định\\""}
            """
        let engine = try Self.engine(rules)
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        let deal = try #require(compiled.rules.first { $0.id == "deal" }?.matcher, "deal has a matcher")
        #expect(compiled.requirements.alternatives(of: Int(deal)).count == 2,
                "one alternative per way the pattern begins: \(compiled.requirements.alternatives(of: Int(deal)))")
        let analysis = engine.analyze("Mỹ nhất trí ký kết. Hai bên ký hiệp định. Việt Nam nhất trí với Nhật Bản. Họ ký.")
        #expect(analysis.matches.map(\.span.sentence) == [1, 2],
                "the second sentence matches the second way, the third the first; the others lack what each way needs")
    }

    @Test("rules with the same pattern share one program and still keep their own contexts, priorities and values")
    func sharedPrograms() throws {
        let rules = """
            rules:
              - {id: plain, kind: place, pattern: "id:%countries"}
              - {id: after-meet, kind: visit, pattern: "id:%countries", context: {before: "gặp"}}
              - {id: not-after-meet, kind: stay, pattern: "id:%countries", context: {not_before: "gặp"}, set: {id: here}}
              - {id: near-meet, kind: near, pattern: "id:%countries", context: {sentence: "gặp"}}
            """
        let engine = try Self.engine(rules)
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        let primaries = compiled.matchers.filter { if case .rule = $0.role { return true } else { return false } }.map(\CompiledEngine.Matcher.primary)
        #expect(primaries == [-1, 0, 0, 0], "the three later rules should run the first rule's program, got \(primaries)")
        #expect(compiled.matchers.filter { if case .context = $0.role { return true } else { return false } }.count == 1,
                "the three conditions on \"gặp\" should share one context matcher")

        let analysis = engine.analyze("Nhật Bản gặp Ấn Độ. Mỹ đến.")
        let byKind = Dictionary(grouping: analysis.matches, by: \.kind).mapValues { $0.map(\.span.text) }
        #expect(byKind["place"] == ["Nhật Bản", "Ấn Độ", "Mỹ"], "the first rule matches every country: \(byKind)")
        #expect(byKind["visit"] == ["Ấn Độ"], "only the country right after gặp: \(byKind)")
        #expect(byKind["stay"] == ["Nhật Bản", "Mỹ"], "every country not right after gặp: \(byKind)")
        #expect(analysis.matches.filter { $0.kind == "stay" }.allSatisfy { $0.id == "here" }, "set: applies to the sharing rule")
        #expect(byKind["near"] == ["Nhật Bản", "Ấn Độ"], "countries in a sentence with gặp: \(byKind)")
    }
}

@Suite("Cues and sentence options")
struct CueTests {
    static let pack = TestSupport.pack("c", """
        options:
          terminators: ["|"]
        cues:
          negation: [không, chưa]
          planned: [sẽ]
          collective: [hai bên]
          exclude: [hàng không, không chỉ]
        lexicons:
          countries: {entries: {JP: [Nhật Bản], IN: [Ấn Độ], KR: [Hàn Quốc]}}
          triggers: {entries: {consensus: [nhất trí], signing: [ký]}}
        rules:
          - {id: party, kind: party, pattern: "id:%countries"}
          - {id: agreement, kind: agreement, pattern: "trigger:%triggers"}
        """)

    @Test("status comes from the cues before the trigger", arguments: [
        ("Nhật Bản và Ấn Độ nhất trí.", "asserted"),
        ("Nhật Bản và Ấn Độ chưa nhất trí.", "negated"),
        ("Nhật Bản và Ấn Độ sẽ ký.", "planned"),
        ("Nhật Bản và Ấn Độ không chỉ ký.", "asserted"),
        ("Về hàng không, Nhật Bản và Ấn Độ ký.", "asserted"),
        ("Nhật Bản và Ấn Độ nhất trí không tăng thuế.", "asserted"),
    ])
    func status(text: String, expected: String) throws {
        let agreement = try #require(try Engine(yaml: [Self.pack]).analyze(text).agreements.first, "«\(text)» should hold an agreement")
        #expect(agreement.status.rawValue == expected, "«\(text)»: status should be \(expected), got \(agreement.status)")
    }

    @Test("collective subjects resolve to the parties of the last agreement")
    func collective() throws {
        let analysis = try Engine(yaml: [Self.pack]).analyze("Nhật Bản và Ấn Độ nhất trí. Hàn Quốc hoan nghênh. Hai bên cũng ký hiệp định.")
        #expect(analysis.agreements.map(\.parties) == [["JP", "IN"], ["JP", "IN"]],
                "hai bên refers to JP and IN, not to KR named in between; got \(analysis.agreements.map(\.parties))")
    }

    @Test("an agreement without a subject takes the parties of the context")
    func elided() throws {
        let analysis = try Engine(yaml: [Self.pack]).analyze("Nhật Bản và Ấn Độ gặp nhau. Đồng thời ký kết văn kiện với Hàn Quốc.")
        #expect(analysis.agreements.first?.parties == ["JP", "IN"], "the elided subject is JP and IN; got \(analysis.agreements.map(\.parties))")
    }

    @Test("extra terminators split sentences")
    func terminators() throws {
        let analysis = try Engine(yaml: [Self.pack]).analyze("Nhật Bản nói | Ấn Độ nghe")
        #expect(analysis.sentenceCount == 2, "| ends a sentence when the pack says so; got \(analysis.sentenceCount) sentences")
        #expect(analysis.parties.map(\.span.sentence) == [0, 1], "each party is in its own sentence")
    }
}
