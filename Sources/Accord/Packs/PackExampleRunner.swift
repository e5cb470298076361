import Foundation

/// The outcome of one embedded example.
package struct ExampleOutcome: Sendable, Hashable {
    /// The pack the example belongs to.
    package var pack: String
    /// Where the example is.
    package var location: SourceLocation
    /// The example's text.
    package var text: String
    /// What did not match; empty when the example passed.
    package var failures: [String]
    /// The rules (`pack/rule`) whose results the example's analysis reports.
    package var firedRules: Set<String>
    /// Whether the example passed.
    package var passed: Bool { failures.isEmpty }
}

/// Runs packs' embedded examples through an engine and compares results with expectations.
package enum PackExampleRunner {
    /// Runs the examples of every pack of the engine (or of `only`, by pack id).
    package static func run(_ engine: Engine, only packIDs: Set<String>? = nil) -> [ExampleOutcome] {
        var outcomes: [ExampleOutcome] = []
        for pack in engine.packs where packIDs?.contains(pack.id) ?? true {
            for example in pack.definition.examples {
                let analysis = engine.analyze(example.text, language: pack.language)
                outcomes.append(ExampleOutcome(pack: pack.id, location: example.location, text: example.text,
                                               failures: check(example, against: analysis), firedRules: firedRules(analysis)))
            }
        }
        return outcomes
    }

    /// The rules behind every result of an analysis, agreements' attachments included.
    static func firedRules(_ analysis: Analysis) -> Set<String> {
        var provenances = analysis.parties.map(\.provenance) + analysis.forums.map(\.provenance)
        provenances += analysis.cooperations.map(\.provenance) + analysis.agreements.map(\.provenance)
        provenances += analysis.amounts.map(\.provenance) + analysis.dates.map(\.provenance)
        provenances += analysis.officials.map(\.provenance) + analysis.matches.map(\.provenance)
        return Set(provenances.map { "\($0.pack)/\($0.rule)" })
    }

    /// The rules of the given packs that no example made fire, with where each is defined.
    package static func uncovered(_ packs: [Pack], by outcomes: [ExampleOutcome]) -> [(rule: String, location: SourceLocation)] {
        let fired = outcomes.reduce(into: Set<String>()) { $0.formUnion($1.firedRules) }
        return packs.flatMap { pack in
            pack.definition.rules.compactMap { rule in
                fired.contains("\(pack.id)/\(rule.id)") ? nil : ("\(pack.id)/\(rule.id)", rule.location)
            }
        }
    }

    /// Every way the analysis differs from the example's expectations.
    static func check(_ example: PackExample, against analysis: Analysis) -> [String] {
        var failures: [String] = []
        if example.expectsNothing {
            if !analysis.isEmpty { failures.append("expected nothing, found " + summary(analysis)) }
            return failures
        }
        func compareSets(_ name: String, expected: [String]?, actual: [String]) {
            guard let expected else { return }
            let want = Set(expected), got = Set(actual)
            if want != got {
                var parts: [String] = []
                let missing = want.subtracting(got).sorted(), extra = got.subtracting(want).sorted()
                if !missing.isEmpty { parts.append("missing " + missing.joined(separator: ", ")) }
                if !extra.isEmpty { parts.append("unexpected " + extra.joined(separator: ", ")) }
                failures.append("\(name): " + parts.joined(separator: "; "))
            }
        }
        compareSets("parties", expected: example.parties, actual: analysis.parties.map(\.id))
        compareSets("areas", expected: example.areas, actual: analysis.cooperations.map(\.area.rawValue))
        if let forums = example.forums {
            compareSets("forums", expected: forums.map(\.id), actual: analysis.forums.map(\.id))
            for forum in forums where forum.edition != nil {
                if !analysis.forums.contains(where: { $0.id == forum.id && $0.edition == forum.edition }) {
                    let found = analysis.forums.filter { $0.id == forum.id }.map { $0.edition.map(String.init) ?? "none" }
                    failures.append("forums: \(forum.id) should have edition \(forum.edition ?? 0), found \(found.joined(separator: ", "))")
                }
            }
        }
        if let dates = example.dates {
            let actual = analysis.dates.map { $0.value ?? $0.text }.sorted()
            if actual != dates.sorted() {
                failures.append("dates: expected [\(dates.sorted().joined(separator: ", "))], found [\(actual.joined(separator: ", "))]")
            }
        }
        if let amounts = example.amounts { failures += checkAmounts(amounts, analysis.amounts) }
        if let agreements = example.agreements { failures += checkAgreements(agreements, analysis.agreements) }
        if let officials = example.officials {
            var remaining = analysis.officials
            for expected in officials {
                if let found = remaining.firstIndex(where: { official in
                    official.title == expected.title && (expected.name == nil || official.name == expected.name)
                        && (expected.party == nil || official.party == expected.party)
                }) {
                    remaining.remove(at: found)
                } else {
                    let found = analysis.officials.map { "\($0.title) \($0.name ?? "-") \($0.party ?? "-")" }
                    failures.append("officials: no \(expected.title) \(expected.name ?? "") \(expected.party ?? "") among [\(found.joined(separator: "; "))]")
                }
            }
            if !remaining.isEmpty {
                failures.append("officials: unexpected " + remaining.map { "\($0.title) «\($0.text)»" }.joined(separator: ", "))
            }
        }
        if let matches = example.matches {
            var remaining = analysis.matches
            for expected in matches {
                if let found = remaining.firstIndex(where: { $0.kind == expected.kind && (expected.id == nil || $0.id == expected.id) }) {
                    remaining.remove(at: found)
                } else {
                    failures.append("matches: no \(expected.kind)\(expected.id.map { " with id \($0)" } ?? "") found")
                }
            }
            if !remaining.isEmpty {
                failures.append("matches: unexpected " + remaining.map { "\($0.kind)(\($0.id ?? $0.text))" }.joined(separator: ", "))
            }
        }
        return failures
    }

    private static func checkAmounts(_ expected: [PackExample.AmountExpectation], _ actual: [Amount]) -> [String] {
        var remaining = actual
        var failures: [String] = []
        for want in expected {
            let value = Decimal(string: want.value, locale: Locale(identifier: "en_US_POSIX"))
            if let found = remaining.firstIndex(where: { amount in
                amount.value == value && (want.currency == nil || amount.currency == want.currency)
                    && (want.approximate == nil || amount.approximate == want.approximate)
            }) {
                remaining.remove(at: found)
            } else {
                failures.append("amounts: no \(want.value) \(want.currency ?? "")\(want.approximate == true ? " (approximate)" : "") among [\(actual.map(describe).joined(separator: ", "))]")
            }
        }
        if !remaining.isEmpty { failures.append("amounts: unexpected " + remaining.map(describe).joined(separator: ", ")) }
        return failures
    }

    private static func checkAgreements(_ expected: [PackExample.AgreementExpectation], _ actual: [Agreement]) -> [String] {
        var failures: [String] = []
        if expected.count != actual.count {
            failures.append("agreements: expected \(expected.count), found \(actual.count): [\(actual.map(describe).joined(separator: "; "))]")
        }
        var remaining = actual
        for want in expected {
            let fits = { (agreement: Agreement) -> Bool in
                (want.kind == nil || agreement.kind.rawValue == want.kind)
                    && (want.status == nil || agreement.status.rawValue == want.status)
                    && (want.parties == nil || Set(agreement.parties) == Set(want.parties ?? []))
                    && (want.areas == nil || Set(agreement.areas.map(\.rawValue)) == Set(want.areas ?? []))
                    && (want.forums == nil || Set(agreement.forums) == Set(want.forums ?? []))
                    && (want.amounts == nil || agreement.amounts.count == want.amounts)
            }
            if let found = remaining.firstIndex(where: fits) {
                remaining.remove(at: found)
            } else if expected.count == actual.count {
                failures.append("agreements: none is \(describe(want)); found [\(actual.map(describe).joined(separator: "; "))]")
            }
        }
        return failures
    }

    // MARK: Descriptions

    static func summary(_ analysis: Analysis) -> String {
        var parts: [String] = []
        if !analysis.parties.isEmpty { parts.append("parties " + analysis.parties.map(\.id).joined(separator: ",")) }
        if !analysis.forums.isEmpty { parts.append("forums " + analysis.forums.map(\.id).joined(separator: ",")) }
        if !analysis.cooperations.isEmpty { parts.append("areas " + analysis.cooperations.map(\.area.rawValue).joined(separator: ",")) }
        if !analysis.agreements.isEmpty { parts.append("agreements " + analysis.agreements.map(describe).joined(separator: "; ")) }
        if !analysis.amounts.isEmpty { parts.append("amounts " + analysis.amounts.map(describe).joined(separator: ",")) }
        if !analysis.dates.isEmpty { parts.append("dates " + analysis.dates.map { $0.value ?? $0.text }.joined(separator: ",")) }
        if !analysis.matches.isEmpty { parts.append("matches " + analysis.matches.map { $0.kind }.joined(separator: ",")) }
        return parts.joined(separator: "; ")
    }

    static func describe(_ amount: Amount) -> String {
        "\(amount.approximate ? "~" : "")\(amount.value) \(amount.currency)"
    }

    static func describe(_ agreement: Agreement) -> String {
        "\(agreement.kind)/\(agreement.status) '\(agreement.trigger)' parties [\(agreement.parties.joined(separator: ","))]"
            + " areas [\(agreement.areas.map(\.rawValue).joined(separator: ","))]"
            + (agreement.forums.isEmpty ? "" : " forums [\(agreement.forums.joined(separator: ","))]")
            + (agreement.amounts.isEmpty ? "" : " amounts \(agreement.amounts.count)")
    }

    static func describe(_ want: PackExample.AgreementExpectation) -> String {
        var parts: [String] = []
        if let kind = want.kind { parts.append(kind) }
        if let status = want.status { parts.append(status) }
        if let parties = want.parties { parts.append("parties [\(parties.joined(separator: ","))]") }
        if let areas = want.areas { parts.append("areas [\(areas.joined(separator: ","))]") }
        if let forums = want.forums { parts.append("forums [\(forums.joined(separator: ","))]") }
        if let amounts = want.amounts { parts.append("\(amounts) amounts") }
        return parts.joined(separator: " ")
    }
}
