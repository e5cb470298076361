/// Decides which lexicons are matched on demand: looked up from the few tokens a context
/// condition asks about, instead of walked over every token of every document.
///
/// Small-word lexicons that only a context condition reads (`after: '%function-words'`,
/// `not_before: '%place-preceders'`: `và`, `của`, `tại`, `từ`…) gave three in ten of a Vietnamese
/// document's lexicon hits, each found, merged and summed into its sentence's tables, for
/// conditions asked at a few hundred candidates. Such a lexicon goes into the automaton's
/// on-demand tries (``LexiconAutomaton/appendOnDemandHits(from:before:id:into:)``), and the
/// pattern machine walks them from a token when a context pattern asks for the lexicon there.
///
/// A lexicon is matched on demand when every reference to it is the whole pattern of a `before`
/// or `after` condition with a window (so each candidate asks about a few tokens); when no rule's
/// own pattern, no longer context pattern, no `sentence` condition and no condition without a
/// window names it (those ask about every token of a sentence or region, which the document's
/// walk and its presence bits answer at once); when no extractor option names it and it is not a
/// cue lexicon (the extractors and the agreement cues read the document's hits); and when it has
/// no exclusions (applied to the walk's hits). Wider, it cost more than it saved (PERFORMANCE.md).
enum OnDemandLexicons {
    /// Per lexicon: whether it is matched on demand.
    ///
    /// - Parameters:
    ///   - program: The compiled patterns, every matcher's reachable from its entry.
    ///   - walked: Lexicons the document walk must keep finding whatever the patterns say
    ///     (cue lexicons, lexicons with exclusions).
    static func classify(
        lexiconCount: Int, program: [Instruction], matchers: [CompiledEngine.Matcher], rules: [CompiledEngine.Rule],
        walked: Set<Int32>
    ) -> [Bool] {
        var askedNearby = [Bool](repeating: false, count: lexiconCount)
        var askedElsewhere = [Bool](repeating: false, count: lexiconCount)
        for lexicon in walked where Int(lexicon) < lexiconCount { askedElsewhere[Int(lexicon)] = true }
        for call in rules.compactMap(\.extractor) {
            for lexicon in call.lexicons.values { askedElsewhere[Int(lexicon)] = true }
        }
        // Which conditions read each context matcher, and whether all of them look a window away.
        var nearbyOnly = [Bool?](repeating: nil, count: matchers.count)
        for rule in rules {
            for condition in rule.conditions {
                let window = condition.window ?? rule.window
                let nearby = condition.region != .sentence && (window ?? -1) >= 0
                let matcher = Int(condition.matcher)
                nearbyOnly[matcher] = (nearbyOnly[matcher] ?? true) && nearby
            }
        }
        for (number, matcher) in matchers.enumerated() {
            let nearby: Bool
            switch matcher.role {
            case .rule:
                nearby = false
            case .context:
                // A pattern that is the lexicon alone: its matches in a window are found a token
                // at a time (``PatternMachine/listOnDemandContextMatches``). In a longer pattern
                // the lexicon is asked at every token of a context run's region.
                nearby = (nearbyOnly[number] ?? false)
                    && LexiconMatcher(matcher: Int32(number), entry: matcher.entry, program: program) != nil
            }
            for lexicon in lexicons(reachableFrom: matcher.entry, in: program) where Int(lexicon) < lexiconCount {
                if nearby { askedNearby[Int(lexicon)] = true } else { askedElsewhere[Int(lexicon)] = true }
            }
        }
        return (0..<lexiconCount).map { askedNearby[$0] && !askedElsewhere[$0] }
    }

    /// The lexicons the instructions reachable from `entry` name, each once.
    private static func lexicons(reachableFrom entry: Int32, in program: [Instruction]) -> Set<Int32> {
        var found: Set<Int32> = []
        var seen: Set<Int32> = [entry]
        var stack = [entry]
        while let pc = stack.popLast() {
            guard pc >= 0, Int(pc) < program.count else { continue }
            var next: [Int32] = []
            switch program[Int(pc)] {
            case .lexicon(let lexicon, _): found.insert(lexicon); next = [pc + 1]
            case .split(let first, let second): next = [first, second]
            case .jump(let target): next = [target]
            case .match: next = []
            case .token, .tokenClass, .regex, .reference, .open, .close: next = [pc + 1]
            }
            for target in next where seen.insert(target).inserted { stack.append(target) }
        }
        return found
    }
}
