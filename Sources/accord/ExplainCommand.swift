import Accord
import ArgumentParser
import Foundation

/// `accord explain [--rule ID] TEXT|FILE`: shows how the engine read a text and why each rule
/// fired — or, with `--rule`, why that rule did not.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show tokens, normalisation, lexicon hits, rule matches and overlap decisions for a text.",
        discussion: """
            With --rule ID (or PACK/ID) only that rule's matches are listed, and when it produced \
            nothing the report says which pattern element failed first, and where.
            """)

    @Argument(help: "The text to explain, or a file holding it ('-' reads standard input).")
    var input: String

    @Option(help: "A rule id (consensus) or pack/rule (vi-agreements/consensus) to explain in particular.")
    var rule: String?

    @OptionGroup var packs: PackOptions

    @OptionGroup var documents: DocumentOptions

    func run() throws {
        let text: String
        if input == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else if FileManager.default.fileExists(atPath: input) {
            guard let data = FileManager.default.contents(atPath: input) else {
                StandardError.write("\(input):1:1: error: the file cannot be read [ACC101]\nhint: check the path and permissions")
                throw ExitCode(1)
            }
            text = String(decoding: data, as: UTF8.self)
        } else {
            text = input
        }
        do throws(AccordError) {
            let engine = try packs.engine()
            let explanation = try engine.explain(text, language: documents.language, referenceDate: documents.reference, rule: rule)
            print(explanation.report(onlyRule: rule != nil), terminator: "")
        } catch {
            PackSelection.report(error)
            throw ExitCode(1)
        }
    }
}
