extension EngineCompiler {
    /// A rule with its parsed patterns, before compilation.
    private struct ParsedRule {
        var pack: Int
        var definition: RuleDefinition
        var pattern: PatternNode?
        /// Where the pattern's top-level elements are (``PatternParser/parseWithElements(_:)``).
        var patternElements: [Range<Int>] = []
        var contexts: [(RuleDefinition.Context.Condition, PatternNode)]
        var dependencies: Set<String>
    }

    mutating func buildRules() -> ([CompiledEngine.Rule], [CompiledEngine.Matcher], [CompiledEngine.Stage], CompiledEngine.Anchors) {
        var parsed: [ParsedRule] = []
        for (packIndex, pack) in packs.enumerated() {
            for rule in pack.rules {
                parsed.append(parse(rule, pack: packIndex))
            }
        }
        var producers: [String: [Int]] = [:]
        for (index, rule) in parsed.enumerated() { producers[rule.definition.kind, default: []].append(index) }
        let levels = ruleLevels(parsed, producers: producers)

        var rules: [CompiledEngine.Rule] = []
        var matchers: [CompiledEngine.Matcher] = []
        let stageCount = (levels.max() ?? 0) + 1
        var stages = [CompiledEngine.Stage](repeating: .init(), count: stageCount)
        let knownKinds = producers.keys.sorted()
        let resolver = self.resolver
        let lexiconIDs = lexicons.map(\.entryIDs)
        let producedKinds = Set(producers.keys)
        // Rules of a family often share a pattern and differ in context, priority or `set:`
        // (four `area:%areas` rules; two loan rules). Each distinct program is compiled once
        // per stage and role, and later copies point at the first (see `SharedProgramKey`).
        var compiledPrograms: [SharedProgramKey: Int32] = [:]

        for (index, rule) in parsed.enumerated() {
            let level = levels[index]
            let definition = rule.definition
            var compiled = CompiledEngine.Rule(
                id: definition.id, pack: rule.pack, kind: definition.kind,
                kindIndex: patterns.strings.intern(definition.kind), priority: definition.priority,
                fixed: definition.fixed, matcher: nil, extractor: nil, conditions: [],
                window: definition.context.window, attach: definition.attach, stage: level)
            let scope = PatternCompiler.Scope(
                lexicon: { [resolver] name in resolver.resolve(name, from: rule.pack) },
                lexiconHasID: { lexicon, id in lexiconIDs[Int(lexicon)].contains(id) },
                producesKind: { producedKinds.contains($0) },
                knownKinds: knownKinds,
                form: packs[rule.pack].options.form)
            switch definition.body {
            case .pattern(let text):
                if let node = rule.pattern {
                    let matcher = Int32(matchers.count)
                    if let entry = compile(node, text: text, matcher: matcher, scope: scope) {
                        let key = SharedProgramKey(program: patterns.instructions, from: entry, stage: level, isContext: false)
                        var starts = patterns.lastElementStarts
                        if let primary = compiledPrograms[key] {
                            let shared = matchers[Int(primary)].entry
                            starts = starts.map { shared + ($0 - entry) }
                            patterns.discard(from: entry)
                            matchers.append(.init(entry: shared, stage: level, role: .rule(Int32(index)), primary: primary))
                        } else {
                            compiledPrograms[key] = matcher
                            matchers.append(.init(entry: entry, stage: level, role: .rule(Int32(index))))
                        }
                        stages[level].matchers.append(matcher)
                        compiled.matcher = matcher
                        compiled.elements = Self.elements(of: text, ranges: rule.patternElements, starts: starts)
                    }
                }
            case .extractor(let name, let options):
                compiled.extractor = extractorCall(name: name, options: options, pack: rule.pack, rule: definition)
                stages[level].extractorRules.append(Int32(index))
            }
            for (condition, node) in rule.contexts {
                var matcher = Int32(matchers.count)
                if let entry = compile(node, text: condition.pattern, matcher: matcher, scope: scope) {
                    let key = SharedProgramKey(program: patterns.instructions, from: entry, stage: level, isContext: true)
                    if let shared = compiledPrograms[key] {
                        // Conditions only ask whether a match exists near a rule's match, so one
                        // context matcher serves every condition with this pattern.
                        patterns.discard(from: entry)
                        matcher = shared
                    } else {
                        compiledPrograms[key] = matcher
                        matchers.append(.init(entry: entry, stage: level, role: .context(rule: Int32(index))))
                        stages[level].matchers.append(matcher)
                    }
                    compiled.conditions.append(.init(region: condition.region, negated: condition.negated, matcher: matcher,
                                                     window: condition.window))
                }
            }
            rules.append(compiled)
        }
        for (kind, indices) in producers.sorted(by: { $0.key < $1.key }) {
            let last = indices.map { levels[$0] }.max() ?? 0
            stages[last].completedKinds.append(patterns.strings.intern(kind))
        }
        let anchors = buildAnchors(matchers: matchers, stages: &stages)
        return (rules, matchers, stages, anchors)
    }

    /// Pairs a pattern's top-level elements (`ranges`, scalar offsets in order) with where the
    /// compiler put them.
    private static func elements(of text: Located<String>, ranges: [Range<Int>], starts: [Int32]) -> [CompiledEngine.PatternElement] {
        guard ranges.count == starts.count else { return [] }
        // One walk over the scalars for all ranges (they come in order), each source taken as a
        // slice: the ranges from a second parse and each source built scalar by scalar were a
        // sixteenth of start-up.
        let scalars = text.value.unicodeScalars
        var index = scalars.startIndex, offset = 0
        func advance(to target: Int) -> String.UnicodeScalarView.Index {
            while offset < target, index < scalars.endIndex {
                scalars.formIndex(after: &index)
                offset += 1
            }
            return index
        }
        return zip(starts, ranges).map { pc, range in
            var location = text.location
            location.column += range.lowerBound
            let lower = advance(to: range.lowerBound), upper = advance(to: range.upperBound)
            var source = String(scalars[lower..<upper])
            while source.last?.isWhitespace == true { source.removeLast() }
            return .init(pc: pc, source: source, location: location)
        }
    }

    // MARK: Parsing and dependencies

    private mutating func parse(_ rule: RuleDefinition, pack: Int) -> ParsedRule {
        var result = ParsedRule(pack: pack, definition: rule, pattern: nil, contexts: [], dependencies: [])
        if case .pattern(let text) = rule.body, let (node, elements) = parsePatternWithElements(text) {
            result.pattern = node
            result.patternElements = elements
            result.dependencies.formUnion(node.referencedKinds)
        }
        for condition in rule.context.conditions {
            if let node = parsePattern(condition.pattern) {
                result.contexts.append((condition, node))
                result.dependencies.formUnion(node.referencedKinds)
            }
        }
        return result
    }

    private mutating func parsePattern(_ text: Located<String>) -> PatternNode? {
        parsePatternWithElements(text)?.node
    }

    private mutating func parsePatternWithElements(_ text: Located<String>) -> (node: PatternNode, elements: [Range<Int>])? {
        do {
            return try PatternParser.parseWithElements(text.value)
        } catch {
            report(error, in: text)
            return nil
        }
    }

    private mutating func compile(_ node: PatternNode, text: Located<String>, matcher: Int32, scope: PatternCompiler.Scope) -> Int32? {
        do {
            return try patterns.compile(node, matcher: matcher, scope: scope)
        } catch {
            report(error, in: text)
            return nil
        }
    }

    /// Reports a pattern failure at its column inside the YAML scalar.
    private mutating func report(_ failure: PatternParser.Failure, in text: Located<String>) {
        var location = text.location
        location.column += failure.offset
        diagnostics.append(Diagnostic(failure.code, failure.message, hint: failure.hint, at: location, sourceLine: text.sourceLine))
    }

    /// Each rule's stage: 0 without references, else one after the last producer of any kind it references.
    private mutating func ruleLevels(_ rules: [ParsedRule], producers: [String: [Int]]) -> [Int] {
        var levels = [Int](repeating: 0, count: rules.count)
        var changed = true
        var rounds = 0
        while changed, rounds <= rules.count + 1 {
            changed = false
            rounds += 1
            for (index, rule) in rules.enumerated() {
                var level = 0
                for kind in rule.dependencies {
                    for producer in producers[kind] ?? [] { level = max(level, levels[producer] + 1) }
                }
                if level != levels[index] {
                    levels[index] = level
                    changed = true
                }
            }
        }
        if changed {
            let cyclic = rules.indices.filter { levels[$0] > rules.count }
            let names = cyclic.prefix(8).map { "\(packs[rules[$0].pack].id)/\(rules[$0].definition.id)" }
            let first = cyclic.first.map { rules[$0].definition }
            error(.ruleCycle, "rules depend on each other's results in a cycle: " + names.joined(separator: ", "),
                  hint: "a rule cannot refer (with @kind) to its own kind, directly or through other rules; split the kind in two",
                  at: first?.location)
            return levels.map { min($0, 0) }
        }
        return levels
    }

    // MARK: Extractors

    private mutating func extractorCall(
        name: Located<String>, options: [String: String], pack: Int, rule: RuleDefinition
    ) -> CompiledEngine.Rule.ExtractorCall? {
        guard let extractor = extractors[name.value] else {
            let names = extractors.keys.sorted()
            error(.unknownExtractor, "no extractor named '\(name.value)' is registered",
                  hint: SuggestionFinder.hint(for: name.value, in: names, fallback: "registered: " + names.joined(separator: ", ")),
                  at: name.location, line: name.sourceLine)
            return nil
        }
        var lexiconIndices: [String: Int32] = [:]
        let known = extractor.optionKeys.union(extractor.lexiconOptionKeys)
        for (key, value) in options.sorted(by: { $0.key < $1.key }) {
            if !known.contains(key) {
                error(.invalidExtractorOptions, "extractor '\(name.value)' has no option '\(key)'",
                      hint: SuggestionFinder.hint(for: key, in: known.sorted(), fallback: "options: " + known.sorted().joined(separator: ", ")),
                      at: rule.location)
                continue
            }
            guard extractor.lexiconOptionKeys.contains(key) else { continue }
            switch resolver.resolve(value, from: pack) {
            case .success(let index): lexiconIndices[key] = index
            case .failure(let failure):
                error(failure.code, "option '\(key)' of rule '\(rule.id)': " + failure.message, hint: failure.hint, at: rule.location)
            }
        }
        let extractorOptions = ExtractorOptions(options)
        if let problem = extractor.validate(extractorOptions) {
            error(.invalidExtractorOptions, "extractor '\(name.value)' rejects the options of rule '\(rule.id)': \(problem)",
                  hint: "see the extractor's options in Rules/README.md", at: rule.location)
        }
        var phrases: [String: [String: String]] = [:]
        let normalizer = TextNormalizer()
        for (key, index) in lexiconIndices {
            let lexicon = lexicons[Int(index)]
            guard let definition = packs[lexicon.pack].lexicons.first(where: { $0.name == lexicon.name }) else { continue }
            var table: [String: String] = [:]
            for entry in definition.entries {
                for phrase in entry.phrases { table[normalizer.normalize(phrase.value, form: .folded)] = entry.id }
            }
            phrases[key] = table
        }
        return .init(name: name.value, options: extractorOptions, lexicons: lexiconIndices, phrases: phrases)
    }

    // MARK: Anchors

    /// The consuming instructions a thread at `start` reaches through non-consuming ones (split,
    /// jump, open, close), in the order a run tries them, and whether it reaches `match` so.
    static func nextConsuming(from start: Int32, in program: [Instruction]) -> (pcs: [Int32], matches: Bool) {
        var seen: Set<Int32> = [], stack = [start], pcs: [Int32] = [], matches = false
        while let pc = stack.popLast() {
            guard seen.insert(pc).inserted, Int(pc) < program.count else { continue }
            switch program[Int(pc)] {
            case .split(let a, let b): stack.append(b); stack.append(a)
            case .jump(let target): stack.append(target)
            case .open, .close: stack.append(pc + 1)
            case .match: matches = true
            default: pcs.append(pc)
            }
        }
        return (pcs, matches)
    }

    /// The consuming instructions reachable from `entry` after which the program can match
    /// without consuming anything more: what a match's last item can be.
    static func lastConsuming(from entry: Int32, in program: [Instruction]) -> [Instruction] {
        var seen: Set<Int32> = [], pending = nextConsuming(from: entry, in: program).pcs, lasts: [Instruction] = []
        while let pc = pending.popLast() {
            guard seen.insert(pc).inserted else { continue }
            // A consuming instruction continues at the next one.
            let next = nextConsuming(from: pc + 1, in: program)
            if next.matches { lasts.append(program[Int(pc)]) }
            pending += next.pcs
        }
        return lasts
    }

    /// Registers each matcher under the items its first element can consume.
    private func buildAnchors(matchers: [CompiledEngine.Matcher], stages: inout [CompiledEngine.Stage]) -> CompiledEngine.Anchors {
        var anchors = CompiledEngine.Anchors()
        anchors.firsts = Array(repeating: [], count: matchers.count)
        anchors.lasts = Array(repeating: [], count: matchers.count)
        let program = patterns.instructions
        for (index, matcher) in matchers.enumerated() {
            let id = Int32(index)
            let firsts = Self.nextConsuming(from: matcher.entry, in: program).pcs.map { program[Int($0)] }
            anchors.firsts[index] = firsts
            // Context patterns start only where a rule that needs them matched (see
            // PatternMachine.runContexts); the per-position start tables are for rules.
            if case .context = matcher.role {
                anchors.lasts[index] = Self.lastConsuming(from: matcher.entry, in: program)
                continue
            }
            // A rule sharing another's program gets that rule's matches; it never starts itself.
            if matcher.primary >= 0 { continue }
            let stage = matcher.stage
            if let direct = LexiconMatcher(matcher: id, entry: matcher.entry, program: program) {
                stages[stage].lexiconMatchers.append(direct)
                continue
            }
            var tests: [Instruction] = []
            for first in firsts {
                switch first {
                case .token(let form, let token):
                    anchors.add(id, token: form, id: token)
                    let formIndex = Int(form.rawValue)
                    if stages[stage].startsByToken[formIndex].isEmpty {
                        stages[stage].startsByToken[formIndex] = Array(repeating: false, count: patterns.vocabularies[formIndex].count + 1)
                    }
                    stages[stage].startsByToken[formIndex][Int(token)] = true
                case .lexicon(let lexicon, _):
                    anchors.add(id, lexicon: lexicon)
                    if stages[stage].startsByLexicon.isEmpty { stages[stage].startsByLexicon = Array(repeating: false, count: lexicons.count) }
                    stages[stage].startsByLexicon[Int(lexicon)] = true
                case .reference(let kind, _):
                    anchors.add(id, kind: kind)
                    stages[stage].startsByKind.insert(kind)
                default:
                    tests.append(first)
                }
            }
            if !tests.isEmpty { stages[stage].testedStarts.append((id, tests)) }
        }
        for stage in stages.indices where !stages[stage].testedStarts.isEmpty {
            var bytes = [Bool](repeating: false, count: 256)
            var usable = true
            for (_, tests) in stages[stage].testedStarts {
                for test in tests {
                    guard case .regex(let regex) = test, let first = patterns.regexes[Int(regex)].firstBytes else { usable = false; continue }
                    for byte in 0..<256 where first[byte] { bytes[byte] = true }
                }
            }
            if usable { stages[stage].testedFirstBytes = bytes }
        }
        return anchors
    }
}

/// A compiled pattern as a value, for finding rules whose patterns compile to the same program.
///
/// Branch targets are made relative to the entry and the final `match` loses its matcher, so
/// two copies compare equal wherever they sit in the program. The stage is part of the key (a
/// program runs once per stage), and so is the role: rule patterns run unanchored for
/// leftmost-longest matches, context patterns anchored at each start.
private struct SharedProgramKey: Hashable {
    let instructions: [Instruction]
    let stage: Int
    let isContext: Bool

    init(program: [Instruction], from entry: Int32, stage: Int, isContext: Bool) {
        instructions = program[Int(entry)...].map { instruction in
            switch instruction {
            case .split(let a, let b): return .split(a - entry, b - entry)
            case .jump(let target): return .jump(target - entry)
            case .match: return .match(-1)
            default: return instruction
            }
        }
        self.stage = stage
        self.isContext = isContext
    }
}
