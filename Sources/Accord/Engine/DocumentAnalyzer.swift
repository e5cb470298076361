/// Runs a compiled engine over one document: stages of extractors and patterns, then typed results.
struct DocumentAnalyzer {
    let engine: CompiledEngine
    /// The date relative expressions count from, if the caller gave one.
    var referenceDate: CalendarDate?
    /// Token ids and matcher buffers kept from earlier documents of the same session.
    var workspace: AnalysisWorkspace
    /// Where to record every selection and overlap decision, when the text is being explained.
    var trace: ExplainTrace? = nil

    /// Analyses one text.
    func analyze(_ text: String) -> Analysis {
        ResultBuilder(engine: engine, index: index(text), referenceDate: referenceDate).build()
    }

    /// Runs every stage over one text: its tokens, hits and accepted raw results, for a
    /// ``ResultBuilder`` to turn into results.
    func index(_ text: String) -> DocumentIndex {
        index(TokenizedDocument(text: text, splitter: engine.splitter, terminators: engine.terminators))
    }

    /// ``index(_:)-(String)`` of a text given as UTF-8, or nil when the bytes are not well-formed
    /// UTF-8 (the caller then indexes the `String` that repairs them).
    func index(utf8: [UInt8]) -> DocumentIndex? {
        tokenized(utf8, buffers: workspace.buffers).map(index)
    }

    /// The tokens and sentences of a text given as UTF-8, in the token tables `buffers` keep;
    /// nil when the bytes are not well-formed UTF-8.
    private func tokenized(_ utf8: [UInt8], buffers: DocumentBuffers) -> TokenizedDocument? {
        TokenizedDocument(utf8: utf8, splitter: engine.splitter, terminators: engine.terminators,
                          spareTokens: DocumentBuffers.take(&buffers.tokens),
                          spareNumbers: DocumentBuffers.take(&buffers.sentenceOfToken))
    }

    private func index(_ document: TokenizedDocument) -> DocumentIndex {
        let spellingsForgotten = workspace.cache.beginDocument()
        workspace.store.removeAll()
        let index = DocumentIndex(document: document, engine: engine, cache: workspace.cache, store: workspace.store,
                                  buffers: workspace.buffers)
        runStages(over: index, spellingsForgotten: spellingsForgotten)
        return index
    }

    /// The first half of ``index(utf8:)`` for a document of a batch
    /// (``AnalysisSession/analyzeJSON(batch:language:referenceDate:)``): its tokens, ids and hits,
    /// in tables and a store of its own, so the documents of a batch can be indexed one after
    /// another before any of them is run through the stages (``runStages(over:spellingsForgotten:)``).
    ///
    /// The caller starts the batch with the session cache's `beginDocument()`; nil when the
    /// bytes are not well-formed UTF-8.
    func prepare(utf8: [UInt8], slot: BatchSlot) -> DocumentIndex? {
        guard let document = tokenized(utf8, buffers: slot.buffers) else { return nil }
        slot.store.removeAll()
        return DocumentIndex(document: document, engine: engine, cache: workspace.cache, store: slot.store, buffers: slot.buffers)
    }

    /// Runs every stage, extractors and patterns, over an indexed document, adding its accepted results to the index.
    ///
    /// - Parameter spellingsForgotten: The session cache was cleared since the last document
    ///   was run, so what the pattern machine remembers per spelling no longer applies.
    func runStages(over index: DocumentIndex, spellingsForgotten: Bool) {
        let document = index.document
        workspace.machine.reset(spellingsForgotten: spellingsForgotten)
        // Results waiting for their kind's overlap resolution, by kind slot (a dictionary here
        // was rehashed for every sentence). These buffers are the workspace's, taken for the
        // document and given back with their capacity, so a document does not grow them anew.
        var produced = workspace.produced
        var candidates = workspace.candidates
        workspace.produced = []
        workspace.candidates = []
        if produced.count != engine.kindSlots.count { produced = [[RawResult]](repeating: [], count: engine.kindSlots.count) }
        for slot in produced.indices { produced[slot].removeAll(keepingCapacity: true) }
        defer {
            workspace.produced = produced
            workspace.candidates = candidates
        }

        // The workspace's lists, refilled: each document's were allocated, grown and freed.
        var extractorHits = workspace.extractorHits
        workspace.extractorHits = []
        if engine.extractorSlotCount > 0 { collectExtractorHits(index, into: &extractorHits) }
        defer { workspace.extractorHits = extractorHits }
        var digitTokens = DocumentBuffers.take(&workspace.digitTokens)
        if engine.stages.contains(where: { !$0.extractorRules.isEmpty }) { Self.collectDigitTokens(document.tokens, into: &digitTokens) }
        defer { workspace.digitTokens = digitTokens }
        for (stageNumber, stage) in engine.stages.enumerated() {
            for ruleIndex in stage.extractorRules {
                for result in runExtractor(rule: ruleIndex, index: index, hits: extractorHits, digitTokens: digitTokens) {
                    produced[Int(engine.kindSlot[Int(result.kind)])].append(result)
                }
            }
            if !stage.matchers.isEmpty {
                index.withView { view in
                    for (sentenceNumber, sentence) in document.sentences.enumerated() {
                        runMatchers(stage: stageNumber, sentence: sentence, number: Int32(sentenceNumber), view: view,
                                    index: index, candidates: &candidates, into: &produced)
                    }
                }
            }
            for kind in stage.completedKinds {
                let slot = Int(engine.kindSlot[Int(kind)])
                guard slot >= 0 else { continue }   // a kind no rule produces has nothing to resolve
                let accepted = resolveOverlaps(&produced[slot])
                produced[slot].removeAll(keepingCapacity: true)
                let fields = ResultFields(engine: engine, index: index)
                index.accept(accepted, strings: engine.strings) { fields.internedID(of: $0) }
            }
        }
        trace?.index = index
    }

    /// Runs one stage's matchers over one sentence and keeps the selected matches.
    private func runMatchers(
        stage: Int, sentence: Range<Int>, number: Int32, view: DocumentView, index: DocumentIndex,
        candidates: inout [Candidate], into produced: inout [[RawResult]]
    ) {
        // Most sentences leave no candidates, and emptying an empty array is not free.
        if !candidates.isEmpty { candidates.removeAll(keepingCapacity: true) }
        workspace.machine.run(stage: stage, sentence: sentence, view: view, index: index, into: &candidates)
        if candidates.isEmpty { return }
        // Rules sharing a program ran once, as its first rule: each gets a copy of the matches,
        // and candidates whose conditions cannot hold are dropped (not when tracing, so an
        // explanation still lists each candidate with its failed condition).
        workspace.machine.expandAliases(&candidates, sentence: sentence, view: view, index: index, dropping: trace == nil)
        if candidates.isEmpty { return }
        // Context patterns run only for rules that matched, and only from the starts
        // their conditions can use: before a candidate, after it (within the window), anywhere.
        // A few per sentence: searched, not hashed. The buffer is the workspace's, taken and given
        // back, so a sentence does not allocate one.
        var needed = workspace.contextRegions
        workspace.contextRegions = []
        needed.removeAll(keepingCapacity: true)
        defer { workspace.contextRegions = needed }
        workspace.machine.contextRegions(for: candidates, sentence: sentence, into: &needed)
        if !needed.isEmpty {
            needed.sort { $0.matcher < $1.matcher }
            workspace.machine.runContexts(needed, sentence: sentence, view: view, index: index, into: &candidates)
        }
        // Grouped by matcher with one sort, no hashing: this runs for every sentence. Sorted in
        // place, in the buffer the machine filled, so no sentence allocates a copy.
        // Compared field by field: negating `end` in a tuple checked it for overflow at every comparison.
        candidates.sortKeepingOrder { a, b in
            if a.matcher != b.matcher { return a.matcher < b.matcher }
            if a.start != b.start { return a.start < b.start }
            return a.end > b.end
        }
        select(candidates, sentence: number, store: index.store, into: &produced)
    }

    // MARK: Selecting matches

    /// Keeps each rule's leftmost-longest, non-overlapping matches whose context conditions hold,
    /// adding them to `produced` by kind slot.
    ///
    /// - Parameter sorted: The sentence's candidates, ordered by matcher, start, then longest first.
    private func select(_ sorted: [Candidate], sentence: Int32, store: ResultStore, into produced: inout [[RawResult]]) {
        var groups = workspace.candidateGroups
        workspace.candidateGroups = []
        groups.removeAll(keepingCapacity: true)
        defer { workspace.candidateGroups = groups }
        var groupStart = 0
        for index in sorted.indices where index + 1 == sorted.count || sorted[index + 1].matcher != sorted[index].matcher {
            groups.append((sorted[index].matcher, groupStart..<index + 1))
            groupStart = index + 1
        }
        for (matcher, range) in groups {
            let facts = workspace.machine.conditions.ruleFacts[Int(matcher)]
            guard facts.rule >= 0 else { continue }
            let ruleIndex = facts.rule, kind = facts.kind, slot = Int(facts.slot)
            // The rule's conditions read only when it has some: most candidates' rules have none.
            let conditions = facts.hasConditions ? engine.rules[Int(ruleIndex)].conditions : []
            let ruleWindow = facts.hasConditions ? engine.rules[Int(ruleIndex)].window : nil
            var lastEnd: Int32 = -1, lastStart: Int32 = -1
            for number in range {
                let candidate = sorted[number]
                guard candidate.start >= lastEnd else {
                    trace?.candidates.append(.init(rule: ruleIndex, start: candidate.start, end: candidate.end, sentence: sentence,
                                                   outcome: .overlapsSameRule(start: lastStart, end: lastEnd)))
                    continue
                }
                if !conditions.isEmpty, let failed = failedCondition(conditions, window: ruleWindow, candidate, in: sorted, groups: groups) {
                    trace?.candidates.append(.init(rule: ruleIndex, start: candidate.start, end: candidate.end, sentence: sentence,
                                                   outcome: .conditionFailed(failed)))
                    continue
                }
                trace?.candidates.append(.init(rule: ruleIndex, start: candidate.start, end: candidate.end, sentence: sentence,
                                               outcome: .selected))
                lastStart = candidate.start
                lastEnd = candidate.end
                let captureStart = Int32(store.captures.count)
                let captureCount = workspace.machine.appendCaptures(from: candidate.captures, to: &store.captures)
                produced[slot].append(RawResult(
                    rule: ruleIndex, kind: kind, start: candidate.start, end: candidate.end,
                    sentence: sentence, captureStart: captureStart, captureCount: captureCount))
            }
        }
    }

    /// The index of the first context condition that does not hold for a candidate, or `nil`.
    private func failedCondition(
        _ conditions: [CompiledEngine.Rule.Condition], window ruleWindow: Int?, _ candidate: Candidate, in sorted: [Candidate],
        groups: [(matcher: Int32, range: Range<Int>)]
    ) -> Int? {
        // Through raw buffers: this runs for every candidate of a rule with conditions, and slices
        // of the arrays retained and released them for each condition.
        sorted.withUnsafeBufferPointer { sorted in
        groups.withUnsafeBufferPointer { groups in
            for (number, condition) in conditions.enumerated() {
                var spans = 0..<0
                for group in groups where group.matcher == condition.matcher {
                    spans = group.range
                    break
                }
                let window = Int32(clamping: condition.window ?? ruleWindow ?? Int(Int32.max))
                var found = false
                switch condition.region {
                case .before:
                    for index in spans where sorted[index].end <= candidate.start && candidate.start - sorted[index].end <= window {
                        found = true
                        break
                    }
                case .after:
                    for index in spans where sorted[index].start >= candidate.end && sorted[index].start - candidate.end <= window {
                        found = true
                        break
                    }
                case .sentence: found = !spans.isEmpty
                }
                if found == condition.negated { return number }
            }
            return nil
        }}
    }

    /// Resolves overlapping results of one kind: priority, then length, then position, then pack and rule order.
    ///
    /// The policy is greedy over the whole kind (best first, kept unless it overlaps one kept
    /// before), but results that share no token with any other never meet a rival: the results
    /// are put in text order and cut into groups that overlap in a chain, each group decided
    /// alone, and most groups are one result, kept without a sort by priority.
    ///
    /// - Parameter sorted: The kind's results, sorted here in place (the caller empties them next).
    /// - Returns: The kept results ordered by start, then rule (ties in the order they were kept).
    private func resolveOverlaps(_ sorted: inout [RawResult]) -> [RawResult] {
        guard sorted.count > 1 else { return sorted }
        // In text order; among equal starts and rules the longer first, as the policy keeps them.
        sorted.sortKeepingOrder { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.rule != b.rule { return a.rule < b.rule }
            return a.end &- a.start > b.end &- b.start
        }
        var accepted: [RawResult] = []
        accepted.reserveCapacity(sorted.count)
        var groupStart = 0, groupEnd = sorted[0].end
        for index in 1...sorted.count {
            // A group ends before the first result starting at or after every end so far.
            if index < sorted.count && sorted[index].start < groupEnd {
                groupEnd = max(groupEnd, sorted[index].end)
                continue
            }
            if index - groupStart == 1 {
                accepted.append(sorted[groupStart])
            } else {
                resolveGroup(sorted[groupStart..<index], into: &accepted)
            }
            if index < sorted.count {
                groupStart = index
                groupEnd = sorted[index].end
            }
        }
        return accepted
    }

    /// Applies the overlap policy to results that overlap in a chain, appending the kept ones
    /// ordered by start, then rule (ties in the order they were kept).
    private func resolveGroup(_ group: ArraySlice<RawResult>, into accepted: inout [RawResult]) {
        // Each result's rule priority read once, beside it: the comparator read it from the rule
        // table twice per comparison.
        // In the workspace's buffer: a group is a few results, and a list of its own cost more
        // to allocate and free than to sort.
        let rules = engine.rules
        var keyed = DocumentBuffers.take(&workspace.overlapGroup)
        for result in group { keyed.append((priority: rules[Int(result.rule)].priority, result: result)) }
        defer { workspace.overlapGroup = keyed }
        keyed.sortKeepingOrder { a, b in
            if a.priority != b.priority { return a.priority > b.priority }
            let lengthA = a.result.end &- a.result.start, lengthB = b.result.end &- b.result.start
            if lengthA != lengthB { return lengthA > lengthB }
            if a.result.start != b.result.start { return a.result.start < b.result.start }
            return a.result.rule < b.result.rule   // rules are numbered in pack load order, then pack order
        }
        // Which kept result covers each token (-1: none), so an overlap check reads the
        // candidate's few tokens instead of every kept span. The workspace's buffer is all
        // -1 between calls: the tokens marked here are cleared before returning.
        var owner = workspace.tokenOwners
        workspace.tokenOwners = []
        var last: Int32 = 0
        for result in group where result.end > last { last = result.end }
        if owner.count < Int(last) { owner += [Int32](repeating: -1, count: Int(last) - owner.count) }
        let first = accepted.count
        for (_, result) in keyed {
            var overlapping = false
            for token in Int(result.start)..<Int(result.end) where owner[token] >= 0 {
                overlapping = true
                break
            }
            if overlapping {
                if let trace {
                    // The first kept result it overlaps, as the policy documents it: only this
                    // group's can overlap it.
                    let winner = accepted[first...].first { $0.start < result.end && result.start < $0.end } ?? result
                    trace.drops.append(.init(dropped: result, winner: winner, reason: overlapReason(winner, result)))
                }
                continue
            }
            for token in Int(result.start)..<Int(result.end) { owner[token] = Int32(accepted.count) }
            accepted.append(result)
        }
        for result in accepted[first...] { for token in Int(result.start)..<Int(result.end) { owner[token] = -1 } }
        workspace.tokenOwners = owner
        // In place: a sorted copy was one more array.
        // In place, through the whole list's buffer: a slice's own buffer call copied the list.
        accepted.withUnsafeMutableBufferPointer { all in
            UnsafeMutableBufferPointer(rebasing: all[first...]).sortKeepingOrder { ($0.start, $0.rule) < ($1.start, $1.rule) }
        }
    }

    /// The first criterion of the overlap policy on which `winner` beat `loser`.
    private func overlapReason(_ winner: RawResult, _ loser: RawResult) -> ExplainTrace.OverlapReason {
        if engine.rules[Int(winner.rule)].priority != engine.rules[Int(loser.rule)].priority { return .priority }
        if winner.end - winner.start != loser.end - loser.start { return .length }
        if winner.start != loser.start { return .position }
        return .order
    }

    // MARK: Extractors

    /// The document's hits of every lexicon an extractor option names, by the lexicon's place
    /// among them (``CompiledEngine/extractorSlotOfLexicon``), in one pass.
    ///
    /// - Parameter bySlot: Lists to fill (the last document's, emptied here, keeping their memory).
    private func collectExtractorHits(_ index: DocumentIndex, into bySlot: inout [[ExtractorInput.Hit]]) {
        let slotOf = engine.extractorSlotOfLexicon
        if bySlot.count != engine.extractorSlotCount { bySlot = [[ExtractorInput.Hit]](repeating: [], count: engine.extractorSlotCount) }
        for slot in bySlot.indices where !bySlot[slot].isEmpty { bySlot[slot].removeAll(keepingCapacity: true) }
        let entries = engine.automaton.entries
        // The index set these hits apart while finding them: the other hits are never read here.
        let hits = index.hits, chosen = index.extractorHits
        // Through the outer array's buffer: appending through the array checked its uniqueness
        // as well as the slot's at every hit.
        bySlot.withUnsafeMutableBufferPointer { bySlot in
            for hitIndex in chosen {
                let hit = hits[Int(hitIndex)]
                let entry = entries[Int(hit.entry)]
                bySlot[Int(slotOf[Int(entry.lexicon)])].append(ExtractorInput.Hit(tokens: Int(hit.start)..<Int(hit.end), id: engine.strings[entry.id]))
            }
        }
    }

    /// The indices of the tokens that contain a digit, in order (``ExtractorInput/digitTokens``).
    ///
    /// - Parameter digitTokens: A list to fill (the last document's, emptied here, keeping its memory).
    private static func collectDigitTokens(_ tokens: [Token], into digitTokens: inout [Int32]) {
        digitTokens.removeAll(keepingCapacity: true)
        tokens.withUnsafeBufferPointer { tokens in
            for index in tokens.indices where tokens[index].flags.contains(.hasDigit) {
                digitTokens.append(Int32(truncatingIfNeeded: index))
            }
        }
    }

    private func runExtractor(
        rule ruleIndex: Int32, index: DocumentIndex, hits bySlot: [[ExtractorInput.Hit]], digitTokens: [Int32]
    ) -> [RawResult] {
        // Resolved when the engine was compiled: copying the rule and finding its extractor by
        // name was most of an extractor's cost on a short document.
        guard let run = engine.extractorRuns[Int(ruleIndex)] else { return [] }
        let kind = engine.rules[Int(ruleIndex)].kindIndex
        let document = index.document
        let input = ExtractorInput(options: run.options, sentences: document.sentences, document: document,
                                   lexiconKeys: run.lexicons, hitsBySlot: bySlot, lexiconPhrases: run.phrases,
                                   digitTokens: digitTokens)
        let tokenCount = document.tokens.count
        let extractions = run.extract(input)
        var results: [RawResult] = []
        results.reserveCapacity(extractions.count)   // `compactMap` grew it from empty
        for extraction in extractions {
            // An extractor is host code: ignore out-of-range or empty spans rather than trap.
            let range = extraction.tokens
            guard range.lowerBound >= 0, range.upperBound <= tokenCount, !range.isEmpty else { continue }
            index.store.extractions.append(ResultStore.Extraction(id: extraction.id, fields: extraction.storedFields))
            results.append(RawResult(rule: ruleIndex, kind: kind, start: Int32(range.lowerBound), end: Int32(range.upperBound),
                                     sentence: document.sentenceOfToken[range.lowerBound],
                                     extraction: Int32(index.store.extractions.count - 1)))
        }
        return results
    }
}
