@testable import Accord
import Foundation
import Testing

/// The shipped packs against the development gold set (Fixtures/gold/dev.jsonl): the floors an
/// analyst can count on. `accord eval Tests/AccordTests/Fixtures/gold/dev.jsonl` prints the table.
@Suite("Gold development set")
struct GoldEvaluationTests {
    static let floors: [(field: String, f1: Double)] = [
        ("parties", 0.95), ("forums", 0.95), ("areas", 0.95), ("amounts", 0.95),
        ("agreements", 0.90), ("agreement-parties", 0.90), ("dates", 0.90),
    ]

    static let report: EvaluationReport? = {
        guard let url = Bundle.module.url(forResource: "Fixtures/gold/dev", withExtension: "jsonl"),
              let data = try? Data(contentsOf: url),
              let documents = try? Evaluator.load(data, file: url.path),
              let engine = standardEngine
        else { return nil }
        return Evaluator.evaluate(engine, on: documents)
    }()

    @Test("the gold set is large enough and covers both languages")
    func size() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/gold/dev", withExtension: "jsonl"), "the gold file is bundled")
        let documents = try Evaluator.load(try Data(contentsOf: url), file: url.path)
        #expect(documents.filter { $0.lang == "vi" }.count >= 80, "at least 80 Vietnamese paragraphs")
        #expect(documents.filter { $0.lang == "en" }.count >= 40, "at least 40 English paragraphs")
    }

    @Test("F1 stays above its floor", arguments: floors.map(\.field))
    func floor(field: String) throws {
        let report = try #require(Self.report, "the gold set should load and the standard packs compile")
        let score = try #require(report.score(field), "the report should score \(field)")
        let floor = try #require(Self.floors.first { $0.field == field }?.f1)
        let misses = report.misses.filter { $0.field == field }.prefix(8)
            .map { "\($0.kind.rawValue) \($0.item) (\($0.document))" }.joined(separator: "; ")
        #expect(score.f1 >= floor, "\(field): F1 \(score.f1) (P \(score.precision), R \(score.recall)) is under \(floor); misses: \(misses)")
    }
}
