import Accord
import Dispatch

/// Renders a batch of documents on several threads, keeping the input order.
///
/// Each worker takes every `jobs`-th document, so workers write disjoint slots
/// of the output and the result does not depend on scheduling.
struct ParallelRenderer {
    let jobs: Int

    func render(_ count: Int, _ body: @escaping @Sendable (Int) -> String) -> [String] {
        guard jobs > 1, count > 1 else { return (0..<count).map(body) }
        var output = [String](repeating: "", count: count)
        output.withUnsafeMutableBufferPointer { buffer in
            let slots = DisjointSlots(buffer: buffer)
            let workers = min(jobs, count)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var index = worker
                while index < count {
                    slots.write(body(index), at: index)
                    index += workers
                }
            }
        }
        return output
    }
}

/// Output slots that concurrent workers fill; safe because no two workers share an index.
private struct DisjointSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<String>

    func write(_ value: String, at index: Int) {
        buffer[index] = value
    }
}
