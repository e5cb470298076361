/// Which required tokens, lexicon entries, lexicons and result kinds the current sentence
/// contains, so the pattern machine can leave alone a matcher whose ``MatcherRequirements`` the
/// sentence cannot meet.
///
/// Everything is a bit (``PresenceBits``): the document index sums up each sentence's required
/// tokens and hit items once per document, and noting a sentence adds the kinds of its results,
/// so a check is a few masks, and noting a sentence again for the next stage reads no hit.
struct SentencePresence: ~Copyable {
    /// ``MatcherRequirements``' tables, as plain buffers: read through the struct, each check
    /// retained and released its arrays.
    /// Matcher m's alternatives are `alternativeStarts[m]..<alternativeStarts[m + 1]`; alternative
    /// a's checks are `checks[itemStarts[a]..<itemStarts[a + 1]]` (both laid out in order).
    private let alternativeStarts: ScratchBuffer<Int32>
    private let itemStarts: ScratchBuffer<Int32>
    private let checks: ScratchBuffer<MatcherRequirements.Check>
    /// Per result kind: 1 + its bit, or 0 (``MatcherRequirements/kindBits``).
    private let kindBitTable: ScratchBuffer<UInt8>
    private var stamp: UInt32 = 0
    /// The sentence and result count last noted in the current document: results grow between
    /// stages, hits do not (see ``beginDocument()``).
    private var noted: (lower: Int, upper: Int, results: Int) = (-1, -1, -1)
    /// The noted sentence's required tokens, hit items and result kinds.
    private var present = PresenceBits()
    /// Per matcher: the stamp its verdict was computed for, and the verdict.
    private var verdictStamp: ScratchBuffer<UInt32>
    private var verdict: ScratchBuffer<Bool>

    init(engine: CompiledEngine) {
        let requirements = engine.requirements
        alternativeStarts = ScratchBuffer(requirements.alternativeStarts)
        itemStarts = ScratchBuffer(requirements.itemStarts)
        checks = ScratchBuffer(requirements.checks)
        kindBitTable = ScratchBuffer(requirements.kindBits)
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
    @inline(__always)   // the check inlined: most calls find the sentence noted already
    mutating func note(_ sentence: Range<Int>, view: DocumentView) {
        let key = (lower: sentence.lowerBound, upper: sentence.upperBound, results: view.results.count)
        if key != noted { record(sentence, view: view) }
    }

    /// Records what the sentence contains (``note(_:view:)``'s work, kept out of line).
    private mutating func record(_ sentence: Range<Int>, view: DocumentView) {
        noted = (lower: sentence.lowerBound, upper: sentence.upperBound, results: view.results.count)
        stamp &+= 1
        if stamp == 0 {
            verdictStamp.reset(count: verdictStamp.count, to: 0)
            stamp = 1
        }
        let lower = sentence.lowerBound, upper = sentence.upperBound
        guard lower < upper else {
            present = PresenceBits()
            return
        }
        present = view.sentencePresence[Int(view.sentenceOfToken[lower])]
        // Results are ordered by start token, so the sentence's own are one slice.
        for order in Int(view.resultStarts[lower])..<Int(view.resultStarts[upper]) {
            let result = view.results[Int(view.resultOrder[order])]
            guard result.end <= Int32(upper), Int(result.kind) < kindBitTable.count else { continue }
            let bit = kindBitTable[Int(result.kind)]
            if bit != 0 { present.insert(Int(bit) - 1) }
        }
    }

    /// The noted sentence's required tokens, hit items and result kinds.
    var items: PresenceBits { present }

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

    /// Whether the noted sentence passes every check of `checks[range]`.
    private func containsAll(_ range: Range<Int>) -> Bool {
        for index in IndexSequence(range) {
            let check = checks[index]
            if !check.always, !present.intersects(check.bits) { return false }
        }
        return true
    }
}
