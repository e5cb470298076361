@testable import Accord
import Testing

/// An engine under load: many analyses at once while new engines are built beside it (hot reload).
@Suite("Concurrency stress")
struct StressTests {
    @Test("8 tasks analysing while engines are rebuilt give the single-threaded results")
    func hotReload() async throws {
        let engine = try #require(standardEngine, "the standard packs should compile")
        let texts = [
            TestSupport.seedText ?? "",
            "Nhật Bản và Ấn Độ nhất trí tăng cường hợp tác về năng lượng sạch, khoản vay 5.000 tỷ Yen ngày 7/9.",
            "Japan and India agreed to deepen cooperation in clean energy and pledged $1.5bn in loans.",
            "Hai bên chưa đạt được thỏa thuận về thương mại.",
        ].filter { !$0.isEmpty }
        let expected = texts.map { engine.analyze($0) }
        let mini = try TestSupport.miniPackYAML
        let results = try await withThrowingTaskGroup(of: [(text: Int, analysis: Analysis)].self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var analyses: [(text: Int, analysis: Analysis)] = []
                    for round in 0..<20 {
                        let text = (worker + round) % texts.count
                        analyses.append((text, engine.analyze(texts[text])))
                    }
                    return analyses
                }
            }
            group.addTask {
                // Reloads: a changed pack compiles, a broken one fails, and neither disturbs the engine in use.
                for round in 0..<10 {
                    let changed = mini.replacingOccurrences(of: "version: 0.1.0", with: "version: 0.1.\(round + 1)")
                    _ = try Engine(yaml: [changed])
                    #expect(throws: AccordError.self, "a broken pack must fail to load") {
                        _ = try Engine(yaml: [changed + "\nrulez: []\n"])
                    }
                }
                return []
            }
            var all: [[(text: Int, analysis: Analysis)]] = []
            for try await batch in group { all.append(batch) }
            return all
        }
        let flattened = results.flatMap { $0 }
        #expect(flattened.count == 160, "every analysis came back")
        for (text, analysis) in flattened {
            #expect(analysis == expected[text], "the concurrent analysis of text \(text) differs from the single-threaded one")
        }
    }
}
