@testable import Accord
import Testing

@Suite("Stage start filter")
struct StageStartFilterTests {
    /// Parties in the first stage; in the second, a deal between parties (a word it needs after
    /// them, and one of two verbs) and a visit (a lexicon entry it needs).
    static let rules = """
        rules:
          - {id: party, kind: party, pattern: "id:%countries"}
          - {id: deal, kind: deal, pattern: '@party #any{0,4} ( "ký" | "kí" ) "hiệp định"'}
          - {id: visit, kind: visit, pattern: '@party #any{0,3} %words=table'}
        """

    @Test("a stage's run is ruled out exactly where no matcher it can start has what it needs", arguments: [
        // (sentence, whether the second stage may start something there)
        ("Mỹ và Nhật Bản ký hiệp định.", true),       // deal: a party, a verb, "hiệp định"
        ("Mỹ và Nhật Bản kí hiệp định.", true),       // the other verb of the group
        ("Mỹ và Nhật Bản bàn về hợp tác.", true),     // visit: a party and the table entry
        ("Mỹ và Nhật Bản ký biên bản.", false),       // a verb, but no "hiệp định" and no table
        ("Mỹ và Nhật Bản hiệp định.", false),         // "hiệp định" without either verb
        ("Hai bên ký hiệp định về bàn.", false),      // everything but a party
    ])
    func ruledOut(sentence: String, mayStart: Bool) throws {
        let engine = try MatchingTests.engine(Self.rules)
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        let deal = try #require(compiled.rules.first { $0.id == "deal" }?.matcher, "deal has a matcher")
        let stage = compiled.matchers[Int(deal)].stage
        #expect(stage > 0, "a rule on @party runs after the stage that finds parties")
        let filter = StageStartFilter(starts: compiled.starts, requirements: compiled.requirements)
        let index = MatchingTests.index(sentence, in: compiled)
        var presence = SentencePresence(engine: compiled)
        let range = try #require(index.document.sentences.first, "«\(sentence)» has a sentence")
        let verdict = index.withView { view in
            presence.note(range, view: view)
            return filter.mayStart(stage: stage, items: presence.items)
        }
        #expect(verdict == mayStart, "«\(sentence)»: the second stage may start something: \(verdict), expected \(mayStart)")

        // Never ruled out where a matcher of the stage holds: its run would have found it.
        let holding = compiled.matchers.indices.filter { compiled.matchers[$0].stage == stage && presence.holds($0) }
        #expect(verdict || holding.isEmpty, "«\(sentence)» ruled out though matchers \(holding) of the stage hold there")
        let found = engine.analyze(sentence).matches.map(\.kind)
        #expect(mayStart || found.isEmpty, "«\(sentence)»: nothing of the second stage can match, yet found \(found)")
    }

    @Test("a stage with a matcher that needs nothing is never ruled out")
    func unfilteredStage() throws {
        let engine = try MatchingTests.engine("""
            rules:
              - {id: party, kind: party, pattern: "id:%countries"}
              - {id: number, kind: number, pattern: "#num"}
              - {id: deal, kind: deal, pattern: '@party #any{0,4} "hiệp định"'}
            """)
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        let number = try #require(compiled.rules.first { $0.id == "number" }?.matcher, "number has a matcher")
        let deal = try #require(compiled.rules.first { $0.id == "deal" }?.matcher, "deal has a matcher")
        let first = compiled.matchers[Int(number)].stage, later = compiled.matchers[Int(deal)].stage
        #expect(first != later, "deal runs after the stage that finds parties and numbers")
        let filter = StageStartFilter(starts: compiled.starts, requirements: compiled.requirements)
        let firstMayStart = filter.mayStart(stage: first, items: PresenceBits())
        let laterMayStart = filter.mayStart(stage: later, items: PresenceBits())
        #expect(firstMayStart, "number needs no item (a token class starts it), so its stage may start in a sentence without any")
        #expect(!laterMayStart, "deal needs a party and \"hiệp định\": a sentence without any item rules its stage out")
        #expect(engine.analyze("Năm 2024 có 12 tháng.").matches.map(\.kind) == ["number", "number"], "numbers match where no lexicon item is")
    }

    @Test("with the standard packs, a sentence of the seed article is ruled out for a stage only where no matcher the stage can start holds")
    func soundOnStandardPacks() throws {
        let engine = try Engine.standard()
        let compiled = try #require(engine.compiledByLanguage["vi"], "the standard packs have Vietnamese rules")
        let text = try #require(TestSupport.seedText, "the seed article should be readable")
        let filter = StageStartFilter(starts: compiled.starts, requirements: compiled.requirements)
        let startable = StageStartFilter.startable(compiled.starts)
        let index = MatchingTests.index(text, in: compiled)
        var presence = SentencePresence(engine: compiled)
        var ruledOut = 0, checked = 0
        index.withView { view in
            for sentence in index.document.sentences {
                presence.note(sentence, view: view)
                for stage in startable.indices {
                    checked += 1
                    guard !filter.mayStart(stage: stage, items: presence.items) else { continue }
                    ruledOut += 1
                    let holding = startable[stage].filter { presence.holds(Int($0)) }
                    #expect(holding.isEmpty, "sentence \(sentence) ruled out for stage \(stage), though its matchers \(holding) hold there")
                }
            }
        }
        // The check above means something only if some runs are ruled out and some are not.
        #expect(ruledOut > 0 && ruledOut < checked, "\(ruledOut) of \(checked) stage runs ruled out: expected some, not all")
    }
}
