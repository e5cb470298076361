import Accord
import ArgumentParser
import Foundation

/// `accord eval GOLD.jsonl`: precision, recall and F1 of the packs against a gold file.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the packs against a gold JSONL file: precision, recall and F1 per field, and the worst misses.")

    @Argument(help: "Gold files: one {\"id\", \"lang\", \"text\", \"gold\"} object per line.")
    var gold: [String]

    @OptionGroup var packs: PackOptions

    @Option(help: "How many misses to print.")
    var misses = 25

    @Option(help: "Only evaluate documents in this language.")
    var language: String?

    func run() throws {
        var documents: [GoldDocument] = []
        let engine: Engine
        do throws(AccordError) {
            for file in gold {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw AccordError(.fileUnreadable, "the gold file cannot be read", hint: "check the path",
                                      at: SourceLocation(file: file, line: 1, column: 1))
                }
                documents += try Evaluator.load(data, file: file)
            }
            engine = try packs.engine()
        } catch {
            PackSelection.report(error)
            throw ExitCode(1)
        }
        if let language { documents = documents.filter { $0.lang == language } }
        let report = Evaluator.evaluate(engine, on: documents)
        print("\(report.documents) documents")
        print(report.table())
        let worst = report.worstMisses(limit: misses)
        if !worst.isEmpty {
            print("\nworst misses:")
            for miss in worst {
                print("  [\(miss.field)] \(miss.kind.rawValue) \(miss.item)  (\(miss.document))")
                print("      \(miss.context)")
            }
        }
    }
}
