import Accord
import ArgumentParser

/// `--rules` and `--no-standard`: the packs a command loads (extract, explain, render, eval).
struct PackOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: "A pack file or directory to load in addition to the standard packs (repeatable).")
    var rules: [String] = []

    @Flag(name: .customLong("no-standard"), help: "Load only the --rules packs (and the standard packs they import).")
    var noStandard = false

    func validate() throws {
        if noStandard && rules.isEmpty { throw ValidationError("--no-standard needs at least one --rules path") }
    }

    /// The engine these options name (see ``PackSelection/engine(rules:noStandard:limits:)``).
    func engine(limits: Limits = .default) throws(AccordError) -> Engine {
        try PackSelection.engine(rules: rules, noStandard: noStandard, limits: limits)
    }
}
