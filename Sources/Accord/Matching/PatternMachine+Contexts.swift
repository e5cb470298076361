/// Context conditions' runs: each context matcher anchored at the starts its condition can use.
extension PatternMachine {
    /// Runs context matchers anchored at every position of the sentence where they can start.
    ///
    /// Rule matches keep the leftmost start per state, which is right for leftmost-longest
    /// matching; a context condition needs every start (an `after` match may begin later than
    /// an overlapping one), so context patterns run anchored, one start at a time, and only
    /// for the rules that matched in the sentence.
    mutating func runContexts(
        _ searches: [ContextSearch], sentence: Range<Int>, view: DocumentView,
        index: DocumentIndex, into candidates: inout [Candidate]
    ) {
        for search in searches {
            let matcher = search.matcher
            if !contextCanMatch(matcher, in: sentence, view: view) { continue }
            let firsts = starts.firstRanges[Int(matcher)]
            // What the condition asks decides how much to find: conditions only ask whether a
            // span exists with a start (after) or end (before) in reach, or anywhere (sentence).
            let need = engine.contextNeeds[Int(matcher)]
            let region = search.starts.clamped(to: sentence)
            if let direct = engine.contextLexiconMatchers[Int(matcher)] {
                if onDemandLexicon[Int(direct.lexicon)] {
                    listOnDemandContextMatches(direct, region: region, sentence: sentence, view: view, need: need, into: &candidates)
                } else {
                    listContextMatches(direct, region: region, sentence: sentence, view: view, need: need, into: &candidates)
                }
                continue
            }
            if need == .any, let pair = engine.contextPairMatchers[Int(matcher)] {
                findPair(pair, matcher: matcher, region: region, sentence: sentence, view: view, into: &candidates)
                continue
            }
            // No condition reads a match ending past `lastEnd` (a `before` one ends at its candidate).
            let lastOffset = min(search.lastEnd, sentence.upperBound) - sentence.lowerBound
            if starts.startsOnLexiconsOnly[Int(matcher)] {
                // Every way the pattern begins is a lexicon: its starts are the region's hits of
                // those lexicons, read in order from the hit index instead of testing each token.
                var lastStart = -1
                for hitIndex in IndexSequence(from: Int(view.hitStarts[region.lowerBound]), to: Int(view.hitStarts[region.upperBound])) {
                    let token = Int(view.hits[hitIndex].start)
                    guard token != lastStart else { continue }
                    let lexicon = entryLexicons[Int(view.hits[hitIndex].entry)]
                    guard firsts.contains(where: { starts.firstOps[$0].a == lexicon }) else { continue }
                    lastStart = token
                    let found = candidates.count
                    runAnchored(matcher, at: token - sentence.lowerBound, upTo: lastOffset, sentence: sentence, view: view,
                                index: index, stopAtFirstMatch: need != .all, into: &candidates)
                    if need == .any && candidates.count > found { break }
                }
                continue
            }
            // Each token asked each kind of question once: its hits against the lexicons (bits),
            // its ids against the token instructions, then the rest; one by one, the first
            // instructions read the token's hits again for every lexicon among them.
            let lexicons = starts.scanLexicons[Int(matcher)], asksHits = lexicons != PresenceBits()
            let tokenFirsts = starts.scanTokenRanges[Int(matcher)], otherFirsts = starts.scanOtherRanges[Int(matcher)]
            for token in region {
                var possible = false
                if asksHits {
                    for hit in view.hitRange(at: token) {
                        let lexicon = Int(entryLexicons[Int(view.hits[hit].entry)])
                        if lexicon < PresenceBits.capacity && lexicons.contains(lexicon) {
                            possible = true
                            break
                        }
                    }
                }
                if !possible {
                    for first in tokenFirsts where tokenIs(starts.scanTokens[first], at: token, view: view) {
                        possible = true
                        break
                    }
                }
                if !possible {
                    for first in otherFirsts where canStart(starts.scanOthers[first], at: token, sentence: sentence, view: view, index: index) {
                        possible = true
                        break
                    }
                }
                if possible {
                    let found = candidates.count
                    runAnchored(matcher, at: token - sentence.lowerBound, upTo: lastOffset, sentence: sentence, view: view,
                                index: index, stopAtFirstMatch: need != .all, into: &candidates)
                    if need == .any && candidates.count > found { break }
                }
            }
        }
    }

    /// Whether a context matcher can match anywhere in a sentence: `false` when the sentence
    /// lacks something every way of matching it consumes (see ``SentencePresence``).
    private mutating func contextCanMatch(_ matcher: Int32, in sentence: Range<Int>, view: DocumentView) -> Bool {
        guard presence.hasRequirements(Int(matcher)) else { return true }
        presence.note(sentence, view: view)
        return presence.holds(Int(matcher))
    }

    /// Adds, for each condition of each rule candidate, the starts its context matcher must be
    /// run from, one region per context matcher (the hull of what its conditions ask), in the
    /// order first needed.
    mutating func contextRegions(
        for candidates: [Candidate], sentence: Range<Int>, into needed: inout [ContextSearch]
    ) {
        for candidate in candidates {
            for slot in Int(conditions.regionStarts[Int(candidate.matcher)])..<Int(conditions.regionStarts[Int(candidate.matcher) + 1]) {
                let condition = conditions.regions[slot]
                let starts: Range<Int>
                // Where a match the condition can use ends at the latest.
                var lastEnd = sentence.upperBound
                switch condition.region {
                case .before:
                    // A match ending at most `window` tokens before the candidate starts at most
                    // `window + longest` before it: earlier starts cannot satisfy the condition.
                    var lower = sentence.lowerBound
                    if condition.window >= 0, condition.longest >= 0 {
                        lower = max(lower, Int(candidate.start) - Int(condition.window) - Int(condition.longest))
                    }
                    starts = lower..<Int(candidate.start)
                    lastEnd = Int(candidate.start)
                case .after:
                    let end = Int(candidate.end)
                    starts = end..<(condition.window >= 0 ? min(sentence.upperBound, end + Int(condition.window) + 1) : sentence.upperBound)
                case .sentence:
                    starts = sentence
                }
                guard !starts.isEmpty else { continue }
                if let known = needed.firstIndex(where: { $0.matcher == condition.matcher }) {
                    let range = needed[known].starts
                    needed[known].starts = min(range.lowerBound, starts.lowerBound)..<max(range.upperBound, starts.upperBound)
                    needed[known].lastEnd = max(needed[known].lastEnd, lastEnd)
                } else {
                    needed.append(ContextSearch(matcher: condition.matcher, starts: starts, lastEnd: lastEnd))
                }
            }
        }
    }

    /// Gives each rule sharing a candidate's program (``CompiledEngine/matcherAliases``) a copy
    /// of the candidate, after the candidates; with `dropping`, leaves out the copies and removes
    /// the candidates of rules with a positive condition (`before`, `after`, `sentence`) whose
    /// context pattern cannot match anywhere in the sentence. They would fail selection, after
    /// their context regions were worked out, their contexts run and all candidates sorted; and
    /// most copies are of rules such as `coop-area-funded` that share `area:%areas` with a
    /// rule without conditions, so they are never made.
    ///
    /// Dropping also leaves out candidates with a positive `after` or `before` condition of a
    /// short window (``RuleConditionTables/afterChecks``, ``RuleConditionTables/beforeChecks``)
    /// whose context pattern can start at none of the few tokens after them, or end at none of
    /// the few before them (`party-country-dash-left`: a short country name with no dash after
    /// it; `party-country-bare`: a bare name with no preceding word right before it).
    ///
    /// - Parameter dropping: False when explaining, so a trace lists every candidate with its failed condition.
    mutating func expandAliases(
        _ candidates: inout [Candidate], sentence: Range<Int>, view: DocumentView, index: DocumentIndex, dropping: Bool
    ) {
        // The sentence is noted at most once here (not through `contextCanMatch` for each
        // candidate): its key check per candidate cost 1 M instructions in 300 documents.
        var noted = false
        let original = candidates.count
        if !conditions.aliasStarts.isEmpty {
            for number in 0..<original {
                let candidate = candidates[number]
                for slot in Int(conditions.aliasStarts[Int(candidate.matcher)])..<Int(conditions.aliasStarts[Int(candidate.matcher) + 1]) {
                    let alias = conditions.aliases[slot]
                    if dropping, !mayPassConditions(of: alias, sentence: sentence, view: view, noted: &noted)
                        || !mayMeetShortWindows(candidate, for: alias, sentence: sentence, view: view, index: index) { continue }
                    var copy = candidate
                    copy.matcher = alias
                    candidates.append(copy)
                }
            }
        }
        guard dropping, !conditions.requiredContexts.isEmpty else { return }
        let checksWindows = !conditions.afterChecks.isEmpty || !conditions.beforeChecks.isEmpty
        // The originals filtered in place; the copies behind them were filtered as they were made.
        let kept = candidates.withUnsafeMutableBufferPointer { candidates in
            var kept = 0
            for number in 0..<candidates.count {
                let candidate = candidates[number]
                if number >= original || mayPassConditions(of: candidate.matcher, sentence: sentence, view: view, noted: &noted)
                    && (!checksWindows || mayMeetShortWindows(candidate, for: candidate.matcher, sentence: sentence, view: view, index: index)) {
                    candidates[kept] = candidate
                    kept += 1
                }
            }
            return kept
        }
        if kept < candidates.count { candidates.removeSubrange(kept...) }
    }

    /// Whether every positive `after` and `before` condition of short window of a rule matcher
    /// may find its context pattern: some first item of the pattern is at one of the window's
    /// tokens after the candidate, some last item ends at one of those before it (inside the
    /// sentence). A cheap, necessary test; the context run decides.
    @inline(__always)
    private mutating func mayMeetShortWindows(
        _ candidate: Candidate, for matcher: Int32, sentence: Range<Int>, view: DocumentView, index: DocumentIndex
    ) -> Bool {
        for slot in Int(conditions.afterCheckStarts[Int(matcher)])..<Int(conditions.afterCheckStarts[Int(matcher) + 1]) {
            let check = conditions.afterChecks[slot]
            let firsts = starts.firstRanges[Int(check.matcher)]
            if firsts.isEmpty { continue }   // nothing known to consume first: left to the run
            let last = min(Int(candidate.end) + Int(check.window), sentence.upperBound - 1)
            var possible = false
            if Int(candidate.end) <= last {
                search: for token in Int(candidate.end)...last {
                    for first in firsts where canStart(starts.firstOps[first], at: token, sentence: sentence, view: view, index: index) {
                        possible = true
                        break search
                    }
                }
            }
            if !possible { return false }
        }
        for slot in Int(conditions.beforeCheckStarts[Int(matcher)])..<Int(conditions.beforeCheckStarts[Int(matcher) + 1]) {
            let check = conditions.beforeChecks[slot]
            let lasts = starts.lastRanges[Int(check.matcher)]
            if lasts.isEmpty { continue }   // nothing known to consume last: left to the run
            // A match ends after consuming something, inside the sentence.
            let first = max(Int(candidate.start) - Int(check.window), sentence.lowerBound + 1)
            var possible = false
            if first <= Int(candidate.start) {
                search: for end in first...Int(candidate.start) {
                    for last in lasts where canEnd(starts.lastOps[last], at: end, sentence: sentence, view: view, index: index) {
                        possible = true
                        break search
                    }
                }
            }
            if !possible { return false }
        }
        return true
    }

    /// Whether a last instruction can consume an item ending at token `end` (a cheap pre-check).
    private mutating func canEnd(_ last: PatternOp, at end: Int, sentence: Range<Int>, view: DocumentView, index: DocumentIndex) -> Bool {
        switch last.code {
        case .token:
            return tokenIs(last, at: end - 1, view: view)
        case .tokenClass, .regex:
            return passes(last, at: end - 1, view: view, index: index)
        case .lexicon where onDemandLexicon[Int(last.a)]:
            return onDemandHitEnds(lexicon: last.a, id: last.b, at: end, sentence: sentence, view: view)
        case .lexicon:
            // Hits are listed by start: those that can end here start at most the lexicon's
            // longest phrase before.
            let earliest = max(sentence.lowerBound, end - Int(lexiconLongest[Int(last.a)]))
            for start in earliest..<end {
                for hit in view.hitRange(at: start) {
                    let found = view.hits[hit], entry = Int(found.entry)
                    if Int(found.end) == end, entryLexicons[entry] == last.a, last.b < 0 || entryIDs[entry] == last.b { return true }
                }
            }
            return false
        default:
            return true   // results ending here are not indexed by their end: left to the run
        }
    }

    /// Whether every positive condition of a rule matcher may find its context pattern in the
    /// sentence (what it consumes is there); notes the sentence on first need.
    @inline(__always)
    private mutating func mayPassConditions(of matcher: Int32, sentence: Range<Int>, view: DocumentView, noted: inout Bool) -> Bool {
        for slot in Int(conditions.requiredContextStarts[Int(matcher)])..<Int(conditions.requiredContextStarts[Int(matcher) + 1]) {
            let context = Int(conditions.requiredContexts[slot])
            guard presence.hasRequirements(context) else { continue }
            if !noted {
                presence.note(sentence, view: view)
                noted = true
            }
            if !presence.holds(context) { return false }
        }
        return true
    }

    /// Adds the matches of a context pattern that is one lexicon reference, starting in `region`:
    /// what anchored runs from each start would find, read from the hits. From one start they
    /// find each end once (the first entry's hit), the shortest only when the condition needs
    /// one per start, and one match in all when it asks for any.
    private mutating func listContextMatches(
        _ direct: LexiconMatcher, region: Range<Int>, sentence: Range<Int>, view: DocumentView, need: CompiledEngine.ContextNeed,
        into candidates: inout [Candidate]
    ) {
        let upper = Int32(sentence.upperBound)
        var lastStart: Int32 = -1, lastEnd: Int32 = -1
        for hitIndex in IndexSequence(from: Int(view.hitStarts[region.lowerBound]), to: Int(view.hitStarts[region.upperBound])) {
            let hit = view.hits[hitIndex]
            let entry = Int(hit.entry)
            guard entryLexicons[entry] == direct.lexicon, direct.id < 0 || entryIDs[entry] == direct.id, hit.end <= upper else { continue }
            if hit.start != lastStart {
                lastStart = hit.start
            } else if need != .all || hit.end == lastEnd {
                continue   // hits come by start, then end: the first from a start is the shortest
            }
            lastEnd = hit.end
            appendListed(direct, hit: hitIndex, view: view, to: &candidates)
            if need == .any { return }
        }
    }

    /// Adds one match of a two-result context pattern starting in `region`, if it has one: what
    /// anchored runs asked for any match would find, read from the results. The pattern's
    /// conditions ask only whether it matches (``CompiledEngine/ContextNeed/any``).
    private func findPair(
        _ pair: ResultPairMatcher, matcher: Int32, region: Range<Int>, sentence: Range<Int>, view: DocumentView,
        into candidates: inout [Candidate]
    ) {
        let upper = Int32(sentence.upperBound)
        for order in Int(view.resultStarts[region.lowerBound])..<Int(view.resultStarts[region.upperBound]) {
            let first = view.results[Int(view.resultOrder[order])]
            guard pair.isFirst(first), first.end <= upper else { continue }
            // The second result starts after the gap, at a token of the sentence (the gap's
            // tokens and the second result are the sentence's, as the machine consumes them).
            let earliest = Int(first.end) + Int(pair.gap.lowerBound)
            let latest = min(Int(first.end) + Int(pair.gap.upperBound), sentence.upperBound - 1)
            guard earliest <= latest else { continue }
            for later in Int(view.resultStarts[earliest])..<Int(view.resultStarts[latest + 1]) {
                let second = view.results[Int(view.resultOrder[later])]
                if pair.isSecond(second), second.end <= upper {
                    candidates.append(Candidate(matcher: matcher, start: first.start, end: second.end, captures: -1))
                    return
                }
            }
        }
    }

    /// Whether the token is the one a `.token` instruction asks for (its id in the instruction's form).
    @inline(__always)
    private func tokenIs(_ op: PatternOp, at token: Int, view: DocumentView) -> Bool {
        view.id(op.small, at: token) == UInt32(bitPattern: op.a)
    }

    /// Whether a first instruction can consume at a token (a cheap pre-check; the run decides).
    private mutating func canStart(
        _ first: PatternOp, at token: Int, sentence: Range<Int>, view: DocumentView, index: DocumentIndex
    ) -> Bool {
        switch first.code {
        case .token:
            return tokenIs(first, at: token, view: view)
        case .lexicon where onDemandLexicon[Int(first.a)]:
            return onDemandHitStarts(lexicon: first.a, at: token, sentence: sentence, view: view)
        case .lexicon:
            for hit in view.hitRange(at: token) where entryLexicons[Int(view.hits[hit].entry)] == first.a { return true }
            return false
        case .reference:
            for order in view.resultRange(at: token) where view.results[Int(view.resultOrder[order])].kind == first.a { return true }
            return false
        case .tokenClass, .regex:
            return passes(first, at: token, view: view, index: index)
        default:
            return true
        }
    }

    /// Runs one matcher from one start only, until no thread is left or the run is past
    /// `lastOffset`, where the matches it is run for end at the latest.
    private mutating func runAnchored(
        _ matcher: Int32, at startOffset: Int, upTo lastOffset: Int, sentence: Range<Int>, view: DocumentView,
        index: DocumentIndex, stopAtFirstMatch: Bool, into candidates: inout [Candidate]
    ) {
        let length = sentence.count
        clearQueues(length: length)
        let found = candidates.count
        for offset in startOffset...length {
            // A `before` condition reads matches ending at its candidate: threads still alive
            // there (a name list running on into the sentence) would only find longer ones.
            if stopAtFirstMatch && candidates.count > found || offset > lastOffset {
                // Leave the queues empty, as every run does (see `clearQueues`): only up to the
                // last offset anything was queued at, or a long sentence would make this quadratic.
                if queuedUpTo >= offset {
                    for later in offset...queuedUpTo {
                        heads[later] = -1
                        tails[later] = -1
                    }
                }
                pendingTotal = 0
                return
            }
            if offset > startOffset {
                if pendingTotal == 0 { return }
                if heads[offset] < 0 { continue }
            }
            let position = Int32(truncatingIfNeeded: sentence.lowerBound &+ offset)   // see `run`
            nextGeneration()
            takeArrived(at: offset)
            for thread in 0..<arrived.count {
                close(over: arrived[thread], at: position, sentence: sentence, view: view, index: index, candidates: &candidates)
            }
            if offset == startOffset {
                let entry = matcherEntries[Int(matcher)]
                close(over: Thread(pc: entry, start: position, captures: -1, lastStart: -1, last: .none), at: position,
                      sentence: sentence, view: view, index: index, candidates: &candidates)
            }
        }
    }
}
