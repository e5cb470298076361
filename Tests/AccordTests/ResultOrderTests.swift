@testable import Accord
import Testing

/// Tests for ``DocumentIndex/resultsInTextOrder()``: the order results are written in.
@Suite("Results in text order")
struct ResultOrderTests {
    /// Results as (start, end, rule), accepted kind after kind as the stages accept them:
    /// each list has results that share a start (and some an end too) out of order.
    static let acceptedLists: [[(start: Int32, end: Int32, rule: Int32)]] = [
        [],
        [(3, 4, 0)],
        [(5, 6, 1), (0, 2, 1), (5, 6, 0), (0, 1, 2)],
        // Parties, then forums, then agreements over the same tokens, ties on start and end.
        [(0, 2, 0), (4, 5, 0), (7, 9, 0), (0, 2, 3), (4, 6, 3), (0, 9, 5), (4, 5, 5), (7, 8, 5), (4, 5, 0)],
        // Equal in start, end and rule: they keep the order they were accepted in.
        [(2, 3, 1), (1, 3, 1), (2, 3, 1), (2, 3, 0), (1, 3, 1)],
    ]

    @Test("results come by start, end and rule, equal ones in the order accepted", arguments: acceptedLists)
    func textOrder(accepted: [(start: Int32, end: Int32, rule: Int32)]) throws {
        let engine = try MatchingTests.engine("rules:\n  - {id: party, kind: party, pattern: \"id:%countries\"}")
        let compiled = try #require(engine.compiledByLanguage["vi"], "the test pack is Vietnamese")
        let index = MatchingTests.index("Mỹ và Nhật Bản ký hiệp định về năng lượng tại Hà Nội", in: compiled)
        #expect(index.document.tokens.count >= 10, "the sentence should have the tokens the results cover")
        let raw = accepted.map { RawResult(rule: $0.rule, kind: 0, start: $0.start, end: $0.end, sentence: 0) }
        // Accepted in two calls, as two stages would, after the parties the index found: the
        // order covers them all.
        let half = raw.count / 2
        index.accept(Array(raw[..<half]), strings: compiled.strings) { _ in nil }
        index.accept(Array(raw[half...]), strings: compiled.strings) { _ in nil }
        let all = index.results
        #expect(all.count == raw.count + 2, "the index should hold the two parties it found and the results accepted")

        let expected = all.indices.sorted { a, b in
            let x = all[a], y = all[b]
            return (x.start, x.end, x.rule, a) < (y.start, y.end, y.rule, b)
        }.map(Int32.init)
        let order = index.resultsInTextOrder()
        // The results named by their tokens and rule: a wrong order can hold numbers out of range.
        func named(_ numbers: [Int32]) -> String {
            numbers.map { all.indices.contains(Int($0)) ? "\(all[Int($0)].start)-\(all[Int($0)].end)/\(all[Int($0)].rule)" : "#\($0)?" }
                .joined(separator: " ")
        }
        #expect(order == expected, "accepted \(accepted): got \(named(order)), expected \(named(expected))")
    }
}
