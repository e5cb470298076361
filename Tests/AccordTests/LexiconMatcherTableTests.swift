@testable import Accord
import Testing

@Suite("Lexicon matcher table")
struct LexiconMatcherTableTests {
    private static func matcher(_ number: Int32, lexicon: Int32) -> LexiconMatcher? {
        // `lexicon(L) match(number)`: the smallest program a lexicon matcher is recognised in.
        LexiconMatcher(matcher: number, entry: 0, program: [.lexicon(lexicon, id: nil), .match(number)])
    }

    /// The matchers the table lists for a stage and a lexicon, by matcher number.
    private static func listed(_ table: LexiconMatcher.Table, stage: Int, lexicon: Int) -> [Int32] {
        let base = stage * table.stride
        return table.matchers[Int(table.starts[base + lexicon])..<Int(table.starts[base + lexicon + 1])].map(\.matcher)
    }

    @Test("each stage's matchers are found by lexicon, in matcher order, and an empty stage lists none")
    func groupsByStageAndLexicon() throws {
        let stage0 = try [Self.matcher(4, lexicon: 2), Self.matcher(1, lexicon: 0), Self.matcher(7, lexicon: 2)].map { try #require($0) }
        let stage2 = try [Self.matcher(9, lexicon: 1)].map { try #require($0) }
        let table = LexiconMatcher.Table([stage0, [], stage2], lexiconCount: 3)
        #expect(table.stride == 4)
        #expect(table.starts.count == 3 * 4, "one start per lexicon and one more, per stage")
        #expect(Self.listed(table, stage: 0, lexicon: 0) == [1])
        #expect(Self.listed(table, stage: 0, lexicon: 1) == [])
        #expect(Self.listed(table, stage: 0, lexicon: 2) == [4, 7], "a lexicon's matchers keep the order they were given in")
        for lexicon in 0..<3 {
            #expect(Self.listed(table, stage: 1, lexicon: lexicon) == [], "stage 1 has no lexicon matchers")
        }
        #expect(Self.listed(table, stage: 2, lexicon: 1) == [9])
        #expect(Self.listed(table, stage: 2, lexicon: 2) == [])
        // The machine tells a stage with matchers by its first and last starts differing.
        #expect(table.starts[4] == table.starts[7], "the empty stage's first and last starts are equal")
        #expect(table.starts[0] != table.starts[3] && table.starts[8] != table.starts[11])
    }
}
