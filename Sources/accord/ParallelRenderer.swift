import Accord
import Dispatch
import Foundation
import Synchronization

/// Renders batches of documents on several threads, keeping the input order.
///
/// With more than one job, each worker is a thread of its own that makes its own
/// ``AnalysisSession`` and keeps it for the whole run. Workers take the next run of unrendered
/// documents from a shared counter, a run because a session analyses documents faster several
/// at a time (``AnalysisSession/analyzeJSON(batch:language:referenceDate:)``), shorter runs
/// towards the end of a batch so the workers finish it together (documents differ in length,
/// so a fixed split leaves one core idle at the end of each batch). A document's output depends
/// only on its text — sessions only remember pure facts about spellings — so the result does
/// not depend on which worker rendered what.
struct ParallelRenderer {
    let jobs: Int
    private let engine: Engine
    /// The session of `--jobs 1`, and of documents streamed between batches; made on first use
    /// when there are workers.
    private var session: AnalysisSession?
    private let workers: RenderWorkers?

    init(jobs: Int, engine: Engine) {
        self.jobs = max(1, jobs)
        self.engine = engine
        workers = self.jobs > 1 ? RenderWorkers(count: self.jobs, engine: engine) : nil
        if workers == nil { session = AnalysisSession(engine: engine) }
    }

    /// Whether ``begin(_:longestRun:_:)`` returns before the batch is rendered (with workers).
    var rendersInBackground: Bool { workers != nil }

    /// Runs `body` with the session of this thread (the one `--jobs 1` renders with; with
    /// workers, made on first use for records streamed between batches).
    mutating func withMainSession<Result>(_ body: (inout AnalysisSession) -> Result) -> Result {
        // Taken out and put back, not force-unwrapped in place: the session stays uniquely held.
        var current = session.take() ?? AnalysisSession(engine: engine)
        defer { session = current }
        return body(&current)
    }

    /// Starts rendering items `0..<count` in runs of consecutive items, `body` making one output
    /// per item of its run; ``finish(_:)`` waits for them and returns them in item order.
    ///
    /// With workers this returns at once, so the caller can read the next batch while they render
    /// this one (reading a 1 MB batch took the main thread about half a millisecond, a core's
    /// worth of idle time per batch when the workers waited for it). With `--jobs 1` the one
    /// session renders the batch here.
    ///
    /// - Parameter longestRun: The most items a worker takes at once; with `--jobs 1` the one
    ///   session takes them all in one run.
    mutating func begin<Output: Sendable>(
        _ count: Int, longestRun: Int, _ body: @escaping @Sendable (inout AnalysisSession, Range<Int>) -> [Output]
    ) -> RenderingBatch<Output> {
        let batch = RenderingBatch<Output>(count: count)
        guard let workers else {
            let rendered = withMainSession { session in count > 0 ? body(&session, 0..<count) : [] }
            batch.fill(0..<count, with: rendered)
            return batch
        }
        let jobs = self.jobs
        let next = NextRun()
        workers.start { session in
            while let run = next.take(below: count, longest: longestRun, workers: jobs) {
                batch.fill(run, with: body(&session, run))
            }
        }
        return batch
    }

    /// Waits until the batch ``begin(_:longestRun:_:)`` started is rendered and returns its
    /// outputs in item order.
    mutating func finish<Output: Sendable>(_ batch: RenderingBatch<Output>) -> [Output] {
        workers?.wait()
        return batch.outputs()
    }
}

/// The outputs of a batch being rendered: one slot per item, each filled by the one worker that
/// took the item's run.
final class RenderingBatch<Output: Sendable>: @unchecked Sendable {
    // @unchecked: workers write disjoint slots (each run is taken once, `NextRun`), and the owner
    // reads them only after `WorkerHandoff.wait()`, whose semaphores order the accesses. The
    // slots are raw memory, not an array, so that two workers' writes are not two mutating
    // accesses of one stored property.
    private let slots: UnsafeMutableBufferPointer<Output?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Stores the outputs of the items of `run`.
    func fill(_ run: Range<Int>, with rendered: [Output]) {
        precondition(rendered.count == run.count && run.lowerBound >= 0 && run.upperBound <= slots.count,
                     "a run must render one output per item")
        for (offset, item) in rendered.enumerated() { slots[run.lowerBound + offset] = item }
    }

    /// The outputs in item order; every slot was filled (a run renders one output per item).
    fileprivate func outputs() -> [Output] {
        slots.compactMap { $0 }
    }
}

/// Threads that each keep one analysis session for the whole run and render a batch when told.
///
/// A session is made on its worker's thread and used only there, so the memory it allocates,
/// then and while it analyses, comes from that thread's own `malloc` arena. Sessions used from
/// whichever thread ran a batch (as `DispatchQueue.concurrentPerform` picks them) had their
/// objects interleaved in the same arenas, two workers' reference counts sharing cache lines:
/// with two jobs the run spent 7% more processor time than one job did, most of it in
/// `swift_retain`.
private final class RenderWorkers {
    private let shared: WorkerHandoff

    init(count: Int, engine: Engine) {
        shared = WorkerHandoff(count: count)
        for worker in 0..<count {
            let shared = self.shared
            let thread = Thread { shared.work(worker, engine: engine) }
            thread.name = "accord worker \(worker + 1)"
            thread.start()
        }
    }

    /// The workers leave their loops; the threads end with them.
    deinit { shared.stop() }

    /// Starts `task` once on every worker, with its session; ``wait()`` waits for all of them.
    func start(_ task: @escaping @Sendable (inout AnalysisSession) -> Void) {
        shared.start(task)
    }

    /// Waits until every worker has finished the task ``start(_:)`` gave it.
    func wait() {
        shared.wait()
    }
}

/// What the main thread and the workers share: the task of the batch and the semaphores that
/// hand it over. The task is written before the workers are signalled and read after they
/// wake, so the semaphores order every access.
private final class WorkerHandoff: @unchecked Sendable {
    private var task: (@Sendable (inout AnalysisSession) -> Void)?
    private var stopping = false
    /// Whether a task was started and not yet waited for; the owner's thread only.
    private var running = false
    private let start: [DispatchSemaphore]
    private let done = DispatchSemaphore(value: 0)

    init(count: Int) {
        start = (0..<count).map { _ in DispatchSemaphore(value: 0) }
    }

    /// Hands `task` to every worker. Called by the owner only, and not again before `wait()`.
    func start(_ task: @escaping @Sendable (inout AnalysisSession) -> Void) {
        assert(!running, "a task is already running")
        self.task = task
        running = true
        for semaphore in start { semaphore.signal() }
    }

    /// Waits for every worker to finish the task `start` gave it; returns at once when none runs.
    func wait() {
        guard running else { return }
        for _ in start { done.wait() }
        task = nil
        running = false
    }

    func stop() {
        wait()
        stopping = true
        for semaphore in start { semaphore.signal() }
    }

    /// A worker's loop: one session, made here, for every batch.
    func work(_ worker: Int, engine: Engine) {
        var session = AnalysisSession(engine: engine)
        while true {
            start[worker].wait()
            if stopping { return }
            task?(&session)
            done.signal()
        }
    }
}

/// The next run of documents for the workers to take.
private final class NextRun: Sendable {
    private let next = Atomic<Int>(0)

    /// Claims the next run of items below `count`: at most `longest`, and no more than a share
    /// of what is left for each of `workers` twice over, so the last runs are short.
    func take(below count: Int, longest: Int, workers: Int) -> Range<Int>? {
        var start = next.load(ordering: .relaxed)
        while start < count {
            let length = min(longest, max(1, (count - start) / (2 * workers)))
            let (exchanged, current) = next.compareExchange(expected: start, desired: start + length, ordering: .relaxed)
            if exchanged { return start..<start + length }
            start = current
        }
        return nil
    }
}
