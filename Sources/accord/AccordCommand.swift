import Accord
import ArgumentParser

/// `accord`: extract cooperation facts from news text, and lint and test rule packs.
@main
struct AccordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accord",
        abstract: "Extract agreements, parties, forums, cooperation areas, amounts and dates from news text.",
        version: Engine.version,
        subcommands: [ExtractCommand.self, ExplainCommand.self, RenderCommand.self, LintCommand.self, TestCommand.self, EvalCommand.self],
        defaultSubcommand: ExtractCommand.self)
}
