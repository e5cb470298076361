import Accord
import Dispatch

/// Renders batches of documents on several threads, keeping the input order.
///
/// Each worker takes every `jobs`-th document of a batch and keeps its own
/// ``AnalysisSession`` across batches, so workers write disjoint slots of the
/// output and the result does not depend on scheduling.
struct ParallelRenderer {
    let jobs: Int
    private var sessions: [AnalysisSession]

    init(jobs: Int, engine: Engine) {
        self.jobs = max(1, jobs)
        sessions = (0..<self.jobs).map { _ in AnalysisSession(engine: engine) }
    }

    mutating func render<Output: Sendable>(_ count: Int, _ body: @escaping @Sendable (inout AnalysisSession, Int) -> Output) -> [Output] {
        if jobs == 1 || count < 2 {
            return (0..<count).map { body(&sessions[0], $0) }
        }
        var output = [Output?](repeating: nil, count: count)
        let workers = min(jobs, count)
        output.withUnsafeMutableBufferPointer { buffer in
            sessions.withUnsafeMutableBufferPointer { sessionBuffer in
                let slots = DisjointSlots<Output>(output: buffer, sessions: sessionBuffer)
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    var index = worker
                    while index < count {
                        slots.render(index, worker: worker, body)
                        index += workers
                    }
                }
            }
        }
        return output.compactMap { $0 }   // every slot was filled: count in, count out
    }
}

/// Output slots and sessions that concurrent workers use; safe because each output index
/// belongs to one worker and each worker uses only its own session.
private struct DisjointSlots<Output>: @unchecked Sendable {
    let output: UnsafeMutableBufferPointer<Output?>
    let sessions: UnsafeMutableBufferPointer<AnalysisSession>

    func render(_ index: Int, worker: Int, _ body: (inout AnalysisSession, Int) -> Output) {
        output[index] = body(&sessions[worker], index)
    }
}
