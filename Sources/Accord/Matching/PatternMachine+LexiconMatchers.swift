/// Rules whose whole pattern is one lexicon reference: their matches listed from the hit index.
extension PatternMachine {
    /// Adds the matches of the stage's lexicon matchers: the sentence's hits of each one's lexicon.
    ///
    /// The candidates are the ones a run of the program would find: a hit must end inside the
    /// sentence, and of a matcher's hits ending at the same token only the leftmost (the first
    /// in hit order among equals) is kept, as a run keeps one thread per state and position.
    mutating func listLexiconMatches(stage: Int, sentence: Range<Int>, view: DocumentView, into candidates: inout [Candidate]) {
        guard let first = sentence.first else { return }
        let number = Int(view.sentenceOfToken[first])
        let listed = Int(view.listedHitsBySentence[number])..<Int(view.listedHitsBySentence[number + 1])
        if listed.isEmpty { return }
        listStamp &+= 1
        if listStamp == 0 {
            matchedStamp.reset(count: matchedStamp.count, to: 0)
            listStamp = 1
        }
        let upper = Int32(sentence.upperBound)
        let firstCandidate = candidates.count
        let startsBase = stage * lexiconMatcherStride
        for listedIndex in IndexSequence(listed) {
            let hitIndex = Int(view.listedHits[listedIndex])
            let hit = view.hits[hitIndex]
            let entry = Int(hit.entry)
            let lexicon = Int(entryLexicons[entry])
            let first = Int(lexiconMatcherStarts[startsBase &+ lexicon]), end = Int(lexiconMatcherStarts[startsBase &+ lexicon &+ 1])
            if first >= end || hit.end > upper { continue }
            for item in IndexSequence(from: first, to: end) {
                let direct = lexiconMatcherList[item]
                guard direct.id < 0 || entryIDs[entry] == direct.id else { continue }
                let matcher = Int(direct.matcher)
                // Hits come by start, so a match ending at this hit's end, if any, was kept
                // earlier; it can only be when an earlier match reached at least this far.
                if matchedStamp[matcher] == listStamp, matchedUpTo[matcher] >= hit.end,
                   Self.hasMatch(direct.matcher, endingAt: hit.end, longest: longestMatch[matcher], in: candidates,
                                 from: firstCandidate) {
                    continue
                }
                if matchedStamp[matcher] != listStamp || matchedUpTo[matcher] < hit.end { matchedUpTo[matcher] = hit.end }
                matchedStamp[matcher] = listStamp
                appendListed(direct, hit: hitIndex, view: view, to: &candidates)
            }
        }
    }

    /// Adds a lexicon matcher's match of one hit, with the capture a run of its program makes
    /// around the reference, when it has one.
    mutating func appendListed(_ direct: LexiconMatcher, hit hitIndex: Int, view: DocumentView, to candidates: inout [Candidate]) {
        let hit = view.hits[hitIndex]
        var captures: Int32 = -1
        if direct.capture >= 0 {
            captureNodes.append(CaptureNode(name: direct.capture, start: hit.start, end: hit.end,
                                            item: ItemRef(source: .hit, index: Int32(hitIndex)), previous: -1))
            captures = Int32(truncatingIfNeeded: captureNodes.count &- 1)
        }
        candidates.append(Candidate(matcher: direct.matcher, start: hit.start, end: hit.end, captures: captures))
    }

    /// Whether a candidate of `matcher` from `first` on ends at `end`. Searched backwards over
    /// the candidates that start late enough to reach it (`longest` tokens before, the
    /// lexicon's longest phrase), so a sentence of nested hits stays linear.
    private static func hasMatch(
        _ matcher: Int32, endingAt end: Int32, longest: Int32, in candidates: [Candidate], from first: Int
    ) -> Bool {
        let earliest = longest >= 0 ? end - longest : Int32.min
        var index = candidates.count - 1
        while index >= first, candidates[index].start >= earliest {
            let candidate = candidates[index]
            if candidate.matcher == matcher && candidate.end == end { return true }
            index -= 1
        }
        return false
    }
}
