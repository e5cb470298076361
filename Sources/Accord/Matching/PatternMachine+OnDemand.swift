/// Lexicons matched on demand (``OnDemandLexicons``): their phrases are found from a token when a
/// context pattern asks for one there, not read from the document's hit index.
extension PatternMachine {
    /// Finds the phrases of every on-demand lexicon that start at `token` and end inside the
    /// sentence, into ``onDemandFound``, ordered by end, then entry, as the hit index orders a token's hits.
    mutating func findOnDemandHits(at token: Int, sentence: Range<Int>, view: DocumentView) {
        onDemandFound.removeAll()
        automaton.appendOnDemandHits(from: token, before: sentence.upperBound, id: { view.id($0.rawValue, at: $1) },
                                     into: &onDemandFound)
    }

    /// Whether a phrase of an on-demand lexicon (of id `id`, unless -1) starts at `token`.
    mutating func onDemandHitStarts(lexicon: Int32, id: Int32 = -1, at token: Int, sentence: Range<Int>, view: DocumentView) -> Bool {
        findOnDemandHits(at: token, sentence: sentence, view: view)
        for number in 0..<onDemandFound.count {
            let entry = Int(onDemandFound[number].entry)
            if entryLexicons[entry] == lexicon && (id < 0 || entryIDs[entry] == id) { return true }
        }
        return false
    }

    /// Whether a phrase of an on-demand lexicon (of id `id`, unless -1) ends at token `end`,
    /// starting at most the lexicon's longest phrase before it, inside the sentence.
    mutating func onDemandHitEnds(lexicon: Int32, id: Int32, at end: Int, sentence: Range<Int>, view: DocumentView) -> Bool {
        let earliest = max(sentence.lowerBound, end - Int(lexiconLongest[Int(lexicon)]))
        for start in earliest..<end {
            findOnDemandHits(at: start, sentence: sentence, view: view)
            for number in 0..<onDemandFound.count where Int(onDemandFound[number].end) == end {
                let entry = Int(onDemandFound[number].entry)
                if entryLexicons[entry] == lexicon, id < 0 || entryIDs[entry] == id { return true }
            }
        }
        return false
    }

    /// ``listContextMatches`` for an on-demand lexicon: the matches starting in `region`, found
    /// token by token, with the same choice of ends per start.
    mutating func listOnDemandContextMatches(
        _ direct: LexiconMatcher, region: Range<Int>, sentence: Range<Int>, view: DocumentView,
        need: CompiledEngine.ContextNeed, into candidates: inout [Candidate]
    ) {
        for token in region {
            findOnDemandHits(at: token, sentence: sentence, view: view)
            var lastEnd: Int32 = -1
            for number in 0..<onDemandFound.count {
                let hit = onDemandFound[number], entry = Int(hit.entry)
                guard entryLexicons[entry] == direct.lexicon, direct.id < 0 || entryIDs[entry] == direct.id else { continue }
                // A token's hits come by end: the first is the shortest.
                if lastEnd >= 0 && (need != .all || hit.end == lastEnd) { continue }
                lastEnd = hit.end
                var captures: Int32 = -1
                if direct.capture >= 0 {
                    captureNodes.append(CaptureNode(name: direct.capture, start: hit.start, end: hit.end, item: .none, previous: -1))
                    captures = Int32(captureNodes.count - 1)
                }
                candidates.append(Candidate(matcher: direct.matcher, start: hit.start, end: hit.end, captures: captures))
                if need == .any { return }
            }
        }
    }
}
