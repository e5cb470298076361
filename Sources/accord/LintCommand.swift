import Accord
import ArgumentParser

/// `accord lint PATH…`: validates packs and prints every problem compiler-style (or as JSON).
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Validate rule packs; print each problem as file:line:column: error: message.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Pack files or directories of packs.")
    var paths: [String]

    @Option(help: "text (compiler-style, on standard error) or json (one document on standard output, for editors and CI).")
    var format: Format = .text

    func run() throws {
        var diagnostics: [Diagnostic] = []
        var summary = ""
        do throws(AccordError) {
            let (given, all) = try PackSelection.load(paths: paths)
            _ = try Engine(packs: all)
            let rules = given.reduce(0) { $0 + $1.ruleIDs.count }
            summary = "\(given.count) pack\(given.count == 1 ? "" : "s"), \(rules) rules: no problems"
        } catch {
            diagnostics = error.diagnostics
        }
        switch format {
        case .text:
            if diagnostics.isEmpty { print(summary) } else { PackSelection.report(AccordError(diagnostics)) }
        case .json:
            print(Self.json(diagnostics))
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    /// `{"schema": 1, "errors": N, "diagnostics": [{code, severity, message, hint, file, line, column}]}`.
    static func json(_ diagnostics: [Diagnostic]) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("schema", 1)
        writer.field("errors", diagnostics.filter { $0.severity == .error }.count)
        writer.key("diagnostics"); writer.beginArray()
        for diagnostic in diagnostics { writer.diagnostic(diagnostic) }
        writer.endArray()
        writer.endObject()
        return writer.output
    }
}
