@testable import Accord
import Testing

/// An agreement's id lists keep each id once, in the order first seen, below and past the
/// length where a set takes over from scanning.
@Suite("Once lists")
struct OnceListTests {
    // Id numbers as ``MentionIDs`` gives them: table indices, and negative numbers for ids
    // outside the table.
    static let cases: [(input: [Int32], expected: [Int32])] = [
        ([], []),
        ([7, 3, 7, -1, 3, -1, 0], [7, 3, -1, 0]),
        // Past sixteen distinct ids the set takes over: repeats before and after the switch.
        ((0..<40).map { $0 % 25 }, Array(0..<25)),
        (Array(0..<17) + [0, 16, 17, 3, -2, -2], Array(0..<18) + [-2]),
    ]

    @Test("ids are kept once, first seen first", arguments: cases)
    func keepsFirstOccurrences(_ input: [Int32], _ expected: [Int32]) {
        var list = OnceList()
        for value in input { list.append(value) }
        #expect(list.values == expected, "appending \(input) gave \(list.values)")
    }
}
