import Dispatch
import Synchronization

/// Runs independent pieces of work on all cores and gives their results back in input order,
/// whatever order they finish in, so what a caller builds from them is deterministic.
enum ConcurrentResults {
    /// Calls `body` for each index of `0..<count` concurrently; returns the results by index.
    static func map<Value: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
        let slots = Slots<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.store(body(index), at: index) }
        return slots.values
    }

    /// One slot per index, each filled once by whichever thread computed it.
    private final class Slots<Value: Sendable>: Sendable {
        private let slots: Mutex<[Value?]>

        init(count: Int) {
            slots = Mutex([Value?](repeating: nil, count: count))
        }

        func store(_ value: Value, at index: Int) {
            slots.withLock { $0[index] = value }
        }

        /// The values by index; `concurrentPerform` returns only once every slot is filled.
        var values: [Value] {
            slots.withLock { slots in
                assert(slots.allSatisfy { $0 != nil }, "every slot is filled before concurrentPerform returns")
                return slots.compactMap { $0 }
            }
        }
    }
}
