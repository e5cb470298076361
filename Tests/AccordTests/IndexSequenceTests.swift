@testable import Accord
import Testing

/// Tests for ``IndexSequence``, the hot loops' replacement for iterating a `Range<Int>`.
@Suite("Index sequence")
struct IndexSequenceTests {
    @Test("it gives the integers of lower..<upper, and none when the bounds are equal or reversed", arguments: [
        (0, 0), (0, 1), (3, 7), (-2, 2), (5, 4), (9, -9),
    ])
    func integers(lower: Int, upper: Int) {
        let expected = lower < upper ? Array(lower..<upper) : []
        #expect(Array(IndexSequence(from: lower, to: upper)) == expected, "\(lower)..<\(upper) should give \(expected)")
        if lower <= upper {
            #expect(Array(IndexSequence(lower..<upper)) == expected, "the range \(lower)..<\(upper) should give \(expected)")
        }
    }
}
