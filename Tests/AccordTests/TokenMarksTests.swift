@testable import Accord
import Testing

@Suite("Token marks")
struct TokenMarksTests {
    /// Lengths around the four-mark step (empty, shorter than one load, not a multiple of four)
    /// and longer runs; densities from every mark set to one in two hundred.
    @Test("the wide scan finds the same next marked token as a scan one mark at a time",
          arguments: [0, 1, 3, 4, 5, 8, 13, 64, 257], [1, 3, 200])
    func wideScanMatchesNarrowScan(count: Int, spacing: Int) {
        var random = TextSampleGenerator(seed: UInt64(count &* 31 &+ spacing))
        // Each mark has one of four bits, or none, so a mask can miss marks that are set.
        let marks = (0..<count).map { _ -> UInt16 in
            random.next() % UInt64(spacing) == 0 ? UInt16(1) << UInt16(random.next() % 4) : 0
        }
        for mask: UInt16 in [1, 2, 5, 0xF] {
            for start in [0, 1, 2, count / 2, max(count - 1, 0), count, count + 3] {
                let expected = (min(start, count)..<count).first { marks[$0] & mask != 0 } ?? count
                let found = marks.withUnsafeBufferPointer { TokenMarks.next(in: $0, from: start, mask: mask) }
                #expect(found == expected, "count \(count), mask \(mask), from \(start): found \(found), a scan one by one finds \(expected)")
            }
        }
    }
}
