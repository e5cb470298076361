import Testing
@testable import Accord

/// Tests for ``HitIndex``: the longest hit at a first or last token, the earliest of equally
/// long ones, and hits outside the document ignored, whatever order the hits come in.
@Suite("Hit index")
struct HitIndexTests {
    /// Hits as `start..<end:id`, in the order given.
    static func hits(_ spec: [(Int, Int, String)]) -> [ExtractorInput.Hit] {
        spec.map { ExtractorInput.Hit(tokens: $0.0..<$0.1, id: $0.2) }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let hits: [(Int, Int, String)]
        /// The expected id of the longest hit starting (and ending) at each token 0…9, or nil.
        let starting: [Int: String]
        let ending: [Int: String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "no hits", hits: [], starting: [:], ending: [:]),
        Case(name: "one hit", hits: [(2, 4, "a")], starting: [2: "a"], ending: [4: "a"]),
        Case(name: "the longest of those sharing a start",
             hits: [(1, 2, "short"), (1, 4, "long"), (1, 3, "middle")], starting: [1: "long"],
             ending: [2: "short", 3: "middle", 4: "long"]),
        Case(name: "the longest of those sharing an end",
             hits: [(3, 5, "short"), (0, 5, "long")], starting: [3: "short", 0: "long"], ending: [5: "long"]),
        Case(name: "the earliest of equally long hits",
             hits: [(2, 4, "first"), (2, 4, "second")], starting: [2: "first"], ending: [4: "first"]),
        Case(name: "hits given out of order",
             hits: [(7, 8, "g"), (0, 1, "a"), (4, 6, "e"), (2, 3, "c")],
             starting: [0: "a", 2: "c", 4: "e", 7: "g"], ending: [1: "a", 3: "c", 6: "e", 8: "g"]),
        Case(name: "hits outside the document are ignored",
             hits: [(8, 12, "past the end"), (-1, 1, "before the start"), (5, 6, "inside")],
             starting: [5: "inside"], ending: [6: "inside"]),
    ]

    @Test("longest hits by first and last token", arguments: cases)
    func longest(_ test: Case) {
        let index = HitIndex(Self.hits(test.hits), tokenCount: 10)
        for token in -1...11 {
            #expect(index.longest(startingAt: token)?.id == test.starting[token],
                    "longest hit starting at token \(token) in '\(test.name)'")
            #expect(index.longest(endingAt: token)?.id == test.ending[token],
                    "longest hit ending before token \(token) in '\(test.name)'")
        }
    }

    @Test("marks its bit at the first token of each hit inside the document, keeping other bits")
    func marksStarts() {
        var marked = [UInt16](repeating: 0, count: 10)
        marked[6] = 1
        _ = HitIndex(Self.hits([(2, 4, "a"), (2, 3, "b"), (6, 7, "c"), (9, 11, "outside")]), tokenCount: 10,
                     markingStarts: &marked, with: 4)
        #expect(marked == [0, 0, 4, 0, 0, 0, 5, 0, 0, 0], "only tokens 2 and 6 start a hit inside 10 tokens; token 6 keeps bit 1")
    }

    @Test("a hit at every token of a long document is found at each")
    func dense() {
        let count = 100_000
        let index = HitIndex((0..<count).map { ExtractorInput.Hit(tokens: $0..<$0 + 1, id: String($0)) }, tokenCount: count)
        for token in stride(from: 0, to: count, by: 997) {
            #expect(index.longest(startingAt: token)?.id == String(token), "hit starting at \(token)")
            #expect(index.longest(endingAt: token + 1)?.id == String(token), "hit ending before \(token + 1)")
        }
    }
}
