/// Deep lint: finds what compiles but probably does not do what the pack's author meant, as
/// warnings (`ACC702`…`ACC706`) with `file:line:column` and a hint.
///
/// - `ACC702`: `@kind=ID` where no rule of that kind can produce `ID`.
/// - `ACC703`: a capture the result never reads.
/// - `ACC704`: a phrase that can never match.
/// - `ACC705`: one phrase mapped to two different ids in one lexicon.
/// - `ACC706`: a name matched case-insensitively that is also a very common lower-case word.
///
/// Run it on packs that compile (``Engine/init(packs:extractors:resultTypes:limits:)`` succeeded): it
/// assumes patterns parse and references resolve, and silently skips anything that does not.
package struct PackLinter {
    let packs: [PackDefinition]

    /// A linter for packs loaded together, in load order (imports included).
    package init(packs: [Pack]) {
        self.packs = packs.map(\.definition)
    }

    init(definitions: [PackDefinition]) {
        packs = definitions
    }

    /// The warnings of the packs whose ids are in `packIDs` (all packs when `nil`), in load
    /// order, then by line and column.
    package func warnings(for packIDs: Set<String>? = nil) -> [Diagnostic] {
        let groups = LanguageGroups(packs: packs)
        var found: [(pack: Int, diagnostic: Diagnostic)] = []
        var checked: Set<String> = []
        for language in groups.languages {
            let scope = LintScope(packs: groups.packs(for: language))
            let producible = ProducibleIDs(scope: scope)
            for (index, pack) in scope.packs.enumerated() {
                // Each pack is checked once, with the packs of its own language around it.
                guard LanguageGroups.normalize(pack.language) == language,
                      packIDs?.contains(pack.id) ?? true,
                      checked.insert(pack.id).inserted,
                      let order = packs.firstIndex(where: { $0.id == pack.id })
                else { continue }
                var diagnostics: [Diagnostic] = []
                diagnostics += producible.check(pack: index)
                diagnostics += CaptureCheck.check(pack)
                diagnostics += PhraseCheck(pack: pack, scope: scope).check()
                found += diagnostics.map { (order, $0) }
            }
        }
        return found.sorted { a, b in
            let left = (a.pack, a.diagnostic.location?.line ?? 0, a.diagnostic.location?.column ?? 0, a.diagnostic.code.rawValue)
            let right = (b.pack, b.diagnostic.location?.line ?? 0, b.diagnostic.location?.column ?? 0, b.diagnostic.code.rawValue)
            if left != right { return left < right }
            return a.diagnostic.message < b.diagnostic.message
        }.map(\.diagnostic)
    }

    /// A warning at a located value, with the column moved `offset` scalars into it.
    static func warning(_ code: Diagnostic.Code, _ message: String, hint: String, at value: Located<String>, offset: Int = 0) -> Diagnostic {
        var location = value.location
        location.column += offset
        return Diagnostic(code, message, hint: hint, at: location, sourceLine: value.sourceLine, severity: .warning)
    }
}
