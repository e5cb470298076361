import Accord
import ArgumentParser

/// `accord lint PATH…`: validates packs and prints every problem compiler-style.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Validate rule packs; print each problem as file:line:column: error: message.")

    @Argument(help: "Pack files or directories of packs.")
    var paths: [String]

    func run() throws {
        do throws(AccordError) {
            let (given, all) = try PackSelection.load(paths: paths)
            _ = try Engine(packs: all)
            let rules = given.reduce(0) { $0 + $1.ruleIDs.count }
            print("\(given.count) pack\(given.count == 1 ? "" : "s"), \(rules) rules: no problems")
        } catch {
            PackSelection.report(error)
            throw ExitCode(1)
        }
    }
}
