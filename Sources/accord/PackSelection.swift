import Accord
import ArgumentParser
import Foundation

/// Loads packs from paths, pulling in the standard packs they import.
enum PackSelection {
    /// Packs under `paths`, plus every standard pack they import (transitively) that is not among them.
    static func load(paths: [String]) throws(AccordError) -> (given: [Pack], all: [Pack]) {
        var given: [Pack] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            do throws(AccordError) {
                given += try Pack.packs(inDirectory: URL(fileURLWithPath: path))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw AccordError(diagnostics) }
        return (given, try withImports(given))
    }

    /// The engine for `--rules` and `--no-standard`: the standard packs plus the extra ones, or only
    /// the extra ones with the standard packs they import.
    static func engine(rules: [String], noStandard: Bool, limits: Limits = .default) throws(AccordError) -> Engine {
        var packs = noStandard ? [] : try Engine.standardPacks()
        if !rules.isEmpty {
            let extra = try load(paths: rules).given
            packs = noStandard ? try withImports(extra) : packs + extra
        }
        return try Engine(packs: packs, limits: limits)
    }

    /// Adds the standard packs that `packs` import but do not include.
    static func withImports(_ packs: [Pack]) throws(AccordError) -> [Pack] {
        var loaded = Set(packs.map(\.id))
        var wanted = packs.flatMap(\.imports).filter { !loaded.contains($0) }
        guard !wanted.isEmpty else { return packs }
        let standard = try Engine.standardPacks()
        var added: [Pack] = []
        while let id = wanted.popLast() {
            guard !loaded.contains(id), let pack = standard.first(where: { $0.id == id }) else { continue }
            loaded.insert(id)
            added.append(pack)
            wanted += pack.imports
        }
        // Keep the standard packs' own order so results do not depend on the import graph.
        let order = Dictionary(uniqueKeysWithValues: standard.enumerated().map { ($1.id, $0) })
        return added.sorted { (order[$0.id] ?? 0) < (order[$1.id] ?? 0) } + packs
    }

    /// Prints diagnostics compiler-style on standard error.
    static func report(_ error: AccordError) {
        for diagnostic in error.diagnostics { StandardError.write(diagnostic.description) }
        let errors = error.diagnostics.filter { $0.severity == .error }.count
        StandardError.write("\(errors) error\(errors == 1 ? "" : "s")")
    }
}
