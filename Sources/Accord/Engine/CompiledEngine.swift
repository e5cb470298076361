/// Everything an ``Engine`` needs at analysis time, built once and never mutated.
final class CompiledEngine: Sendable {
    /// A lexicon of some pack.
    struct Lexicon: Sendable, Hashable {
        var name: String
        var pack: Int
        var entryIDs: Set<String>
        /// The most tokens one of its phrases has (a hit's length at most).
        var longestPhrase = 0
    }

    /// A compiled pattern: a rule's own, or one of its context conditions.
    struct Matcher: Sendable, Hashable {
        enum Role: Sendable, Hashable {
            case rule(Int32)
            case context(rule: Int32)
        }
        var entry: Int32
        var stage: Int
        var role: Role
        /// For a rule whose compiled pattern is identical to an earlier rule's of the same
        /// stage: that rule's matcher, which runs for both (its matches are copied to this one).
        /// -1 for a matcher that runs itself.
        var primary: Int32 = -1
    }

    /// One top-level element of a rule's pattern: where its instructions start, and its source.
    struct PatternElement: Sendable, Hashable {
        var pc: Int32
        var source: String
        var location: SourceLocation
    }

    /// A rule, resolved against the other packs.
    struct Rule: Sendable, Hashable {
        struct Condition: Sendable, Hashable {
            var region: RuleDefinition.Context.Region
            var negated: Bool
            var matcher: Int32
            var window: Int?
        }
        struct ExtractorCall: Sendable, Hashable {
            var name: String
            var options: ExtractorOptions
            /// Option key → lexicon index, for the options that name lexicons.
            var lexicons: [String: Int32]
            /// Option key → folded phrase → canonical id, for looking up text that is not a
            /// token of its own (the `bn` of a glued `5bn`).
            var phrases: [String: [String: String]] = [:]
        }
        var id: String
        var pack: Int
        var kind: String
        var kindIndex: Int32
        var priority: Int
        var fixed: [String: String]
        var matcher: Int32?
        var extractor: ExtractorCall?
        var conditions: [Condition]
        var window: Int?
        var attach: [String: RuleDefinition.Scope]
        var stage: Int
        /// The pattern's top-level elements, for explanations (empty for extractor rules).
        var elements: [PatternElement] = []
    }

    /// Rules that can run together: none depends on another's kind.
    struct Stage: Sendable {
        var matchers: [Int32] = []
        var extractorRules: [Int32] = []
        // The start fields below are what the compiler found; `init` turns them into the stage
        // masks and ``MatcherStarts`` the pattern machine reads.

        /// Matchers whose first element is a token class or regex, with those first tests:
        /// each starts wherever one of its tests passes.
        var testedStarts: [(matcher: Int32, tests: [Instruction])] = []
        /// When every tested start is a regex with known first bytes (``TokenRegex/firstBytes``):
        /// the bytes a token must start with for any of them to match (empty: no such shortcut).
        var testedFirstBytes: [Bool] = []
        /// Kinds whose last producer runs in this stage, resolved when it ends.
        var completedKinds: [Int32] = []
        /// For each form, which token ids start some matcher of this stage: a position whose
        /// token, hits and results start nothing, and where no thread is alive, is skipped.
        var startsByToken: [[Bool]] = Array(repeating: [], count: NormalizationForm.allCases.count)
        /// Which lexicons start some matcher of this stage.
        var startsByLexicon: [Bool] = []
        /// Which result kinds start some matcher of this stage.
        var startsByKind: Set<Int32> = []
        /// Rules whose whole pattern is one lexicon reference (`area:%areas`): their matches are
        /// the sentence's hits of it, read without running the pattern machine (see
        /// ``LexiconMatcher``). They are in no start table above.
        var lexiconMatchers: [LexiconMatcher] = []
    }

    /// Which matchers can start on which item, so a matcher only starts where its first element can match.
    /// The compiler fills it; ``MatcherStarts`` flattens it for the pattern machine, which keeps only that form.
    struct Anchors: Sendable {
        /// Each matcher's first consuming instructions: what it can start on.
        var firsts: [[Instruction]] = []
        /// Each context matcher's last consuming instructions, after which it can match: what
        /// it can end on (empty for rule matchers, whose ends nothing asks).
        var lasts: [[Instruction]] = []
        private var lists: [[Int32]] = []
        private var tokens = IntegerMap()     // form << 32 | token id → list
        private var lexicons = IntegerMap()   // lexicon index → list
        private var kinds = IntegerMap()      // kind string index → list

        /// Registers a matcher under a token, lexicon or kind key.
        mutating func add(_ matcher: Int32, token form: NormalizationForm, id: UInt32) {
            add(matcher, key: UInt64(form.rawValue) << 32 | UInt64(id), in: \.tokens)
        }
        mutating func add(_ matcher: Int32, lexicon: Int32) { add(matcher, key: UInt64(UInt32(bitPattern: lexicon)), in: \.lexicons) }
        mutating func add(_ matcher: Int32, kind: Int32) { add(matcher, key: UInt64(UInt32(bitPattern: kind)), in: \.kinds) }

        private mutating func add(_ matcher: Int32, key: UInt64, in map: WritableKeyPath<Anchors, IntegerMap>) {
            if let list = self[keyPath: map].value(for: key) {
                if !lists[Int(list)].contains(matcher) { lists[Int(list)].append(matcher) }
            } else {
                self[keyPath: map].set(Int32(lists.count), for: key)
                lists.append([matcher])
            }
        }

        /// The matchers whose first element is this token.
        @inline(__always)
        func matchers(token form: NormalizationForm, id: UInt32) -> [Int32]? {
            tokens.value(for: UInt64(form.rawValue) << 32 | UInt64(id)).map { lists[Int($0)] }
        }
        /// The matchers whose first element is a phrase of this lexicon.
        @inline(__always)
        func matchers(lexicon: Int32) -> [Int32]? {
            lexicons.value(for: UInt64(UInt32(bitPattern: lexicon))).map { lists[Int($0)] }
        }
        /// The matchers whose first element is a result of this kind.
        @inline(__always)
        func matchers(kind: Int32) -> [Int32]? {
            kinds.value(for: UInt64(UInt32(bitPattern: kind))).map { lists[Int($0)] }
        }
    }

    /// Cue lexicons for agreement status and `hai bên`-style references.
    struct Cues: Sendable, Hashable {
        var negation: Int32?
        var planned: Int32?
        var collective: Int32?
        var window: Int
    }

    let packs: [PackDefinition]
    let strings: StringTable
    let vocabularies: [TokenVocabulary]
    let automaton: LexiconAutomaton
    let lexicons: [Lexicon]
    let program: [Instruction]
    let regexes: [TokenRegex]
    let matchers: [Matcher]
    let rules: [Rule]
    let stages: [Stage]
    let cues: Cues
    let extractors: [String: any Extractor]
    /// Per rule: how its extractor runs, nil for pattern rules.
    let extractorRuns: [ExtractorRun?]
    let splitter: SentenceSplitter
    /// Token texts that end a sentence besides `.`, `!`, `?` and line breaks.
    let terminators: SentenceTerminators
    /// Forms in which document tokens need ids.
    let activeForms: [NormalizationForm]
    /// For each form and token id, a bit per stage (stage 7 stands for all later ones) whose
    /// matchers can start on that token: documents compute one mask per token, and the
    /// pattern machine skips every position whose mask, hits and results start nothing.
    let stageMaskByToken: [[UInt8]]
    /// Each stage's ``LexiconMatcher``s grouped by lexicon, for the pattern machine.
    let lexiconMatcherTable: LexiconMatcher.Table
    /// Per matcher: for a context pattern that is one lexicon reference (`before: %areas`), its
    /// ``LexiconMatcher``, so its matches are listed from the hits instead of run; else `nil`.
    let contextLexiconMatchers: [LexiconMatcher?]
    /// Per matcher: for a context pattern that is two results with a gap of any tokens between
    /// them (`sentence: '@party #any{0,60} @party'`), its ``ResultPairMatcher``, so a condition
    /// that asks only whether it matches (`sentence`) is answered from the results; else `nil`.
    let contextPairMatchers: [ResultPairMatcher?]
    /// The anchors and stage start tests, flattened for the pattern machine.
    let starts: MatcherStarts
    /// What every match of each matcher consumes, so sentences lacking it skip the matcher.
    let requirements: MatcherRequirements
    /// Per lexicon: whether it is matched on demand (``OnDemandLexicons``): its hits are not in a
    /// document's index, and the pattern machine looks them up where a context pattern asks.
    let onDemandLexicon: [Bool]
    /// Per form, token id → 1 + the bit of a required token (``MatcherRequirements/requiredTokens``),
    /// or 0; empty for a form without required tokens. Bytes, so the table stays in cache.
    let tokenRequirementBits: [[UInt8]]
    /// Where each queued or started thread goes without consuming, as lists for the machine.
    let closures: EpsilonClosures
    /// For each matcher, the most tokens one of its matches can span, or -1 when unbounded
    /// (a loop or a `@kind` reference): a `before` context runs only from starts that could end
    /// within its window.
    let longestMatch: [Int32]
    /// For each context matcher, how much of its matching a condition needs: `.all` every span
    /// (`before` compares ends with the candidate's start), `.firstPerStart` one match per start
    /// (`after` compares starts only), `.any` one match in the sentence (`sentence` asks only
    /// whether there is one). Rule matchers: `.all`.
    let contextNeeds: [ContextNeed]

    enum ContextNeed: UInt8, Sendable, Comparable {
        case all, firstPerStart, any
        /// Ordered from the most demanding (`all`) to the least.
        static func < (lhs: ContextNeed, rhs: ContextNeed) -> Bool { lhs.rawValue < rhs.rawValue }
    }
    /// For each matcher, the matchers of rules that share its program (``Matcher/primary``), which
    /// get a copy of each of its matches; empty when no rules share.
    let matcherAliases: [[Int32]]
    /// The kinds rules produce, each once, and for every string index the kind's slot among them
    /// (-1 for strings that are not a produced kind): analysis collects results by slot.
    let kindSlots: [Int32]
    let kindSlot: [Int32]
    /// For each lexicon some extractor option names, its place among them (-1 for the others):
    /// a document gathers their hits in that many lists, not one per lexicon.
    let extractorSlotOfLexicon: [Int32]
    let extractorSlotCount: Int
    /// For each lexicon entry, what a hit of it marks, in one read: the stages with a matcher
    /// that starts on a hit of its lexicon (low byte, as ``stageMaskByToken`` for tokens);
    /// whether a ``LexiconMatcher`` of some stage lists the lexicon's hits (bit 8), so
    /// documents set those hits apart once instead of every stage reading all hits of every
    /// sentence; whether an extractor option names the lexicon (bit 9); whether the entry is an
    /// exclusion (bit 10), and whether its lexicon has one (bit 11), so a document without
    /// exclusion hits is known as such, and most hits are kept, without reading the entries.
    /// One read per hit, where three tables behind the entry's lexicon were three dependent reads.
    let hitFlagsByEntry: [UInt16]
    static let listedHitFlag: UInt16 = 1 << 8
    static let extractorHitFlag: UInt16 = 1 << 9
    static let exclusionHitFlag: UInt16 = 1 << 10
    static let excludableHitFlag: UInt16 = 1 << 11
    /// Each rule's provenance, built once: every result carries one.
    let provenances: [Provenance]
    /// Each rule's provenance as the JSON fields that end a result object (`,"rule":…`), written once.
    let provenanceJSON: [[UInt8]]
    /// Every string of ``strings`` as a JSON string literal (quotes, escapes), one after another:
    /// string i is `quotedStrings[quotedStringStarts[i]..<quotedStringStarts[i + 1]]`. The ids
    /// and areas results carry are table strings, written as these bytes instead of escaped anew.
    let quotedStrings: [UInt8]
    let quotedStringStarts: [Int32]

    /// Per rule: where results' ids and areas come from (``IDSource``).
    let idSources: [IDSource]
    /// Per rule: what an agreement rule decides (``AgreementSettings``).
    let agreementSettings: [AgreementSettings]
    /// The capture names results read, as string-table indices (``CaptureNames``).
    let captureNames: CaptureNames

    init(
        packs: [PackDefinition], strings: StringTable, vocabularies: [TokenVocabulary],
        automaton: LexiconAutomaton, lexicons: [Lexicon], program: [Instruction], regexes: [TokenRegex],
        matchers: [Matcher], rules: [Rule], stages: [Stage], anchors: Anchors, cues: Cues,
        extractors: [String: any Extractor], splitter: SentenceSplitter, terminators: SentenceTerminators
    ) {
        self.packs = packs
        self.strings = strings
        self.vocabularies = vocabularies
        self.automaton = automaton.sealed()
        self.lexicons = lexicons
        self.program = program
        self.regexes = regexes
        self.matchers = matchers
        self.rules = rules
        self.stages = stages
        self.cues = cues
        self.extractors = extractors
        self.splitter = splitter
        self.terminators = terminators
        var forms = Set(automaton.activeForms)
        for instruction in program {
            if case .token(let form, _) = instruction { forms.insert(form) }
        }
        activeForms = NormalizationForm.allCases.filter { forms.contains($0) }
        var masks = [[UInt8]](repeating: [], count: NormalizationForm.allCases.count)
        for (stageNumber, stage) in stages.enumerated() {
            let bit = UInt8(1) << UInt8(min(stageNumber, 7))
            for (form, starts) in stage.startsByToken.enumerated() where !starts.isEmpty {
                if masks[form].count < starts.count { masks[form] += [UInt8](repeating: 0, count: starts.count - masks[form].count) }
                for (id, startsHere) in starts.enumerated() where startsHere { masks[form][id] |= bit }
            }
        }
        stageMaskByToken = masks
        var lexiconMasks = [UInt8](repeating: 0, count: lexicons.count)
        for (stageNumber, stage) in stages.enumerated() {
            for (lexicon, startsHere) in stage.startsByLexicon.enumerated() where startsHere {
                lexiconMasks[lexicon] |= UInt8(1) << UInt8(min(stageNumber, 7))
            }
        }
        var listed = [Bool](repeating: false, count: lexicons.count)
        for stage in stages { for direct in stage.lexiconMatchers { listed[Int(direct.lexicon)] = true } }
        lexiconMatcherTable = LexiconMatcher.Table(stages.map(\.lexiconMatchers), lexiconCount: lexicons.count)
        contextLexiconMatchers = matchers.enumerated().map { number, matcher in
            guard case .context = matcher.role else { return nil }
            return LexiconMatcher(matcher: Int32(number), entry: matcher.entry, program: program)
        }
        contextPairMatchers = matchers.enumerated().map { number, matcher in
            guard case .context = matcher.role else { return nil }
            return ResultPairMatcher(matcher: Int32(number), entry: matcher.entry, program: program)
        }
        // A context matcher shared by several conditions finds what the most demanding asks:
        // more matches of the same pattern never change an `after` or `sentence` answer.
        var needs = [ContextNeed?](repeating: nil, count: matchers.count)
        for rule in rules {
            for condition in rule.conditions {
                let need: ContextNeed
                switch condition.region {
                case .before: need = .all
                case .after: need = .firstPerStart
                case .sentence: need = .any
                }
                needs[Int(condition.matcher)] = needs[Int(condition.matcher)].map { min($0, need) } ?? need
            }
        }
        contextNeeds = needs.map { $0 ?? .all }
        var aliases = [[Int32]](repeating: [], count: matchers.count)
        for (index, matcher) in matchers.enumerated() where matcher.primary >= 0 {
            aliases[Int(matcher.primary)].append(Int32(index))
        }
        matcherAliases = aliases.contains { !$0.isEmpty } ? aliases : []
        longestMatch = Self.longestMatches(program: program, entries: matchers.map(\.entry), lexicons: lexicons)
        closures = EpsilonClosures(program: program.map(PatternOp.init), entries: matchers.map(\.entry))
        onDemandLexicon = (0..<lexicons.count).map { automaton.onDemandLexicons.contains(Int32($0)) }
        requirements = MatcherRequirements(program: program.map(PatternOp.init), matcherEntries: matchers.map(\.entry),
                                           closures: closures, entries: automaton.entries, onDemand: onDemandLexicon)
        var bitTables = [[UInt8]](repeating: [], count: NormalizationForm.allCases.count)
        for (bit, token) in requirements.requiredTokens.enumerated() {
            let form = Int(token.form), id = Int(token.id)
            if bitTables[form].count <= id { bitTables[form] += [UInt8](repeating: 0, count: id + 1 - bitTables[form].count) }
            bitTables[form][id] = UInt8(bit + 1)
        }
        tokenRequirementBits = bitTables
        var slots: [Int32] = []
        var slotOf = [Int32](repeating: -1, count: strings.strings.count)
        for rule in rules where slotOf[Int(rule.kindIndex)] < 0 {
            slotOf[Int(rule.kindIndex)] = Int32(slots.count)
            slots.append(rule.kindIndex)
        }
        kindSlots = slots
        kindSlot = slotOf
        var named = [Bool](repeating: false, count: lexicons.count)
        for call in rules.compactMap(\.extractor) {
            for lexicon in call.lexicons.values { named[Int(lexicon)] = true }
        }
        var slotOfLexicon = [Int32](repeating: -1, count: named.count)
        var slotCount: Int32 = 0
        for lexicon in named.indices where named[lexicon] {
            slotOfLexicon[lexicon] = slotCount
            slotCount += 1
        }
        extractorSlotOfLexicon = slotOfLexicon
        extractorSlotCount = Int(slotCount)
        extractorRuns = rules.map { ExtractorRun($0.extractor, extractors: extractors, slotOfLexicon: slotOfLexicon) }
        var excludable = [Bool](repeating: false, count: lexicons.count)
        for entry in self.automaton.entries where entry.isExclusion { excludable[Int(entry.lexicon)] = true }
        hitFlagsByEntry = self.automaton.entries.map { entry in
            let lexicon = Int(entry.lexicon)
            return UInt16(lexiconMasks[lexicon]) | (listed[lexicon] ? Self.listedHitFlag : 0)
                | (named[lexicon] ? Self.extractorHitFlag : 0) | (entry.isExclusion ? Self.exclusionHitFlag : 0)
                | (excludable[lexicon] ? Self.excludableHitFlag : 0)
        }
        idSources = rules.map {
            IDSource(fixedID: $0.fixed["id"], fixedArea: $0.fixed["area"], fixedIDIndex: $0.fixed["id"].flatMap(strings.index(of:)),
                     fixedAreaIndex: $0.fixed["area"].flatMap(strings.index(of:)), kind: KindClass($0.kind))
        }
        agreementSettings = rules.map(AgreementSettings.init)
        captureNames = CaptureNames(strings: strings)
        provenances = rules.map {
            Provenance(pack: packs[$0.pack].id, packVersion: packs[$0.pack].version, rule: $0.id, packHash: packs[$0.pack].contentHash)
        }
        (quotedStrings, quotedStringStarts) = strings.jsonLiterals()
        provenanceJSON = provenances.map { provenance in
            var writer = JSONWriter(capacity: 128)
            writer.beginObject()
            writer.field("start", 0)   // a field before, so the provenance fields begin with their comma
            let start = writer.count
            writer.provenanceFields(provenance)
            return writer.withBytes(in: start..<writer.count) { Array($0) }
        }
        starts = MatcherStarts(anchors: anchors, stages: stages, matcherStages: matchers.map(\.stage),
                               vocabularySizes: vocabularies.map(\.count), lexiconCount: lexicons.count, kindCount: strings.strings.count,
                               onDemand: onDemandLexicon)
    }

    /// The longest match of each matcher in tokens, -1 when unbounded.
    ///
    /// Programs only jump backwards to loop, so walking the instructions from the last to the
    /// first sees every forward successor first; a successor at or before an instruction is a loop.
    private static func longestMatches(program: [Instruction], entries: [Int32], lexicons: [Lexicon]) -> [Int32] {
        let unbounded = -1
        var longest = [Int](repeating: unbounded, count: program.count + 1)
        func after(_ pc: Int, _ target: Int) -> Int { target > pc ? longest[target] : unbounded }
        func adding(_ length: Int, _ rest: Int) -> Int { rest == unbounded ? unbounded : length + rest }
        for pc in program.indices.reversed() {
            switch program[pc] {
            case .match: longest[pc] = 0
            case .token, .tokenClass, .regex: longest[pc] = adding(1, after(pc, pc + 1))
            case .lexicon(let lexicon, _): longest[pc] = adding(lexicons[Int(lexicon)].longestPhrase, after(pc, pc + 1))
            case .reference: longest[pc] = unbounded
            case .open, .close: longest[pc] = after(pc, pc + 1)
            case .jump(let target): longest[pc] = after(pc, Int(target))
            case .split(let first, let second):
                let a = after(pc, Int(first)), b = after(pc, Int(second))
                longest[pc] = a == unbounded || b == unbounded ? unbounded : max(a, b)
            }
        }
        return entries.map { Int32(clamping: longest[Int($0)]) }
    }
}
