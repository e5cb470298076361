/// One option lexicon's hits, with the bit their first tokens carry in an extractor's per-token
/// marks: most tokens are answered by their bit, without a search of the hits.
///
/// The date scanner and the money extractor each mark, per token, what can start there (a
/// number, each lexicon they read), so their scans skip the other tokens and ask a lexicon's
/// ``HitIndex`` (a binary search) only where its bit is set.
struct MarkedHits {
    let hits: HitIndex
    let bit: UInt16
    /// The extractor's marks, one entry per token (and perhaps one past the last), made whole
    /// before this is (the storage is shared, not copied).
    let marks: [UInt16]

    /// Whether some hit starts at a token (its bit is set).
    func hasStart(at token: Int) -> Bool {
        token >= 0 && token < marks.count && marks[token] & bit != 0
    }

    /// The longest hit starting at a token (the earliest of equally long ones).
    func longest(startingAt token: Int) -> ExtractorInput.Hit? {
        guard hasStart(at: token) else { return nil }
        return hits.longest(startingAt: token)
    }

    /// The longest hit ending just before a token.
    func longest(endingAt token: Int) -> ExtractorInput.Hit? {
        hits.longest(endingAt: token)
    }

    /// The longest hit ending just before a token, searched for only where `endBit` marks that
    /// some hit ends there.
    func longest(endingAt token: Int, markedBy endBit: UInt16) -> ExtractorInput.Hit? {
        guard token >= 0, token < marks.count, marks[token] & endBit != 0 else { return nil }
        return hits.longest(endingAt: token)
    }
}
