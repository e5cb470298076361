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
/// so a fixed split leaves one core idle at the end of each batch), and a worker with nothing
/// left of one batch goes on to the next one queued. A document's output depends
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
    /// worth of idle time per batch when the workers waited for it). Batches begun before this
    /// one is finished queue behind it: a worker with no run left of one batch goes on to the
    /// next instead of waiting for the others to finish theirs. With `--jobs 1` the one session
    /// renders the batch here.
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
            batch.rendered.signal()
            return batch
        }
        guard count > 0 else {
            batch.rendered.signal()
            return batch
        }
        workers.submit(WorkerJob(count: count, longestRun: longestRun, workers: jobs, done: batch.rendered) { session, run in
            batch.fill(run, with: body(&session, run))
        })
        return batch
    }

    /// Waits until a batch ``begin(_:longestRun:_:)`` started is rendered and returns its
    /// outputs in item order.
    mutating func finish<Output: Sendable>(_ batch: RenderingBatch<Output>) -> [Output] {
        batch.rendered.wait()
        return batch.outputs()
    }
}

/// The outputs of a batch being rendered: one slot per item, each filled by the one worker that
/// took the item's run.
final class RenderingBatch<Output: Sendable>: @unchecked Sendable {
    // @unchecked: workers write disjoint slots (each run is taken once, `NextRun`), and the owner
    // reads them only after `rendered` is signalled by the worker that filled the last (its
    // count of unrendered items is read and written acquiring and releasing). The
    // slots are raw memory, not an array, so that two workers' writes are not two mutating
    // accesses of one stored property.
    private let slots: UnsafeMutableBufferPointer<Output?>
    /// Signalled once every slot is filled.
    fileprivate let rendered = DispatchSemaphore(value: 0)

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

/// Threads that each keep one analysis session for the whole run and render the batches handed to them.
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
        shared = WorkerHandoff()
        for worker in 0..<count {
            let shared = self.shared
            let thread = Thread { shared.work(engine: engine) }
            thread.name = "accord worker \(worker + 1)"
            thread.start()
        }
    }

    /// The workers leave their loops once no batch is left; the threads end with them.
    deinit { shared.stop() }

    /// Queues a batch's job behind those handed over before it.
    func submit(_ job: WorkerJob) {
        shared.submit(job)
    }
}

/// One batch's work for the workers: runs of its items, taken until none is left.
private final class WorkerJob: Sendable {
    private let count: Int
    private let longestRun: Int
    private let workers: Int
    private let render: @Sendable (inout AnalysisSession, Range<Int>) -> Void
    private let next = NextRun()
    /// The items not rendered yet: the worker that renders the last ones signals `done`.
    private let unrendered: Atomic<Int>
    private let done: DispatchSemaphore

    init(count: Int, longestRun: Int, workers: Int, done: DispatchSemaphore,
         render: @escaping @Sendable (inout AnalysisSession, Range<Int>) -> Void) {
        self.count = count
        self.longestRun = longestRun
        self.workers = workers
        self.render = render
        self.done = done
        unrendered = Atomic(count)
    }

    /// Whether every run has been taken (some may still be rendering).
    var isTaken: Bool { next.isExhausted(below: count) }

    /// Renders runs with `session` until none is left to take.
    func work(_ session: inout AnalysisSession) {
        while let run = next.take(below: count, longest: longestRun, workers: workers) {
            render(&session, run)
            // Acquiring and releasing: the worker that renders the last items has seen every
            // other worker's slots filled, and the semaphore hands them on to the waiting owner.
            if unrendered.subtract(run.count, ordering: .acquiringAndReleasing).newValue == 0 { done.signal() }
        }
    }
}

/// What the main thread and the workers share: the jobs handed over and not yet all taken, in
/// order, behind a lock.
private final class WorkerHandoff: @unchecked Sendable {
    // @unchecked: `jobs` and `stopping` are read and written with `condition` locked only.
    private let condition = NSCondition()
    private var jobs: [WorkerJob] = []
    private var stopping = false

    /// Queues a job behind the others and wakes the workers.
    func submit(_ job: WorkerJob) {
        condition.lock()
        jobs.append(job)
        condition.broadcast()
        condition.unlock()
    }

    /// Lets the workers leave their loops once every job is taken.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    /// The oldest job with runs left to take, waiting for one; nil once stopped with none left.
    private func nextJob() -> WorkerJob? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            // At most two jobs are queued (the batch rendering, the one read after it).
            while let first = jobs.first, first.isTaken { jobs.removeFirst() }
            if let first = jobs.first { return first }
            if stopping { return nil }
            condition.wait()
        }
    }

    /// A worker's loop: one session, made here, for every job.
    func work(engine: Engine) {
        var session = AnalysisSession(engine: engine)
        while let job = nextJob() { job.work(&session) }
    }
}

/// The next run of documents for the workers to take.
private final class NextRun: Sendable {
    private let next = Atomic<Int>(0)

    /// Whether every item below `count` has been claimed.
    func isExhausted(below count: Int) -> Bool { next.load(ordering: .relaxed) >= count }

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
