/// Finds rules that match on their pack's examples but never win: on every example where they
/// match, the overlap policy keeps another rule's result (ACC701, a deep-lint warning).
///
/// Such a rule is dead weight or a priority mistake. Rules that never match at all are not
/// reported here: `accord test --coverage` reports them (ACC603).
package enum ShadowedRuleFinder {
    /// The warnings for the rules of `packIDs` (every pack when `nil`), from their examples.
    package static func warnings(_ engine: Engine, packs packIDs: Set<String>? = nil) -> [Diagnostic] {
        var tallies: [String: [Int32: Tally]] = [:]   // language → rule → what happened to it
        for pack in engine.packs where packIDs?.contains(pack.id) ?? true {
            guard let compiled = engine.compiledByLanguage[pack.language] else { continue }
            let workspace = AnalysisWorkspace(engine: compiled)
            for example in pack.definition.examples where example.text.utf8.count <= engine.limits.maxWindowBytes {
                let trace = ExplainTrace()
                var analyzer = DocumentAnalyzer(engine: compiled, workspace: workspace)
                analyzer.trace = trace
                _ = analyzer.analyze(example.text)
                var perExample: [Int32: Tally] = [:]
                for result in trace.index?.results ?? [] { perExample[result.rule, default: Tally()].accepted += 1 }
                for drop in trace.drops {
                    perExample[drop.dropped.rule, default: Tally()].losses[drop.winner.rule, default: []].insert(drop.reason)
                }
                for (rule, tally) in perExample { tallies[pack.language, default: [:]][rule, default: Tally()].add(tally) }
            }
        }
        var warnings: [Diagnostic] = []
        for (language, rules) in tallies.sorted(by: { $0.key < $1.key }) {
            guard let compiled = engine.compiledByLanguage[language] else { continue }
            for (rule, tally) in rules.sorted(by: { $0.key < $1.key }) where tally.accepted == 0 && !tally.losses.isEmpty {
                let definition = compiled.rules[Int(rule)]
                let pack = compiled.packs[definition.pack]
                guard packIDs?.contains(pack.id) ?? true,
                      let location = pack.rules.first(where: { $0.id == definition.id })?.location else { continue }
                let winners = tally.losses.keys.sorted().map { winner -> String in
                    let reasons = (tally.losses[winner] ?? []).map(\.rawValue).sorted().joined(separator: "/")
                    return "\(compiled.provenances[Int(winner)].pack)/\(compiled.provenances[Int(winner)].rule) (\(reasons))"
                }
                warnings.append(Diagnostic(
                    .ruleShadowed,
                    "rule '\(definition.id)' matches its pack's examples but never wins: on every one, another result of kind '\(definition.kind)' overlaps it and is kept: \(winners.joined(separator: ", "))",
                    hint: "raise its priority, narrow the rule that wins, add an example where it should win, or remove it; `accord explain --rule \(pack.id)/\(definition.id) TEXT` shows each decision",
                    at: location, severity: .warning))
            }
        }
        return warnings
    }

    /// What happened to one rule's matches.
    private struct Tally {
        var accepted = 0
        /// Winner rule → the criteria it won by.
        var losses: [Int32: Set<ExplainTrace.OverlapReason>] = [:]

        mutating func add(_ other: Tally) {
            accepted += other.accepted
            for (winner, reasons) in other.losses { losses[winner, default: []].formUnion(reasons) }
        }
    }
}
