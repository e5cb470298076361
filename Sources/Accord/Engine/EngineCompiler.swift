/// Compiles packs into a ``CompiledEngine``: resolves imports, builds the lexicon
/// automaton, compiles patterns and orders rules by their dependencies.
///
/// Every problem across all packs is collected, so one `accord lint` run shows them all.
struct EngineCompiler {
    let packs: [PackDefinition]
    let extractors: [String: any Extractor]
    let limits: Limits

    var diagnostics: [Diagnostic] = []
    var patterns: PatternCompiler
    var automaton = LexiconAutomaton()
    var lexicons: [CompiledEngine.Lexicon] = []
    /// For each pack, its own lexicons by name.
    var lexiconsByPack: [[String: Int32]]
    /// For each pack, the packs it can see (itself first, then its imports, transitively).
    var visiblePacks: [[Int]]
    var packIndexByID: [String: Int] = [:]
    var cueLexicons: [String: Int32] = [:]
    /// The phrases read from the packs, in order, for the automaton: they go into it once the
    /// rules say which lexicons are matched on demand (``OnDemandLexicons``).
    var phrases: [CompiledPhrase] = []

    /// A lexicon phrase as token ids, waiting to be added to the automaton.
    struct CompiledPhrase {
        var ids: [UInt32]
        var form: NormalizationForm
        var entry: LexiconAutomaton.Entry
        /// The exact ids a case-sensitive phrase walked in its folded form is checked against.
        var exact: [UInt32]?
    }

    init(packs: [PackDefinition], extractors: [any Extractor], limits: Limits) {
        self.packs = packs
        self.limits = limits
        var byName: [String: any Extractor] = [:]
        for extractor in extractors { byName[extractor.name] = extractor }
        self.extractors = byName
        patterns = PatternCompiler(maxPatternSize: limits.maxPatternSize)
        lexiconsByPack = Array(repeating: [:], count: packs.count)
        visiblePacks = Array(repeating: [], count: packs.count)
    }

    /// Compiles, or throws every problem found.
    static func compile(packs: [PackDefinition], extractors: [any Extractor], limits: Limits) throws(AccordError) -> CompiledEngine {
        var compiler = EngineCompiler(packs: packs, extractors: extractors, limits: limits)
        let engine = compiler.run()
        let errors = compiler.diagnostics.filter { $0.severity == .error }
        if let engine, errors.isEmpty { return engine }
        throw AccordError(compiler.diagnostics.isEmpty
            ? [Diagnostic(.internalInvariant, "the packs could not be compiled")] : compiler.diagnostics)
    }

    private mutating func run() -> CompiledEngine? {
        resolvePacks()
        checkSizes()
        guard diagnostics.isEmpty else { return nil }
        buildLexicons()
        buildCues()
        let (rules, matchers, stages, anchors) = buildRules()
        guard diagnostics.isEmpty else { return nil }
        // Phrases go into the automaton in the order read, so entries are numbered as they come.
        let walked = Set(cueLexicons.values).union(phrases.filter(\.entry.isExclusion).map(\.entry.lexicon))
        let onDemand = OnDemandLexicons.classify(lexiconCount: lexicons.count, program: patterns.instructions,
                                                 matchers: matchers, rules: rules, walked: walked)
        for phrase in phrases {
            automaton.add(phrase.ids, form: phrase.form, entry: phrase.entry, requiringExact: phrase.exact,
                          onDemand: onDemand[Int(phrase.entry.lexicon)])
        }
        var abbreviations = SentenceSplitter.defaultAbbreviations
        for pack in packs { abbreviations.formUnion(pack.abbreviations) }
        let window = packs.compactMap(\.cues.window).max() ?? 4
        return CompiledEngine(
            packs: packs, strings: patterns.strings, vocabularies: patterns.vocabularies,
            automaton: automaton, lexicons: lexicons, program: patterns.instructions, regexes: patterns.regexes,
            matchers: matchers, rules: rules, stages: stages, anchors: anchors,
            cues: .init(negation: cueLexicons["negation"], planned: cueLexicons["planned"],
                        collective: cueLexicons["collective"], window: window),
            extractors: extractors, splitter: SentenceSplitter(abbreviations: abbreviations),
            terminators: SentenceTerminators(packs.flatMap(\.terminators)))
    }

    mutating func error(_ code: Diagnostic.Code, _ message: String, hint: String?, at location: SourceLocation?, line: String? = nil) {
        diagnostics.append(Diagnostic(code, message, hint: hint, at: location, sourceLine: line))
    }

    // MARK: Packs and imports

    private mutating func resolvePacks() {
        for (index, pack) in packs.enumerated() {
            if let first = packIndexByID[pack.id] {
                error(.duplicateID, "pack id '\(pack.id)' is also used by \(packs[first].file)",
                      hint: "give each pack its own id, or load only one of them", at: pack.location)
            } else {
                packIndexByID[pack.id] = index
            }
        }
        for (index, pack) in packs.enumerated() {
            for imported in pack.imports where packIndexByID[imported.value] == nil {
                let hint = SuggestionFinder.closest(to: imported.value, in: packIndexByID.keys.sorted())
                    .map { "did you mean '\($0)'?" } ?? "load the pack that has `pack: \(imported.value)` too"
                error(.missingImport, "pack '\(pack.id)' imports '\(imported.value)', which is not loaded",
                      hint: hint, at: imported.location, line: imported.sourceLine)
            }
            for (imported, range) in pack.importRanges.sorted(by: { $0.key < $1.key }) {
                guard let target = packIndexByID[imported], let parsed = VersionRange(range.value),
                      let version = SemanticVersion(packs[target].version), !parsed.contains(version) else { continue }
                error(.unsatisfiedRequirement,
                      "pack '\(pack.id)' imports '\(imported)' \(range.value), but the loaded '\(imported)' is version \(packs[target].version)",
                      hint: "load a version of '\(imported)' in \(range.value) (\(packs[target].file) is \(packs[target].version)), or widen the range",
                      at: range.location, line: range.sourceLine)
            }
            visiblePacks[index] = ImportGraph.visible(from: index, packs: packs, indexByID: packIndexByID)
        }
        reportImportCycles()
    }


    private mutating func reportImportCycles() {
        // Iterative depth-first search with colours; one report per cycle found.
        var state = [UInt8](repeating: 0, count: packs.count)   // 0 new, 1 on stack, 2 done
        for root in packs.indices where state[root] == 0 {
            var stack: [(pack: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while let top = stack.last {
                let imports = packs[top.pack].imports
                if top.next >= imports.count {
                    state[top.pack] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                guard let child = packIndexByID[imports[top.next].value] else { continue }
                if state[child] == 1 {
                    let cycleStart = stack.firstIndex { $0.pack == child } ?? 0
                    let names = stack[cycleStart...].map { packs[$0.pack].id } + [packs[child].id]
                    let imported = imports[top.next]
                    error(.importCycle, "packs import each other in a cycle: " + names.joined(separator: " → "),
                          hint: "move what both need into a third pack that both import", at: imported.location, line: imported.sourceLine)
                } else if state[child] == 0 {
                    state[child] = 1
                    stack.append((child, 0))
                }
            }
        }
    }

    private mutating func checkSizes() {
        let ruleCount = packs.reduce(0) { $0 + $1.rules.count }
        if ruleCount > limits.maxRules {
            error(.packTooLarge, "the packs have \(ruleCount) rules, over the limit of \(limits.maxRules)",
                  hint: "load fewer packs or raise Limits.maxRules", at: packs.first?.location)
        }
        let phraseCount = packs.reduce(0) { total, pack in
            total + pack.lexicons.reduce(0) { $0 + $1.entries.reduce(0) { $0 + $1.phrases.count } + $1.exclusions.count }
        }
        if phraseCount > limits.maxPhrases {
            error(.packTooLarge, "the packs have \(phraseCount) phrases, over the limit of \(limits.maxPhrases)",
                  hint: "load fewer packs or raise Limits.maxPhrases", at: packs.first?.location)
        }
    }

    // MARK: Lexicons

    private mutating func buildLexicons() {
        for (packIndex, pack) in packs.enumerated() {
            for lexicon in pack.lexicons {
                if lexiconsByPack[packIndex][lexicon.name] != nil {
                    error(.duplicateID, "lexicon '\(lexicon.name)' is defined twice in pack '\(pack.id)'",
                          hint: "merge the two lexicons", at: lexicon.location)
                    continue
                }
                let index = Int32(lexicons.count)
                lexicons.append(.init(name: lexicon.name, pack: packIndex, entryIDs: Set(lexicon.entries.map(\.id))))
                lexiconsByPack[packIndex][lexicon.name] = index
                var seenIDs: Set<String> = []
                for entry in lexicon.entries {
                    if !seenIDs.insert(entry.id).inserted { continue }   // YAML duplicate keys are already errors
                    let id = patterns.strings.intern(entry.id)
                    for phrase in entry.phrases {
                        addPhrase(phrase, form: entry.options.form,
                                  entry: .init(lexicon: index, id: id, isExclusion: false), lexicon: lexicon.name)
                    }
                }
                for phrase in lexicon.exclusions {
                    addPhrase(phrase, form: lexicon.options.form,
                              entry: .init(lexicon: index, id: -1, isExclusion: true), lexicon: lexicon.name)
                }
            }
        }
    }

    private mutating func addPhrase(_ phrase: Located<String>, form: NormalizationForm, entry: LexiconAutomaton.Entry, lexicon: String) {
        let ids = patterns.phraseIDs(phrase.value, form: form)
        if ids.isEmpty {
            error(.emptyPhrase, "phrase '\(phrase.value)' in lexicon '\(lexicon)' contains no word, number or punctuation",
                  hint: "remove it or write the words to match", at: phrase.location, line: phrase.sourceLine)
            return
        }
        // A case-sensitive phrase is walked in the folded trie, checked against its exact ids
        // (``LexiconAutomaton``): one walk over each document instead of two. The folded spelling
        // of each token follows from its exact one, and the tokens are the raw phrase's in both
        // forms, so the two lists have a token each (were they ever not, the exact trie takes it).
        let folded = form == .exact ? patterns.phraseIDs(phrase.value, form: .folded) : []
        if form == .exact && folded.count == ids.count {
            phrases.append(CompiledPhrase(ids: folded, form: .folded, entry: entry, exact: ids))
        } else {
            phrases.append(CompiledPhrase(ids: ids, form: form, entry: entry, exact: nil))
        }
        if !entry.isExclusion { lexicons[Int(entry.lexicon)].longestPhrase = max(lexicons[Int(entry.lexicon)].longestPhrase, ids.count) }
    }

    private mutating func buildCues() {
        for (packIndex, pack) in packs.enumerated() {
            let form = pack.options.form
            for (name, phrases) in [("negation", pack.cues.negation), ("planned", pack.cues.planned),
                                    ("collective", pack.cues.collective)] where !phrases.isEmpty {
                let index: Int32
                if let existing = cueLexicons[name] {
                    index = existing
                } else {
                    index = Int32(lexicons.count)
                    lexicons.append(.init(name: "cue:" + name, pack: packIndex, entryIDs: [name]))
                    cueLexicons[name] = index
                }
                let id = patterns.strings.intern(name)
                for phrase in phrases {
                    addPhrase(phrase, form: form, entry: .init(lexicon: index, id: id, isExclusion: false), lexicon: "cues." + name)
                }
                for phrase in pack.cues.exclusions {
                    addPhrase(phrase, form: form, entry: .init(lexicon: index, id: -1, isExclusion: true), lexicon: "cues.exclude")
                }
            }
        }
    }

    /// A snapshot of the lexicon names, for resolving pattern references.
    var resolver: LexiconResolver {
        LexiconResolver(packIDs: packs.map(\.id), packIndexByID: packIndexByID, lexiconsByPack: lexiconsByPack,
                        visiblePacks: visiblePacks, lexiconPacks: lexicons.map(\.pack))
    }
}
