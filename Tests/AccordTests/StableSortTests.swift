@testable import Accord
import Testing

@Suite("Stable sort")
struct StableSortTests {
    /// An element whose sort key can repeat, and whose position tells the order equals kept.
    struct Item: Equatable {
        var key: Int
        var position: Int
    }

    /// A reproducible pseudo-random sequence (a linear congruential generator), so a failing
    /// case names its seed.
    static func items(count: Int, distinctKeys: Int, runs: Int, seed: UInt64) -> [Item] {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var keys = (0..<count).map { _ in next() % distinctKeys }
        if runs > 0 {
            // Made of `runs` ascending stretches, as a document's results are, kind after kind.
            let length = max(1, count / runs)
            for start in stride(from: 0, to: count, by: length) {
                keys[start..<min(count, start + length)].sort()
            }
        }
        return keys.enumerated().map { Item(key: $1, position: $0) }
    }

    @Test("sorts as the standard stable sort does, equal keys in their order",
          arguments: [(0, 3, 0), (1, 3, 0), (2, 1, 0), (31, 5, 0), (32, 32, 0), (33, 4, 0), (50, 50, 7),
                      (200, 3, 0), (1_000, 1_000, 12), (1_000, 10, 1), (4_097, 97, 40), (10_000, 5, 0)])
    func matchesStableSort(count: Int, distinctKeys: Int, runs: Int) throws {
        for seed: UInt64 in [1, 2, 3] {
            let input = Self.items(count: count, distinctKeys: distinctKeys, runs: runs, seed: seed)
            // The reference: by key, then by original position, so equal keys keep their order.
            let expected = input.sorted { ($0.key, $0.position) < ($1.key, $1.position) }
            var sorted = input
            sorted.sortKeepingOrder { $0.key < $1.key }
            #expect(sorted == expected, "\(count) items, \(distinctKeys) keys, \(runs) runs, seed \(seed): not the stable order")
            #expect(input.sortedKeepingOrder { $0.key < $1.key } == expected, "the copying form differs (seed \(seed))")
        }
    }

    @Test("a scratch buffer sorts a range by key the same way, leaving the rest in place",
          arguments: [(10, 3), (40, 4), (300, 7), (2_000, 50)])
    func scratchBufferRange(count: Int, distinctKeys: Int) {
        let input = Self.items(count: count, distinctKeys: distinctKeys, runs: 0, seed: 7)
        let range = 3..<(count - 2)
        var expected = input
        expected[range].sort { ($0.key, $0.position) < ($1.key, $1.position) }
        var buffer = ScratchBuffer<Item>(input)
        buffer.stableSort(range) { Int32($0.key) }
        let sorted = buffer.withBuffer { Array($0) }
        #expect(sorted == expected, "\(count) items, \(distinctKeys) keys: the range is not in stable order, or the ends moved")
    }

    @Test("a descending array, the merge's worst shape, comes out ascending")
    func descending() {
        var values = Array((0..<5_000).reversed())
        values.sortKeepingOrder(by: <)
        #expect(values == Array(0..<5_000), "a reversed array did not sort")
    }
}
