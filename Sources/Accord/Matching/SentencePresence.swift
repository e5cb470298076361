/// Which lexicon entries, lexicons and result kinds the current sentence contains, so the pattern
/// machine can leave alone a matcher whose ``MatcherRequirements`` the sentence cannot meet.
///
/// Each table holds the stamp of the last sentence (and set of results) that contained the
/// item, so noting a sentence costs its hits and results, never a clearing pass.
struct SentencePresence: ~Copyable {
    /// ``MatcherRequirements``' tables, as plain buffers: read through the struct, each check
    /// retained and released its arrays.
    /// Matcher m's alternatives are `alternativeStarts[m]..<alternativeStarts[m + 1]`; alternative
    /// a's items are `items[itemStarts[a]..<itemStarts[a + 1]]` (both laid out in order).
    private let alternativeStarts: ScratchBuffer<Int32>
    private let itemStarts: ScratchBuffer<Int32>
    private let items: ScratchBuffer<MatcherRequirements.Item>
    private let choices: ScratchBuffer<MatcherRequirements.Item>
    private let entryLexicons: [Int32]
    private var stamp: UInt32 = 0
    /// The sentence and result count last noted in the current document: results grow between
    /// stages, hits do not (see ``beginDocument()``).
    private var noted: (lower: Int, upper: Int, results: Int) = (-1, -1, -1)
    private var lexiconSeen: ScratchBuffer<UInt32>
    private var entrySeen: ScratchBuffer<UInt32>
    private var kindSeen: ScratchBuffer<UInt32>
    /// The noted sentence's required tokens (``MatcherRequirements/requiredTokens``), one bit each.
    private var tokenBits: UInt64 = 0
    /// Per matcher: the stamp its verdict was computed for, and the verdict.
    private var verdictStamp: ScratchBuffer<UInt32>
    private var verdict: ScratchBuffer<Bool>

    init(engine: CompiledEngine) {
        let requirements = engine.requirements
        alternativeStarts = ScratchBuffer(requirements.alternativeStarts)
        itemStarts = ScratchBuffer(requirements.itemStarts)
        items = ScratchBuffer(requirements.items)
        choices = ScratchBuffer(requirements.choices)
        entryLexicons = engine.automaton.entries.map(\.lexicon)
        lexiconSeen = ScratchBuffer(repeating: 0, count: engine.lexicons.count)
        entrySeen = ScratchBuffer(repeating: 0, count: engine.automaton.entries.count)
        kindSeen = ScratchBuffer(repeating: 0, count: engine.strings.strings.count)
        verdictStamp = ScratchBuffer(repeating: 0, count: engine.matchers.count)
        verdict = ScratchBuffer(repeating: false, count: engine.matchers.count)
    }

    /// Forgets the sentence last noted: a new document's sentence may have the same token range
    /// and result count as the last one noted, but not the same hits.
    mutating func beginDocument() {
        noted = (-1, -1, -1)
    }

    /// Whether a matcher has anything a sentence must contain.
    func hasRequirements(_ matcher: Int) -> Bool { alternativeStarts[matcher] < alternativeStarts[matcher + 1] }

    /// Records what the sentence contains, unless it is already recorded for this sentence and these results.
    mutating func note(_ sentence: Range<Int>, view: DocumentView) {
        let key = (lower: sentence.lowerBound, upper: sentence.upperBound, results: view.results.count)
        if key == noted { return }
        noted = key
        stamp &+= 1
        if stamp == 0 {
            lexiconSeen.reset(count: lexiconSeen.count, to: 0)
            entrySeen.reset(count: entrySeen.count, to: 0)
            kindSeen.reset(count: kindSeen.count, to: 0)
            verdictStamp.reset(count: verdictStamp.count, to: 0)
            stamp = 1
        }
        let lower = sentence.lowerBound, upper = sentence.upperBound
        tokenBits = lower < upper ? view.sentenceTokenBits[Int(view.sentenceOfToken[lower])] : 0
        // Hits and results are ordered by start token, so the sentence's own are one slice of each.
        for hitIndex in Int(view.hitStarts[lower])..<Int(view.hitStarts[upper]) {
            let hit = view.hits[hitIndex]
            guard hit.end <= Int32(upper) else { continue }
            entrySeen[Int(hit.entry)] = stamp
            lexiconSeen[Int(entryLexicons[Int(hit.entry)])] = stamp
        }
        for order in Int(view.resultStarts[lower])..<Int(view.resultStarts[upper]) {
            let result = view.results[Int(view.resultOrder[order])]
            if result.end <= Int32(upper) { kindSeen[Int(result.kind)] = stamp }
        }
    }

    /// Whether the noted sentence contains everything some way of matching the matcher consumes
    /// (all items of one of its ``MatcherRequirements`` alternatives).
    mutating func holds(_ matcher: Int) -> Bool {
        let first = Int(alternativeStarts[matcher]), end = Int(alternativeStarts[matcher + 1])
        if first == end { return true }
        if verdictStamp[matcher] == stamp { return verdict[matcher] }
        var holds = false
        for alternative in first..<end where containsAll(Int(itemStarts[alternative])..<Int(itemStarts[alternative + 1])) {
            holds = true
            break
        }
        verdictStamp[matcher] = stamp
        verdict[matcher] = holds
        return holds
    }

    /// Whether the noted sentence contains every item of `items[range]`.
    private mutating func containsAll(_ range: Range<Int>) -> Bool {
        // Mutating though it only reads: called from the mutating `holds(_:)`, a borrowing method
        // made Swift copy the whole 240-byte struct to a temporary for every alternative.
        for index in range {
            let present: Bool
            if case .anyOf(let first, let end) = items[index] {
                present = (Int(first)..<Int(end)).contains { contains(choices[$0]) }
            } else {
                present = contains(items[index])
            }
            if !present { return false }
        }
        return true
    }

    /// Whether the noted sentence contains one item (not a choice).
    @inline(__always)
    private func contains(_ item: MatcherRequirements.Item) -> Bool {
        switch item {
        case .entry(let entry): entrySeen[Int(entry)] == stamp
        case .lexicon(let lexicon): lexiconSeen[Int(lexicon)] == stamp
        case .kind(let kind): kindSeen[Int(kind)] == stamp
        case .token(let bit): tokenBits & (1 << UInt64(bit)) != 0
        case .impossible, .anyOf: false
        }
    }
}
