/// `ACC703`: named captures whose values no result reads.
///
/// What reads a capture is fixed per kind (``ResultFields``, ``ResultBuilder``,
/// ``AgreementContext``): `id` for every kind (it is the id `@kind=ID` compares), plus the
/// fields listed in ``usedFields``. Custom kinds turn every capture into a field, so only
/// the two rules that hold for every kind apply to them: `set:` wins over a capture of the
/// same field, and the captures of context conditions are discarded (a condition only holds
/// or fails).
enum CaptureCheck {
    /// The capture names a built-in kind reads; `nil` for custom kinds, which read them all.
    static func usedFields(of kind: String) -> [String]? {
        switch kind {
        case "party", "date": return ["id"]
        case "forum": return ["id", "edition"]
        case "cooperation": return ["id", "area"]
        case "agreement": return ["id", "trigger", "parties", "party", "areas", "forums", "amounts", "dates"]
        case "amount": return ["id", "currency"]
        case "official": return ["id", "title", "name", "party"]
        default: return nil
        }
    }

    static func check(_ pack: PackDefinition) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for rule in pack.rules {
            if case .pattern(let text) = rule.body, let node = try? PatternParser.parse(text.value) {
                for (name, offset) in captures(in: node) {
                    if let problem = problem(with: name, in: rule) {
                        diagnostics.append(PackLinter.warning(
                            .unusedCapture, "capture '\(name)' of rule '\(rule.id)' is never used: " + problem.message,
                            hint: problem.hint, at: text, offset: offset))
                    }
                }
            }
            for condition in rule.context.conditions {
                guard let node = try? PatternParser.parse(condition.pattern.value) else { continue }
                for (name, offset) in captures(in: node) {
                    diagnostics.append(PackLinter.warning(
                        .unusedCapture,
                        "capture '\(name)' in a context condition of rule '\(rule.id)' is never used: a condition only holds or fails",
                        hint: "remove `\(name):` and keep the element; to read the value, move the element into `pattern`",
                        at: condition.pattern, offset: offset))
                }
            }
        }
        return diagnostics
    }

    /// Why a capture of the rule's own pattern is never read, or `nil` when it is.
    private static func problem(with name: String, in rule: RuleDefinition) -> (message: String, hint: String)? {
        // An agreement's `trigger` also places the status cues and `after` scopes, so `set: {kind}`
        // does not make it useless; no other capture has a second use.
        if rule.fixed[name] != nil, !(rule.kind == "agreement" && name == "trigger") {
            return ("`set: {\(name): …}` overrides it",
                    "remove `\(name):` from the pattern, or remove `\(name)` from `set` to take the captured value")
        }
        guard let used = usedFields(of: rule.kind), !used.contains(name) else { return nil }
        let suggestion = SuggestionFinder.closest(to: name, in: used).map { "did you mean '\($0)'? " } ?? ""
        return ("\(rule.kind) results have no field '\(name)'",
                suggestion + "\(rule.kind) results read the captures " + used.map { "`\($0)`" }.joined(separator: ", ")
                    + "; rename the capture to one of them, or remove `\(name):` and keep the element")
    }

    /// Every capture of a pattern with its offset in the pattern text, in pattern order.
    static func captures(in node: PatternNode) -> [(name: String, offset: Int)] {
        switch node {
        case .capture(let name, let inner, let offset): return [(name, offset)] + captures(in: inner)
        case .sequence(let items), .alternation(let items): return items.flatMap { captures(in: $0) }
        case .repetition(let inner, _, _, _): return captures(in: inner)
        case .literal, .lexicon, .reference, .tokenClass, .regex: return []
        }
    }
}
