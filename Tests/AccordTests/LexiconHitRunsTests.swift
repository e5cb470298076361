@testable import Accord
import Testing

@Suite("Lexicon hit runs")
struct LexiconHitRunsTests {
    /// Run sizes to merge: a small run into a large one and the reverse, equal runs, empty runs
    /// between others, three runs, and runs made of one long block each.
    static let shapes: [[Int]] = [
        [0], [5], [3, 200], [200, 3], [50, 50], [0, 40, 0, 7], [30, 0, 90, 12], [1, 1, 1], [120, 120, 120],
    ]

    @Test("merged runs equal a stable sort of the runs by start, end and entry (earlier runs first on a tie)",
          arguments: shapes, [UInt64(1), 2, 3, 4])
    func mergeMatchesStableSort(sizes: [Int], seed: UInt64) {
        var random = TextSampleGenerator(seed: seed &* 7919 &+ UInt64(sizes.count))
        // Few distinct tokens and entries, so ties across runs (same start, end and entry) and
        // long blocks of one run between two hits of another both occur.
        let tokenCount = 40
        var runs: [[LexiconHit]] = []
        for size in sizes {
            let spread = Int32(random.next() % 3 == 0 ? 8 : tokenCount - 4)   // sometimes crowded in a few tokens
            let offset = Int32(random.next() % UInt64(tokenCount - Int(spread) - 3))
            var run: [LexiconHit] = []
            for _ in 0..<size {
                let start = offset + Int32(random.next() % UInt64(spread))
                let end = start + 1 + Int32(random.next() % 3)
                run.append(LexiconHit(start: start, end: end, entry: Int32(random.next() % 4)))
            }
            run.sort { ($0.start, $0.end, $0.entry) < ($1.start, $1.end, $1.entry) }
            runs.append(run)
        }
        var hits = runs.flatMap { $0 }
        var runEnds: [Int] = []
        for run in runs { runEnds.append((runEnds.last ?? 0) + run.count) }
        // The reference: runs concatenated in order, then a stable sort (ties keep the earlier run's first).
        var expected = Array(hits.enumerated())
        expected.sort { a, b in
            (a.element.start, a.element.end, a.element.entry, a.offset) < (b.element.start, b.element.end, b.element.entry, b.offset)
        }
        let starts = LexiconHitRuns.mergeByStart(&hits, runEnds: runEnds, tokenCount: tokenCount,
                                                 starts: [Int32](repeating: 0, count: tokenCount + 1))
        #expect(hits == expected.map(\.element), "runs \(sizes) (seed \(seed)) merged out of order")
        #expect(starts.count == tokenCount + 1, "one start per token and one past the last")
        for token in 0..<tokenCount {
            let range = Int(starts[token])..<Int(starts[token + 1])
            let expectedCount = hits.count { $0.start == token }
            #expect(range.count == expectedCount && hits[range].allSatisfy { $0.start == token },
                    "token \(token)'s range \(range) should hold exactly its \(expectedCount) hits")
        }
    }
}
