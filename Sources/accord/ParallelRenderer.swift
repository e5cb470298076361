import Accord
import Dispatch
import Synchronization

/// Renders batches of documents on several threads, keeping the input order.
///
/// Workers take the next unrendered document from a shared counter (documents
/// differ in length, so a fixed split leaves one core idle at the end of each
/// batch) and each keeps its own ``AnalysisSession`` across batches. A document's
/// output depends only on its text — sessions only remember pure facts about
/// spellings — so the result does not depend on which worker rendered what.
struct ParallelRenderer {
    let jobs: Int
    private var sessions: [AnalysisSession]

    init(jobs: Int, engine: Engine) {
        self.jobs = max(1, jobs)
        sessions = (0..<self.jobs).map { _ in AnalysisSession(engine: engine) }
    }

    /// Runs `body` with the first worker's session, on this thread, between batches.
    mutating func withFirstSession<Result>(_ body: (inout AnalysisSession) -> Result) -> Result {
        body(&sessions[0])
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
                let next = Atomic<Int>(0)
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    while true {
                        let index = next.add(1, ordering: .relaxed).oldValue
                        if index >= count { break }
                        slots.render(index, worker: worker, body)
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
