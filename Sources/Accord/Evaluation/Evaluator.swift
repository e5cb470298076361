import Foundation

/// Scores an engine against gold documents, field by field.
///
/// Parties, forums and areas compare as sets per document; amounts as
/// multisets of (value, currency, approximate); dates by value (or text) with
/// overlapping spans; agreements by sentence and kind (a gold agreement's
/// `alt_kinds` are accepted too), one to one; agreement parties compare as sets
/// over the agreements matched. Agreements the engine reports as negated are left out,
/// as the gold guidelines leave them out.
package enum Evaluator {
    /// The gold documents of a JSONL file; a malformed line is an error with its line number.
    package static func load(_ data: Data, file: String) throws(AccordError) -> [GoldDocument] {
        var documents: [GoldDocument] = []
        let decoder = JSONDecoder()
        for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            do {
                documents.append(try decoder.decode(GoldDocument.self, from: Data(line)))
            } catch {
                throw AccordError(.invalidInput, "line \(number + 1) is not a gold document: \(Self.describe(error))",
                                  hint: "each line is {\"id\", \"lang\", \"text\", \"gold\": {…}} as documented in README",
                                  at: SourceLocation(file: file, line: number + 1, column: 1))
            }
        }
        return documents
    }

    /// Evaluates the engine on every document.
    package static func evaluate(_ engine: Engine, on documents: [GoldDocument]) -> EvaluationReport {
        var scores = Dictionary(uniqueKeysWithValues: fields.map { ($0, EvaluationReport.Score(field: $0)) })
        var misses: [EvaluationReport.Miss] = []
        for document in documents {
            let analysis = engine.analyze(document.text, language: document.lang)
            var scorer = DocumentScorer(document: document, analysis: analysis)
            scorer.run()
            for (field, score) in scorer.scores {
                scores[field]?.truePositives += score.truePositives
                scores[field]?.falsePositives += score.falsePositives
                scores[field]?.falseNegatives += score.falseNegatives
            }
            misses += scorer.misses
        }
        return EvaluationReport(scores: fields.compactMap { scores[$0] }, misses: misses, documents: documents.count)
    }

    /// The fields scored, in report order.
    package static let fields = ["parties", "forums", "areas", "agreements", "agreement-parties", "amounts", "dates"]

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing key '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        case DecodingError.dataCorrupted:
            return "invalid JSON"
        default:
            return "\(error)"
        }
    }
}
