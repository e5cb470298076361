import Accord
import ArgumentParser

/// `accord test PATH…`: runs the packs' embedded examples.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the embedded examples of rule packs; exit 1 if any fails.")

    @Argument(help: "Pack files or directories of packs.")
    var paths: [String]

    @Flag(name: .shortAndLong, help: "List every example, not only failures.")
    var verbose = false

    func run() throws {
        let outcomes: [ExampleOutcome]
        do throws(AccordError) {
            let (given, all) = try PackSelection.load(paths: paths)
            let engine = try Engine(packs: all)
            outcomes = PackExampleRunner.run(engine, only: Set(given.map(\.id)))
        } catch {
            PackSelection.report(error)
            throw ExitCode(1)
        }
        for outcome in outcomes where verbose || !outcome.passed {
            if outcome.passed {
                print("\(outcome.location): passed")
            } else {
                print("\(outcome.location): error: example failed [ACC602]")
                print("    \(outcome.text)")
                for failure in outcome.failures { print("    - \(failure)") }
            }
        }
        let failed = outcomes.filter { !$0.passed }.count
        print("\(outcomes.count - failed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }
}
