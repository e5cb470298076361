import Accord
import ArgumentParser

/// `accord lint PATH…`: validates packs and prints every problem compiler-style (or as JSON).
///
/// Packs that compile are then deep-linted (`ShadowedRuleFinder`, `PackLinter`): warnings (`ACC701`…) for what compiles
/// but probably does not do what the author meant. Warnings alone exit 0, or 1 with `--strict`.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Validate rule packs; print each problem as file:line:column: error: message.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Pack files or directories of packs.")
    var paths: [String]

    @Option(help: "text (compiler-style, on standard error) or json (one document on standard output, for editors and CI).")
    var format: Format = .text

    @Flag(help: "Exit with status 1 on warnings too, not only on errors.")
    var strict = false

    func run() throws {
        var diagnostics: [Diagnostic] = []
        var packCount = 0
        var ruleCount = 0
        do throws(AccordError) {
            let (given, all) = try PackSelection.load(paths: paths)
            let engine = try Engine(packs: all)
            packCount = given.count
            ruleCount = given.reduce(0) { $0 + $1.ruleIDs.count }
            // Only the packs named on the command line: the standard packs they import are linted on their own.
            let named = Set(given.map(\.id))
            diagnostics = ShadowedRuleFinder.warnings(engine, packs: named) + PackLinter(packs: all).warnings(for: named)
        } catch {
            diagnostics = error.diagnostics
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        switch format {
        case .text:
            if errors > 0 {
                PackSelection.report(AccordError(diagnostics))
            } else {
                for diagnostic in diagnostics { StandardError.write(diagnostic.description) }
                let packs = "\(packCount) pack\(packCount == 1 ? "" : "s"), \(ruleCount) rules"
                print(warnings == 0 ? "\(packs): no problems" : "\(packs): no errors, \(warnings) warning\(warnings == 1 ? "" : "s")")
            }
        case .json:
            print(Self.json(diagnostics))
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }

    /// `{"schema": 1, "errors": N, "warnings": N, "diagnostics": [{code, severity, message, hint, file, line, column}]}`.
    static func json(_ diagnostics: [Diagnostic]) -> String {
        var writer = JSONWriter()
        let errors = diagnostics.filter { $0.severity == .error }.count
        writer.beginObject()
        writer.field("schema", 1)
        writer.field("errors", errors)
        writer.field("warnings", diagnostics.count - errors)
        writer.key("diagnostics"); writer.beginArray()
        for diagnostic in diagnostics { writer.diagnostic(diagnostic) }
        writer.endArray()
        writer.endObject()
        return writer.output
    }
}
