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

    @Option(name: .customLong("rules"), help: "A pack file or directory to load in addition to the standard packs (repeatable).")
    var rules: [String] = []

    @Flag(name: .customLong("no-standard"), help: "Load only the --rules packs (and the standard packs they import).")
    var noStandard = false

    @Option(help: "The text's language (vi, en); detected when omitted.")
    var language: String?

    @Option(name: .customLong("reference-date"), help: "YYYY-MM-DD that relative dates count from.")
    var referenceDate: String?

    func validate() throws {
        if noStandard && rules.isEmpty { throw ValidationError("--no-standard needs at least one --rules path") }
        if let referenceDate, CalendarDate(referenceDate) == nil {
            throw ValidationError("--reference-date must be a date written YYYY-MM-DD, such as 2022-09-08")
        }
    }

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
            let engine = try PackSelection.engine(rules: rules, noStandard: noStandard)
            let explanation = try engine.explain(text, language: language, referenceDate: referenceDate.flatMap(CalendarDate.init),
                                                 rule: rule)
            print(explanation.report(onlyRule: rule != nil), terminator: "")
        } catch {
            PackSelection.report(error)
            throw ExitCode(1)
        }
    }
}
