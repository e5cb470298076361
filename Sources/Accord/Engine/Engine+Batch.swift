import Foundation

extension Engine {
    /// Analyses a stream of texts with bounded concurrency, yielding results in input order.
    ///
    /// At most `maxConcurrency` small chunks of texts are analysed at once and at
    /// most that many finished chunks wait for an earlier one, so memory stays
    /// bounded however long the input is. The output order is the input order, always.
    ///
    /// ```swift
    /// for try await analysis in engine.analyses(of: articles, maxConcurrency: 8) {
    ///     store(analysis)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - texts: The texts to analyse.
    ///   - maxConcurrency: How many texts to analyse in parallel; by default, the number of cores.
    ///   - language: The texts' language, or `nil` to detect it per text.
    ///   - referenceDate: The date relative expressions count from.
    /// - Returns: The analyses, one per text, in order; it finishes with the input, or throws what the input throws.
    public func analyses<Texts: AsyncSequence & Sendable>(
        of texts: Texts,
        maxConcurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
        language: String? = nil,
        referenceDate: CalendarDate? = nil
    ) -> AsyncThrowingStream<Analysis, any Error> where Texts.Element == String {
        let width = max(1, maxConcurrency)
        // Texts go to tasks in small chunks, so each task's session reuses what it learnt
        // about the tokens of earlier texts; chunks come back in order.
        let chunkSize = 16
        let (stream, continuation) = AsyncThrowingStream<Analysis, any Error>.makeStream(bufferingPolicy: .unbounded)
        let engine = self
        let task = Task {
            do {
                try await withThrowingTaskGroup(of: (Int, [Analysis]).self) { group in
                    var waiting: [Int: [Analysis]] = [:]
                    var nextToYield = 0
                    var submitted = 0
                    func drainOne() async throws {
                        guard let (index, analyses) = try await group.next() else { return }
                        waiting[index] = analyses
                        while let ready = waiting.removeValue(forKey: nextToYield) {
                            for analysis in ready { continuation.yield(analysis) }
                            nextToYield += 1
                        }
                    }
                    func submit(_ chunk: [String]) async throws {
                        while submitted - nextToYield >= width { try await drainOne() }
                        let index = submitted
                        group.addTask {
                            var session = AnalysisSession(engine: engine)
                            return (index, chunk.map { session.analyze($0, language: language, referenceDate: referenceDate) })
                        }
                        submitted += 1
                    }
                    var chunk: [String] = []
                    for try await text in texts {
                        chunk.append(text)
                        if chunk.count == chunkSize {
                            try await submit(chunk)
                            chunk.removeAll()
                        }
                    }
                    if !chunk.isEmpty { try await submit(chunk) }
                    while nextToYield < submitted { try await drainOne() }
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
