import Foundation

/// Precision, recall and F1 of an engine against a gold file, per field, with the misses behind them.
package struct EvaluationReport: Sendable {
    /// Counts for one field.
    package struct Score: Sendable, Hashable {
        package var field: String
        package var truePositives = 0
        package var falsePositives = 0
        package var falseNegatives = 0

        package var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        package var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        package var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
        package var gold: Int { truePositives + falseNegatives }
        package var found: Int { truePositives + falsePositives }
    }

    /// One thing the engine missed or made up.
    package struct Miss: Sendable, Hashable {
        package enum Kind: String, Sendable { case missing, unexpected }
        package var field: String
        package var kind: Kind
        package var document: String
        package var item: String
        /// The sentence the item is in, for context.
        package var context: String
    }

    package var scores: [Score]
    package var misses: [Miss]
    package var documents: Int

    /// The score of a field.
    package func score(_ field: String) -> Score? { scores.first { $0.field == field } }

    /// A fixed-width table, one row per field.
    package func table() -> String {
        var lines = ["field               gold  found     TP   precision  recall     F1"]
        for score in scores {
            lines.append(
                score.field.padding(toLength: 18, withPad: " ", startingAt: 0)
                    + pad(score.gold, 6) + pad(score.found, 7) + pad(score.truePositives, 7)
                    + pad(percent(score.precision), 12) + pad(percent(score.recall), 8) + pad(percent(score.f1), 7))
        }
        return lines.joined(separator: "\n")
    }

    /// The worst misses: those of the fields with the lowest F1 first, at most `limit`.
    package func worstMisses(limit: Int) -> [Miss] {
        let rank = Dictionary(uniqueKeysWithValues: scores.map { ($0.field, $0.f1) })
        return misses.enumerated()
            .sorted { (rank[$0.element.field] ?? 1, $0.offset) < (rank[$1.element.field] ?? 1, $1.offset) }
            .prefix(limit).map(\.element)
    }

    private func pad(_ value: Int, _ width: Int) -> String { pad(String(value), width) }
    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
    private func percent(_ value: Double) -> String {
        let scaled = (value * 1000).rounded() / 1000
        return String(format: "%.3f", scaled)
    }
}
