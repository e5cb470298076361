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

    @Flag(help: "Also fail every rule that no embedded example makes fire.")
    var coverage = false

    func run() throws {
        let outcomes: [ExampleOutcome]
        let given: [Pack]
        do throws(AccordError) {
            let all: [Pack]
            (given, all) = try PackSelection.load(paths: paths)
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
        var failed = outcomes.filter { !$0.passed }.count
        var passed = outcomes.count - failed
        if coverage {
            let uncovered = PackExampleRunner.uncovered(given, by: outcomes)
            for (rule, location) in uncovered {
                print("\(location): error: rule '\(rule)' fires in no embedded example [ACC603]")
                print("hint: add an example whose text this rule matches (and whose result survives the overlap policy)")
            }
            let rules = given.reduce(0) { $0 + $1.ruleIDs.count }
            print("coverage: \(rules - uncovered.count) of \(rules) rules fire in an example")
            failed += uncovered.count
            passed += rules - uncovered.count
        }
        print("\(passed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }
}
