import Dispatch

/// Writes rendered batches to standard output in order on a thread of its own, so that with
/// `--jobs` above 1 the next batch is analysed while the last one is written.
///
/// Writing a batch (its output is about three times the input) on the main thread left every
/// worker idle meanwhile, which held two cores to 1.8× one. At most one batch waits to be
/// written, so memory stays flat. With `--jobs 1` the command writes inline instead and runs
/// on one thread.
final class BatchWriter: @unchecked Sendable {
    // @unchecked: `output` and `failed` are touched only by blocks on `queue` (a serial queue),
    // and read by the owner only after `finish()` has waited for them all.
    private var output = LineWriter()
    private var failed = false
    private let queue = DispatchQueue(label: "accord.extract.output")
    private let slot = DispatchSemaphore(value: 1)

    /// Queues a batch's writing after the batches before it; waits while one is already queued.
    ///
    /// - Parameter write: Writes the batch and returns false when one of its lines was malformed.
    func submit(_ write: @escaping @Sendable (inout LineWriter) -> Bool) {
        slot.wait()
        queue.async {
            if !write(&self.output) { self.failed = true }
            // Each batch reaches the output as soon as it is written: an interrupted run loses
            // only the batches in progress.
            self.output.flush()
            self.slot.signal()
        }
    }

    /// Waits until every queued batch is written.
    ///
    /// - Returns: Whether all their lines were well formed.
    func finish() -> Bool {
        queue.sync {}
        return !failed
    }
}
