@testable import Accord
import Testing

/// An agreement's id lists keep each id once, in the order first seen, below and past the
/// length where a set takes over from scanning.
@Suite("Once lists")
struct OnceListTests {
    static let cases: [(input: [String], expected: [String])] = [
        ([], []),
        (["VN", "JP", "VN", "US", "JP"], ["VN", "JP", "US"]),
        // Past sixteen distinct ids the set takes over: repeats before and after the switch.
        ((0..<40).map { "P\($0 % 25)" }, (0..<25).map { "P\($0)" }),
        ((0..<17).map { "P\($0)" } + ["P0", "P16", "P17", "P3"], (0..<18).map { "P\($0)" }),
    ]

    @Test("ids are kept once, first seen first", arguments: cases)
    func keepsFirstOccurrences(_ input: [String], _ expected: [String]) {
        var list = OnceList()
        for value in input { list.append(value) }
        #expect(list.values == expected, "appending \(input) gave \(list.values)")
    }
}
