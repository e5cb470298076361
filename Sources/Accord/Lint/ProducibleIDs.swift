/// `ACC702`: `@kind=ID` references to an id that no rule of that kind can produce.
///
/// Unknown kinds are already errors (`ACC402`); what is left is the id. A result's id is, in
/// order (``ResultFields/id(of:)``): `set: {id: …}`, the first `id:` capture, an extractor's id,
/// a cooperation's area, and else the first lexicon phrase inside the match. The linter knows
/// a rule's ids only when they come from `set` or from `id:` captures of lexicon phrases
/// that every match has; then they are the set value or the captured lexicons' entry ids. An
/// agreement without an `id` has none, so `@agreement=consensus` never matches. When any
/// rule of the kind may produce ids the linter cannot list (a regex or text capture, the
/// first-phrase fallback, an extractor), it says nothing about that kind.
struct ProducibleIDs {
    let scope: LintScope
    /// For each kind produced in the group, the ids its rules can produce, or `nil` if unknown.
    private(set) var idsByKind: [String: Set<String>?] = [:]

    init(scope: LintScope) {
        self.scope = scope
        for (index, pack) in scope.packs.enumerated() {
            for rule in pack.rules {
                let ids = Self.ids(of: rule, pack: index, scope: scope)
                switch idsByKind[rule.kind] {
                case .none: idsByKind[rule.kind] = .some(ids)
                case .some(let known?): idsByKind[rule.kind] = .some(ids.map { known.union($0) })
                case .some(.none): break
                }
            }
        }
    }

    /// The warnings for the `@kind=ID` references in the rules of the pack at `pack`.
    func check(pack: Int) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for rule in scope.packs[pack].rules {
            var patterns: [Located<String>] = rule.context.conditions.map(\.pattern)
            if case .pattern(let text) = rule.body { patterns.insert(text, at: 0) }
            for text in patterns {
                guard let node = try? PatternParser.parse(text.value) else { continue }
                for (kind, id, offset) in Self.references(in: node) {
                    guard case .some(let known?) = idsByKind[kind], !known.contains(id) else { continue }
                    let listed = known.sorted()
                    let fallback = listed.isEmpty
                        ? "no rule of kind '\(kind)' gives its results an id; use `@\(kind)` or give the rules an `id`"
                        : "ids of kind '\(kind)': " + (listed.count > 12 ? listed.prefix(12).joined(separator: ", ") + ", …" : listed.joined(separator: ", "))
                    diagnostics.append(PackLinter.warning(
                        .unproducedID, "no rule of kind '\(kind)' produces the id '\(id)', so `@\(kind)=\(id)` in rule '\(rule.id)' never matches",
                        hint: (SuggestionFinder.hint(for: id, in: listed).map { $0 + " " } ?? "") + fallback, at: text, offset: offset))
                }
            }
        }
        return diagnostics
    }

    /// Every `@kind=ID` of a pattern with its offset.
    static func references(in node: PatternNode) -> [(kind: String, id: String, offset: Int)] {
        switch node {
        case .reference(let kind, let id?, let offset): return [(kind, id, offset)]
        case .sequence(let items), .alternation(let items): return items.flatMap { references(in: $0) }
        case .repetition(let inner, _, _, _), .capture(_, let inner, _): return references(in: inner)
        case .reference, .literal, .lexicon, .tokenClass, .regex: return []
        }
    }

    // MARK: The ids of one rule

    /// The ids a rule's results can have, or `nil` when the linter cannot list them.
    static func ids(of rule: RuleDefinition, pack: Int, scope: LintScope) -> Set<String>? {
        if let id = rule.fixed["id"] { return [id] }
        guard case .pattern(let text) = rule.body, let node = try? PatternParser.parse(text.value) else { return nil }
        let lexiconIDs = { (name: String) in scope.lexicon(name, from: pack).map { Set($0.entries.map(\.id)) } }
        let id = captured("id", in: node, lexiconIDs: lexiconIDs)
        guard let values = id.values else { return nil }
        if id.always || rule.kind == "agreement" { return values }   // an agreement has no fallback id
        if rule.kind == "cooperation" {
            if let area = rule.fixed["area"] { return values.union([area]) }
            let area = captured("area", in: node, lexiconIDs: lexiconIDs)
            if let areas = area.values, area.always { return values.union(areas) }
        }
        return nil
    }

    /// The values a capture `name` can take (`nil`: not only lexicon ids) and whether every
    /// match has one.
    private static func captured(
        _ name: String, in node: PatternNode, lexiconIDs: (String) -> Set<String>?
    ) -> (values: Set<String>?, always: Bool) {
        switch node {
        case .capture(let captureName, let inner, _) where captureName == name:
            return (lexiconValues(inner, lexiconIDs: lexiconIDs), true)
        case .capture(_, let inner, _):
            return captured(name, in: inner, lexiconIDs: lexiconIDs)
        case .sequence(let items):
            var values: Set<String>? = []
            var always = false
            for item in items {
                let part = captured(name, in: item, lexiconIDs: lexiconIDs)
                values = values.flatMap { known in part.values.map { known.union($0) } }
                always = always || part.always
            }
            return (values, always)
        case .alternation(let items):
            var values: Set<String>? = []
            var always = true
            for item in items {
                let part = captured(name, in: item, lexiconIDs: lexiconIDs)
                values = values.flatMap { known in part.values.map { known.union($0) } }
                always = always && part.always
            }
            return (values, always)
        case .repetition(let inner, let min, _, _):
            let part = captured(name, in: inner, lexiconIDs: lexiconIDs)
            return (part.values, part.always && min >= 1)
        case .literal, .lexicon, .reference, .tokenClass, .regex:
            return ([], false)
        }
    }

    /// The entry ids a captured element can give, when it is made of lexicon phrases only.
    private static func lexiconValues(_ node: PatternNode, lexiconIDs: (String) -> Set<String>?) -> Set<String>? {
        switch node {
        case .lexicon(_, let id?, _): return [id]
        case .lexicon(let name, nil, _): return lexiconIDs(name)
        case .alternation(let items):
            var values: Set<String> = []
            for item in items {
                guard let part = lexiconValues(item, lexiconIDs: lexiconIDs) else { return nil }
                values.formUnion(part)
            }
            return values
        case .sequence(let items) where items.count == 1: return lexiconValues(items[0], lexiconIDs: lexiconIDs)
        case .repetition(let inner, _, _, _): return lexiconValues(inner, lexiconIDs: lexiconIDs)
        default: return nil
        }
    }
}
