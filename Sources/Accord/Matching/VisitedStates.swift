/// The program states one traversal of the compiled pattern program has visited, for the
/// compiler's analyses that walk it many times (``MatcherRequirements``).
///
/// A stamp per state, not a `Set<Int32>` per walk: finding a matcher's requirements walks the
/// program once per candidate item, and hashing every state visited was most of compiling the
/// standard packs' requirements.
struct VisitedStates {
    private var stamps: [UInt32]
    private var stamp: UInt32 = 0

    /// Room for the states `0..<count`; states outside it are never visited.
    init(count: Int) {
        stamps = [UInt32](repeating: 0, count: count)
    }

    /// Starts a new traversal: no state is visited.
    mutating func begin() {
        stamp &+= 1
        if stamp == 0 {
            for index in stamps.indices { stamps[index] = 0 }
            stamp = 1
        }
    }

    /// Marks a state visited; returns whether it was not yet (false for a state outside the program).
    mutating func insert(_ state: Int32) -> Bool {
        guard state >= 0, Int(state) < stamps.count, stamps[Int(state)] != stamp else { return false }
        stamps[Int(state)] = stamp
        return true
    }
}
