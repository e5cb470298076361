/// One lexicon's hits, looked up by their first or last token.
///
/// It searches the hits in place: they arrive ordered by first token, then last token (as the
/// document's index lists them), the extractors build a dozen of these per document, and most
/// hold a few hits of a thousand-token document. Tables per token, or sorted copies, cost more
/// to build (mostly allocating and clearing them) than the lookups they served. A lookup is a
/// binary search, so it stays logarithmic on adversarial text with a hit at every token.
struct HitIndex {
    /// The hits inside the document, ordered by first token, then last token, then given order.
    private let hits: [ExtractorInput.Hit]
    /// The most tokens one hit spans: a hit ending at a token starts at most this far before it.
    private let longestLength: Int

    /// Indexes hits; those outside `0..<tokenCount` are ignored.
    init(_ hits: [ExtractorInput.Hit], tokenCount: Int) {
        var ignored: [UInt16] = []
        self.init(hits, tokenCount: tokenCount, markingStarts: &ignored, with: 0)
    }

    /// Indexes hits and sets `bit` in `starts[t]` for the first token t of each (when `starts`
    /// has that token).
    init(_ hits: [ExtractorInput.Hit], tokenCount: Int, markingStarts marked: inout [UInt16], with bit: UInt16) {
        var inside = true, ordered = true, longest = 0
        for (index, hit) in hits.enumerated() {
            if hit.tokens.lowerBound < 0 || hit.tokens.upperBound > tokenCount { inside = false }
            if index > 0, !Self.precedesOrEquals(hits[index - 1].tokens, hit.tokens) { ordered = false }
            longest = max(longest, hit.tokens.count)
        }
        var kept = hits
        if !inside { kept.removeAll { $0.tokens.lowerBound < 0 || $0.tokens.upperBound > tokenCount } }
        if !ordered {
            // Only hits a caller built by hand come unordered; a stable sort keeps their given order among equals.
            kept = kept.enumerated().sorted { a, b in
                a.element.tokens == b.element.tokens ? a.offset < b.offset : Self.precedesOrEquals(a.element.tokens, b.element.tokens)
            }.map(\.element)
        }
        for hit in kept where hit.tokens.lowerBound < marked.count { marked[hit.tokens.lowerBound] |= bit }
        self.hits = kept
        longestLength = longest
    }

    /// Whether `a` comes no later than `b` by first token, then last token.
    private static func precedesOrEquals(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.lowerBound != b.lowerBound ? a.lowerBound < b.lowerBound : a.upperBound <= b.upperBound
    }

    /// The index of the first hit starting at or after `token`.
    private func firstStarting(atOrAfter token: Int) -> Int {
        hits.partitioningIndex { $0.tokens.lowerBound < token }
    }

    /// The longest hit starting at a token (the earliest of equally long ones).
    func longest(startingAt token: Int) -> ExtractorInput.Hit? {
        guard let first = hits.first, let last = hits.last,
              token >= first.tokens.lowerBound, token <= last.tokens.lowerBound else { return nil }
        var index = firstStarting(atOrAfter: token)
        guard index < hits.count, hits[index].tokens.lowerBound == token else { return nil }
        var best = index
        index += 1
        while index < hits.count, hits[index].tokens.lowerBound == token {
            if hits[index].tokens.count > hits[best].tokens.count { best = index }
            index += 1
        }
        return hits[best]
    }

    /// The longest hit ending just before a token (the earliest of equally long ones).
    func longest(endingAt token: Int) -> ExtractorInput.Hit? {
        guard let first = hits.first, token > first.tokens.lowerBound else { return nil }
        var best: Int?
        var index = firstStarting(atOrAfter: token - longestLength)
        while index < hits.count, hits[index].tokens.lowerBound < token {
            if hits[index].tokens.upperBound == token, best.map({ hits[index].tokens.count > hits[$0].tokens.count }) ?? true {
                best = index
            }
            index += 1
        }
        return best.map { hits[$0] }
    }
}
