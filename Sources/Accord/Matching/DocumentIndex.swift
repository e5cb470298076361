/// One document prepared for matching: token ids, lexicon hits and accepted results, indexed by token.
///
/// A class: the analyser, the result builder and every ``ResultFields`` read the same index,
/// and as a struct of a dozen arrays each copy cost a dozen retains (about 200 copies a
/// document). It belongs to one analysis on one thread, so its `var`s skip the dynamic
/// exclusivity check; results are added between stages, never while a view is open.
final class DocumentIndex {
    let document: TokenizedDocument
    /// The captures and extractor outputs of this document's raw results.
    let store: ResultStore
    @exclusivity(unchecked) private(set) var ids = TokenIDs()
    /// For each token, its spelling's number in the session's ``TokenIDCache``.
    @exclusivity(unchecked) private(set) var spellings: [Int32] = []
    /// For each token, in the low byte the stages (one bit each) with a matcher whose first
    /// element is this token or a lexicon hit starting at it; in the high byte the stages with a
    /// tested start (a regex with known first bytes) that the token's first byte lets through.
    @exclusivity(unchecked) private(set) var tokenStageMask: [UInt16] = []
    /// For each sentence, the union of its tokens' stage masks: a stage none of whose matchers
    /// starts on a token or hit of the sentence skips the sentence (unless it starts on tests or results).
    @exclusivity(unchecked) private(set) var sentenceStageMask: [UInt8] = []
    /// For each sentence, the required tokens it contains and the required entries and lexicons
    /// its hits give, one presence bit each (``MatcherRequirements``).
    @exclusivity(unchecked) private(set) var sentencePresence: [PresenceBits] = []
    /// Lexicon hits (exclusions removed), ordered by start then end.
    @exclusivity(unchecked) private(set) var hits: [LexiconHit] = []
    /// `hitStarts[t]..<hitStarts[t + 1]` are the hits starting at token t.
    @exclusivity(unchecked) private var hitStarts: [Int32] = []
    /// The indices of the hits a ``LexiconMatcher`` may list (``CompiledEngine/hitFlagsByEntry``),
    /// in hit order; sentence s's are `listedHits[listedHitsBySentence[s]..<listedHitsBySentence[s + 1]]`.
    @exclusivity(unchecked) private var listedHits: [Int32] = []
    @exclusivity(unchecked) private var listedHitsBySentence: [Int32] = []
    /// The indices of the hits of lexicons an extractor option names (``CompiledEngine/hitFlagsByEntry``), in hit order.
    @exclusivity(unchecked) private(set) var extractorHits: [Int32] = []
    /// Accepted results of every kind resolved so far.
    @exclusivity(unchecked) private(set) var results: [RawResult] = []
    /// The ids of accepted results that are not in the engine's string table (text a rule
    /// captured, say), by result; the others are in ``resultSpans`` as table indices.
    @exclusivity(unchecked) private var unlistedResultIDs: [Int32: String] = [:]
    @exclusivity(unchecked) private var resultSpans: [ResultSpan] = []  // what the pattern machine reads of each result
    @exclusivity(unchecked) private var resultOrder: [Int32] = []       // result indices ordered by start token
    @exclusivity(unchecked) private var resultStarts: [Int32] = []      // CSR over resultOrder

    /// Where the tables come from and go back to when the index is released.
    private let buffers: DocumentBuffers

    init(
        document: TokenizedDocument, engine: CompiledEngine, cache: TokenIDCache, store: ResultStore = ResultStore(),
        buffers: DocumentBuffers
    ) {
        self.document = document
        self.store = store
        self.buffers = buffers
        computeIDs(engine: engine, cache: cache)
        collectHits(engine: engine)
        resultStarts = DocumentBuffers.take(&buffers.resultStarts, count: document.tokens.count + 1, filledWith: 0)
        results = DocumentBuffers.take(&buffers.results)
        resultSpans = DocumentBuffers.take(&buffers.resultSpans)
        resultOrder = DocumentBuffers.take(&buffers.resultOrder)
    }

    deinit {
        // Given back as the index goes: nothing reads it any more, so the next document of the
        // session fills these tables instead of allocating its own.
        DocumentBuffers.give(document.tokens, to: &buffers.tokens)
        DocumentBuffers.give(document.sentenceOfToken, to: &buffers.sentenceOfToken)
        DocumentBuffers.give(ids[.exact], to: &buffers.exact)
        DocumentBuffers.give(ids[.folded], to: &buffers.folded)
        DocumentBuffers.give(ids[.loose], to: &buffers.loose)
        DocumentBuffers.give(spellings, to: &buffers.spellings)
        DocumentBuffers.give(tokenStageMask, to: &buffers.tokenStageMask)
        DocumentBuffers.give(sentenceStageMask, to: &buffers.sentenceStageMask)
        DocumentBuffers.give(sentencePresence, to: &buffers.sentencePresence)
        DocumentBuffers.give(hits, to: &buffers.hits)
        DocumentBuffers.give(hitStarts, to: &buffers.hitStarts)
        DocumentBuffers.give(listedHits, to: &buffers.listedHits)
        DocumentBuffers.give(listedHitsBySentence, to: &buffers.listedHitsBySentence)
        DocumentBuffers.give(extractorHits, to: &buffers.extractorHits)
        DocumentBuffers.give(results, to: &buffers.results)
        DocumentBuffers.give(resultSpans, to: &buffers.resultSpans)
        DocumentBuffers.give(resultOrder, to: &buffers.resultOrder)
        DocumentBuffers.give(resultStarts, to: &buffers.resultStarts)
    }

    // MARK: Token ids and hits

    /// Gives every token its ids, spelling number and stage mask, and every sentence the stages
    /// its tokens can start and the required tokens it holds, in one pass over the tokens.
    ///
    /// A token's stage bits and required-token bits depend only on its ids, so the cache keeps
    /// them with the ids (``TokenIDCache/Spelling/facts``): a token seen before reads no table
    /// behind its ids, and the sentence summaries need no pass of their own.
    private func computeIDs(engine: CompiledEngine, cache: TokenIDCache) {
        let normalizer = TextNormalizer()
        var key: [UInt8] = []
        key.reserveCapacity(64)
        let count = document.tokens.count
        // Every element of these is written below, token by token and sentence by sentence: they
        // are the last document's memory made the right length, not cleared first.
        var exact = DocumentBuffers.take(&buffers.exact, unfilledCount: count, filler: 0)
        var folded = DocumentBuffers.take(&buffers.folded, unfilledCount: count, filler: 0)
        var loose = DocumentBuffers.take(&buffers.loose, unfilledCount: count, filler: 0)
        var spellings = DocumentBuffers.take(&buffers.spellings, unfilledCount: count, filler: 0)
        var masks = DocumentBuffers.take(&buffers.tokenStageMask, unfilledCount: count, filler: 0)
        var stageMasks = DocumentBuffers.take(&buffers.sentenceStageMask, unfilledCount: document.sentences.count, filler: 0)
        var presence = DocumentBuffers.take(&buffers.sentencePresence, unfilledCount: document.sentences.count, filler: PresenceBits())
        // One bit per form the engine uses: a `Set` lookup hashed the form at every first sight of a spelling.
        let active = engine.activeForms.reduce(UInt8(0)) { $0 | 1 << $1.rawValue }
        let forms = engine.activeForms
        let stageTables = engine.stageMaskByToken, requirementTables = engine.tokenRequirementBits
        // A stage whose tested starts all begin with known bytes (regexes such as `/COP\d+/`)
        // can start at the tokens that begin with one of them: marked here (high byte), the
        // pattern machine skips the other tokens (and sentences) with the masks alone.
        let testMask = engine.starts.testMaskByFirstByte
        // Written through raw buffers: four array stores per token with uniqueness checks cost
        // as much as the cache lookup itself.
        testMask.withUnsafeBufferPointer { testMask in
        masks.withUnsafeMutableBufferPointer { masks in
        document.utf8.withUnsafeBufferPointer { buffer in
        document.tokens.withUnsafeBufferPointer { tokens in
        exact.withUnsafeMutableBufferPointer { exact in
        folded.withUnsafeMutableBufferPointer { folded in
        loose.withUnsafeMutableBufferPointer { loose in
        spellings.withUnsafeMutableBufferPointer { spellings in
        stageMasks.withUnsafeMutableBufferPointer { stageMasks in
        presence.withUnsafeMutableBufferPointer { presence in
            // Tokens are non-empty (a token is at least one scalar): a text with tokens has bytes.
            guard let base = buffer.baseAddress else {
                assert(document.sentences.isEmpty, "sentences without text")
                return
            }
            for (number, sentence) in document.sentences.enumerated() {
                var stages: UInt16 = 0
                // Set in place: a local set's four words, with the loop's other state, were
                // spilled to the stack and reloaded at every token.
                presence[number] = PresenceBits()
                for index in IndexSequence(sentence) {
                    let token = tokens[index]
                    // A token's bytes lie inside the text (the tokeniser's contract, asserted):
                    // the checked slice and subtraction tested it again at every token.
                    assert(token.start >= 0 && token.start <= token.end && Int(token.end) <= buffer.count, "a token outside its text")
                    let start = Int(truncatingIfNeeded: token.start)
                    let bytes = UnsafeBufferPointer(start: base + start, count: Int(truncatingIfNeeded: token.end &- token.start))
                    var found = TokenIDCache.Spelling(ids: (0, 0, 0), facts: 0)
                    spellings[index] = cache.lookUp(bytes, readable: buffer.count &- start, compute: { form in
                        guard active & 1 << form.rawValue != 0 else { return TokenVocabulary.unknown }
                        key.removeAll(keepingCapacity: true)
                        normalizer.normalize(bytes, form: form, into: &key)
                        return key.withUnsafeBufferPointer { engine.vocabularies[Int(form.rawValue)].lookup($0) }
                    }, facts: { ids in
                        Self.facts(of: ids, forms: forms, stageTables: stageTables, requirementTables: requirementTables)
                    }, into: &found)
                    exact[index] = found.ids.0
                    folded[index] = found.ids.1
                    loose[index] = found.ids.2
                    let mask = testMask[Int(base[start])] | UInt16(truncatingIfNeeded: found.facts & 0xFF)
                    masks[index] = mask
                    stages |= mask
                    // Most tokens are no required token at all.
                    if found.facts > 0xFF {
                        var requirements = found.facts >> 8
                        while requirements != 0 {
                            if requirements & 0xFF != 0 { presence[number].insert(Int(requirements & 0xFF) - 1) }
                            requirements >>= 8
                        }
                    }
                }
                stageMasks[number] = UInt8(truncatingIfNeeded: stages | stages >> 8)
            }
        }}}}}}}}}}
        self.spellings = spellings
        for form in engine.activeForms {
            switch form {
            case .exact: ids[form] = exact
            case .folded: ids[form] = folded
            case .loose: ids[form] = loose
            }
        }
        tokenStageMask = masks
        sentenceStageMask = stageMasks
        sentencePresence = presence
    }

    /// What a spelling's ids give it, as the token-id cache keeps it: in the low byte the stages
    /// whose matchers can start on the token (``CompiledEngine/stageMaskByToken``), in each byte
    /// above one per form, 1 + the bit of the required token it is in that form
    /// (``CompiledEngine/tokenRequirementBits``), or 0.
    private static func facts(
        of ids: (UInt32, UInt32, UInt32), forms: [NormalizationForm], stageTables: [[UInt8]], requirementTables: [[UInt8]]
    ) -> UInt32 {
        var facts: UInt32 = 0
        for form in forms {
            let id: Int
            switch form {
            case .exact: id = Int(ids.0)
            case .folded: id = Int(ids.1)
            case .loose: id = Int(ids.2)
            }
            let stages = stageTables[Int(form.rawValue)], requirements = requirementTables[Int(form.rawValue)]
            if id < stages.count { facts |= UInt32(stages[id]) }
            if id < requirements.count { facts |= UInt32(requirements[id]) << (8 + 8 * UInt32(form.rawValue)) }
        }
        return facts
    }

    /// Finds the lexicon hits (exclusions applied, runs merged: ``LexiconHitRuns``) and, in one
    /// pass over them, what each marks: its token's and sentence's stages, its sentence's presence
    /// bits, and whether a lexicon matcher or an extractor reads it.
    private func collectHits(engine: CompiledEngine) {
        var found = DocumentBuffers.take(&buffers.hits)
        // About one hit per token in news text: reserved, so the list is not copied as it doubles.
        found.reserveCapacity(document.tokens.count + 16)
        var runEnds = engine.automaton.collectHits(in: document.sentences, ids: ids, into: &found)
        LexiconHitRuns.removeExcluded(from: &found, runEnds: &runEnds, engine: engine)
        let flagsByEntry = engine.hitFlagsByEntry
        let tokenCount = document.tokens.count
        let starts = LexiconHitRuns.mergeByStart(&found, runEnds: runEnds, tokenCount: tokenCount,
                                                 starts: DocumentBuffers.take(&buffers.hitStarts, count: tokenCount + 1, filledWith: 0))
        hits = found
        // Filled as locals and stored once: appending to the stored arrays cost a fifth of finding the hits.
        var listedHits = DocumentBuffers.take(&buffers.listedHits)
        listedHits.reserveCapacity(found.count)
        var listedHitsBySentence = DocumentBuffers.take(&buffers.listedHitsBySentence, count: document.sentences.count + 1, filledWith: 0)
        var extractorHits = DocumentBuffers.take(&buffers.extractorHits)
        extractorHits.reserveCapacity(found.count / 8)
        var stageMask = tokenStageMask, sentenceStages = sentenceStageMask, presence = sentencePresence
        tokenStageMask = []
        sentenceStageMask = []
        sentencePresence = []
        // Through raw buffers, one pass over every hit: each array read checked its index. The
        // indices are the automaton's own (entries) and the document's (tokens, sentences).
        // A hit's stages and requirements go to its sentence as well as its token: a hit never
        // crosses a sentence end (the automaton stops there), so its start's sentence holds it.
        document.sentenceOfToken.withUnsafeBufferPointer { sentenceOfToken in
        found.withUnsafeBufferPointer { all in
        flagsByEntry.withUnsafeBufferPointer { flagsByEntry in
        engine.requirements.hitBitsByEntry.withUnsafeBufferPointer { bitsByEntry in
        stageMask.withUnsafeMutableBufferPointer { stageMask in
        sentenceStages.withUnsafeMutableBufferPointer { sentenceStages in
        presence.withUnsafeMutableBufferPointer { presence in
        listedHitsBySentence.withUnsafeMutableBufferPointer { listedHitsBySentence in
            for index in 0..<all.count {
                let hit = all[index]
                let flags = flagsByEntry[Int(hit.entry)], bits = bitsByEntry[Int(hit.entry)]
                if flags & (0xFF | CompiledEngine.listedHitFlag) == 0 && bits == 0 {
                    if flags & CompiledEngine.extractorHitFlag != 0 { extractorHits.append(Int32(truncatingIfNeeded: index)) }
                    continue
                }
                let sentence = Int(sentenceOfToken[Int(hit.start)])
                if flags & 0xFF != 0 {
                    stageMask[Int(hit.start)] |= flags & 0xFF
                    sentenceStages[sentence] |= UInt8(truncatingIfNeeded: flags)
                }
                if bits & 0xFF != 0 { presence[sentence].insert(Int(bits & 0xFF) - 1) }
                if bits >> 8 != 0 { presence[sentence].insert(Int(bits >> 8) - 1) }
                if flags & CompiledEngine.listedHitFlag != 0 {
                    listedHits.append(Int32(truncatingIfNeeded: index))
                    listedHitsBySentence[sentence + 1] &+= 1
                }
                if flags & CompiledEngine.extractorHitFlag != 0 { extractorHits.append(Int32(truncatingIfNeeded: index)) }
            }
        }}}}}}}}
        for sentence in document.sentences.indices { listedHitsBySentence[sentence + 1] += listedHitsBySentence[sentence] }
        tokenStageMask = stageMask
        sentenceStageMask = sentenceStages
        sentencePresence = presence
        self.listedHits = listedHits
        self.listedHitsBySentence = listedHitsBySentence
        self.extractorHits = extractorHits
        hitStarts = starts
    }

    /// Indices into ``hits`` of the hits starting at a token.
    func hitRange(at token: Int) -> Range<Int> {
        Int(hitStarts[token])..<Int(hitStarts[token + 1])
    }

    /// The hits of the lexicons matched on demand (``OnDemandLexicons``, not in ``hits``) that
    /// start at a token, ordered by end, then entry, as ``hits`` orders a token's hits.
    ///
    /// - Parameter automaton: The automaton of the engine the index was built with.
    func onDemandHits(at token: Int, automaton: LexiconAutomaton) -> [LexiconHit] {
        guard automaton.mayStartOnDemandPhrase(id: { ids.id($0, at: token) }) else { return [] }
        var found = ScratchBuffer<LexiconHit>(capacity: 4)
        let sentence = document.sentences[Int(document.sentenceOfToken[token])]
        automaton.appendOnDemandHits(from: token, before: sentence.upperBound, id: { ids.id($0, at: $1) }, into: &found)
        return found.array(from: 0)
    }

    // MARK: Results

    /// Adds accepted results; the next ``withView(_:)`` makes them visible to `@kind` references.
    ///
    /// - Parameters:
    ///   - strings: The engine's strings, which `@kind=id` references name ids by.
    ///   - id: A result's canonical id.
    func accept(_ accepted: [RawResult], strings: StringTable, id: (RawResult) -> InternedText?) {
        guard !accepted.isEmpty else { return }
        results += accepted
        // Room for the kind's results at once (doubling, as appends would): a kind at a time,
        // one append at a time, the list was regrown several times a document.
        let needed = resultSpans.count + accepted.count
        if resultSpans.capacity < needed { resultSpans.reserveCapacity(max(needed, 2 * resultSpans.count)) }
        for result in accepted {
            let resultID = id(result)
            let tableIndex = resultID?.index(in: strings) ?? InternedText.absent
            // Ids are kept as table indices: a list of every id as a `String` cost more to free
            // than to fill. The few outside the table are kept as text.
            if let resultID, tableIndex < 0 { unlistedResultIDs[Int32(truncatingIfNeeded: resultSpans.count)] = resultID.text(in: strings) }
            resultSpans.append(ResultSpan(kind: result.kind, start: result.start, end: result.end, id: tableIndex))
        }
    }

    /// Orders the accepted results by start token for the pattern machine: when a view is taken
    /// after results were added, so once per stage that has patterns, and never after the last
    /// (ordering after every kind, or after every stage, repeated the sort for nothing).
    private func indexResults() {
        guard resultOrder.count != resultSpans.count else { return }
        // A counting sort by start token; equal starts keep result order. On local buffers: the
        // stored arrays checked uniqueness at every element.
        let tokenCount = document.tokens.count
        // One entry more than the index needs: each token's count goes two places on, the sums
        // make entry t + 1 the start of token t's results, and placing each result advances that
        // entry to their end, where token t + 1's begin; entry 0 stays 0 and the last is dropped.
        // (A copy of the starts to advance, as before, was one more pass over the tokens.)
        // In the memory of the last ordering (or the last document's): this runs once per stage.
        var starts = DocumentBuffers.take(&resultStarts, count: tokenCount + 2, filledWith: 0)
        var order = DocumentBuffers.take(&resultOrder, count: resultSpans.count, filledWith: 0)   // a permutation: every element is written
        resultSpans.withUnsafeBufferPointer { spans in
        starts.withUnsafeMutableBufferPointer { starts in
        order.withUnsafeMutableBufferPointer { order in
            for span in spans { starts[Int(span.start) &+ 2] &+= 1 }
            for index in 0..<tokenCount { starts[index &+ 2] &+= starts[index &+ 1] }
            for (index, span) in spans.enumerated() {
                let slot = Int(span.start) &+ 1
                order[Int(starts[slot])] = Int32(truncatingIfNeeded: index)
                starts[slot] &+= 1
            }
        }}}
        starts.removeLast()
        resultStarts = starts
        resultOrder = order
    }

    /// The accepted results' indices in text order: by start token, then end token, then rule,
    /// equal ones in the order they were accepted.
    ///
    /// From the counting sort by start that the pattern machine's views use (``indexResults()``):
    /// a document's results come kind after kind, so a sort of all of them merged several runs
    /// with two results read per comparison; by start they are in order but for the few that
    /// share a start token, which an insertion sort puts in order by end and rule.
    func resultsInTextOrder() -> [Int32] {
        indexResults()
        var order = resultOrder
        // Only results of the same start are out of order: each moves past those few.
        results.withUnsafeBufferPointer { results in
        order.withUnsafeMutableBufferPointer { order in
            order.insertionSortKeepingOrder { a, b in
                let x = results[Int(a)], y = results[Int(b)]
                return (x.start, x.end, x.rule) < (y.start, y.end, y.rule)
            }
        }}
        return order
    }

    /// The canonical id of an accepted result, if it has one.
    ///
    /// - Parameter strings: The engine's strings, which the index was given with the results.
    func resultID(_ index: Int, strings: StringTable) -> InternedText? {
        let tableIndex = resultSpans[index].id
        if tableIndex >= 0 { return InternedText(tableIndex: tableIndex) }
        return unlistedResultIDs[Int32(truncatingIfNeeded: index)].map { InternedText(text: $0, index: InternedText.absent) }
    }

    /// Calls `body` with a raw view of the ids, hits and results, for the pattern machine.
    func withView<Result>(_ body: (DocumentView) -> Result) -> Result {
        indexResults()
        return ids.withBuffers { exact, folded, loose in
        document.tokens.withUnsafeBufferPointer { tokens in
        document.utf8.withUnsafeBufferPointer { utf8 in
        spellings.withUnsafeBufferPointer { spellings in
        tokenStageMask.withUnsafeBufferPointer { stageMask in
        hits.withUnsafeBufferPointer { hits in
        hitStarts.withUnsafeBufferPointer { hitStarts in
        listedHits.withUnsafeBufferPointer { listedHits in
        listedHitsBySentence.withUnsafeBufferPointer { listedHitsBySentence in
        resultSpans.withUnsafeBufferPointer { results in
        resultOrder.withUnsafeBufferPointer { resultOrder in
        resultStarts.withUnsafeBufferPointer { resultStarts in
        sentencePresence.withUnsafeBufferPointer { sentencePresence in
        document.sentenceOfToken.withUnsafeBufferPointer { sentenceOfToken in
        sentenceStageMask.withUnsafeBufferPointer { sentenceStageMask in
            body(DocumentView(
                exact: exact, folded: folded, loose: loose, tokens: tokens, utf8: utf8, stageMask: stageMask,
                hits: hits, hitStarts: hitStarts, listedHits: listedHits, listedHitsBySentence: listedHitsBySentence,
                results: results, resultOrder: resultOrder,
                resultStarts: resultStarts, spellings: spellings, sentencePresence: sentencePresence,
                sentenceOfToken: sentenceOfToken, sentenceStageMask: sentenceStageMask))
        }}}}}}}}}}}}}}}
    }

    // MARK: Token tests

    /// Whether a token's text (NFC, canonical tone marks, case kept) matches a regex.
    func token(_ index: Int, matches regex: TokenRegex) -> Bool {
        let token = document.tokens[index]
        let possible = document.utf8.withUnsafeBufferPointer { buffer in
            regex.mayMatch(UnsafeBufferPointer(rebasing: buffer[Int(token.start)..<Int(token.end)]))
        }
        return possible && regex.match(document.normalized(index, form: .exact)) != nil
    }
}
