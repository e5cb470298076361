/// What the pattern machine reads of the rules' conditions and shared programs for each
/// sentence's candidates, as flat buffers per matcher: read through the rules, each candidate
/// retained and released their arrays.
struct RuleConditionTables: ~Copyable {
    /// Per matcher: the context matchers of its rule's positive conditions (`before`, `after`,
    /// `sentence`), `requiredContexts[requiredContextStarts[m]..<requiredContextStarts[m + 1]]`.
    let requiredContextStarts: ScratchBuffer<Int32>
    let requiredContexts: ScratchBuffer<Int32>
    /// Per matcher: its rule's conditions in order, as where to search their context patterns,
    /// `regions[regionStarts[m]..<regionStarts[m + 1]]`.
    let regionStarts: ScratchBuffer<Int32>
    let regions: ScratchBuffer<ConditionRegion>
    /// Per matcher: its rule's positive `after` conditions with a window of at most
    /// ``shortWindow`` tokens, `afterChecks[afterCheckStarts[m]..<afterCheckStarts[m + 1]]`.
    /// Such a condition needs its context pattern to start in the few tokens after the
    /// candidate, which the tokens' first items tell at once (``PatternMachine/expandAliases``).
    let afterCheckStarts: ScratchBuffer<Int32>
    let afterChecks: ScratchBuffer<(matcher: Int32, window: Int32)>
    /// Per matcher: its rule's positive `before` conditions with a window of at most
    /// ``shortWindow`` tokens, the same way: their context pattern must end in the few tokens
    /// before the candidate.
    let beforeCheckStarts: ScratchBuffer<Int32>
    let beforeChecks: ScratchBuffer<(matcher: Int32, window: Int32)>
    /// The longest `after` or `before` window checked token by token before a candidate is kept.
    static let shortWindow: Int32 = 4
    /// What selecting a rule matcher's candidates reads of its rule, per matcher: read through
    /// the rule table, each sentence's selection retained and released the rule's condition list.
    struct RuleFacts {
        /// The rule, or -1 for a context matcher.
        var rule: Int32
        var kind: Int32
        /// The kind's slot among the kinds rules produce (``CompiledEngine/kindSlot``).
        var slot: Int32
        var hasConditions: Bool
    }
    let ruleFacts: ScratchBuffer<RuleFacts>
    /// Per matcher: the other rules that share its program (``CompiledEngine/matcherAliases``),
    /// `aliases[aliasStarts[m]..<aliasStarts[m + 1]]`; empty when no rules share one.
    let aliasStarts: ScratchBuffer<Int32>
    let aliases: ScratchBuffer<Int32>

    init(engine: CompiledEngine) {
        var contextStarts: [Int32] = [0], contexts: [Int32] = []
        var regionStarts: [Int32] = [0], regions: [ConditionRegion] = []
        var ruleFacts: [RuleFacts] = []
        var afterCheckStarts: [Int32] = [0], afterChecks: [(matcher: Int32, window: Int32)] = []
        var beforeCheckStarts: [Int32] = [0], beforeChecks: [(matcher: Int32, window: Int32)] = []
        for matcher in engine.matchers {
            var facts = RuleFacts(rule: -1, kind: -1, slot: -1, hasConditions: false)
            if case .rule(let rule) = matcher.role {
                let conditions = engine.rules[Int(rule)].conditions, ruleWindow = engine.rules[Int(rule)].window
                let kind = engine.rules[Int(rule)].kindIndex
                facts = RuleFacts(rule: rule, kind: kind, slot: engine.kindSlot[Int(kind)], hasConditions: !conditions.isEmpty)
                contexts += conditions.filter { !$0.negated }.map(\.matcher)
                regions += conditions.map { condition in
                    ConditionRegion(condition, window: condition.window ?? ruleWindow, longest: engine.longestMatch[Int(condition.matcher)])
                }
                for condition in conditions where !condition.negated && condition.region != .sentence {
                    guard let window = condition.window ?? ruleWindow, window >= 0, window <= Int(Self.shortWindow) else { continue }
                    if condition.region == .after {
                        afterChecks.append((condition.matcher, Int32(window)))
                    } else {
                        beforeChecks.append((condition.matcher, Int32(window)))
                    }
                }
            }
            contextStarts.append(Int32(contexts.count))
            regionStarts.append(Int32(regions.count))
            afterCheckStarts.append(Int32(afterChecks.count))
            beforeCheckStarts.append(Int32(beforeChecks.count))
            ruleFacts.append(facts)
        }
        self.ruleFacts = ScratchBuffer(ruleFacts)
        self.beforeCheckStarts = ScratchBuffer(beforeCheckStarts)
        self.beforeChecks = ScratchBuffer(beforeChecks)
        self.afterCheckStarts = ScratchBuffer(afterCheckStarts)
        self.afterChecks = ScratchBuffer(afterChecks)
        requiredContextStarts = ScratchBuffer(contextStarts)
        requiredContexts = ScratchBuffer(contexts)
        self.regionStarts = ScratchBuffer(regionStarts)
        self.regions = ScratchBuffer(regions)
        let shared = engine.matcherAliases
        aliasStarts = ScratchBuffer(shared.isEmpty ? [] : shared.reduce(into: [Int32(0)]) { $0.append($0[$0.count - 1] + Int32($1.count)) })
        aliases = ScratchBuffer(shared.flatMap { $0 })
    }
}
