@testable import Accord
import Testing

@Suite("Batch analysis")
struct BatchTests {
    @Test("analyses a stream in input order with bounded concurrency", arguments: [1, 3, 8])
    func ordered(width: Int) async throws {
        let engine = try TestSupport.miniEngine()
        let texts = (0..<40).map { index in
            index % 3 == 0 ? "Nhật Bản và Ấn Độ nhất trí lần \(index)." : "Không có gì \(index) ở đây, khoảng \(index) tỷ USD."
        }
        let stream = AsyncStream<String> { continuation in
            for text in texts { continuation.yield(text) }
            continuation.finish()
        }
        var results: [Analysis] = []
        for try await analysis in engine.analyses(of: stream, maxConcurrency: width) { results.append(analysis) }
        #expect(results.count == texts.count, "one analysis per text")
        #expect(results == texts.map { engine.analyze($0) }, "the stream gives the sequential results, in order, with \(width) at once")
    }
}
