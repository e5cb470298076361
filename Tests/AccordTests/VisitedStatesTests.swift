@testable import Accord
import Testing

@Suite("Visited states")
struct VisitedStatesTests {
    @Test("a state is new once per traversal, and states outside the program never are")
    func onceEachTraversal() {
        var visited = VisitedStates(count: 4)
        for traversal in 0..<3 {
            visited.begin()
            for state: Int32 in [2, 0, 3] {
                let new = visited.insert(state)
                #expect(new, "traversal \(traversal): state \(state) should be new")
            }
            let again = visited.insert(2), other = visited.insert(1)
            #expect(!again, "traversal \(traversal): state 2 was visited already")
            #expect(other, "traversal \(traversal): state 1 is still new")
            for outside: Int32 in [-1, 4, 100] {
                let inserted = visited.insert(outside)
                #expect(!inserted, "state \(outside) is outside the program")
            }
        }
    }
}
