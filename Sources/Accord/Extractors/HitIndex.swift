/// One lexicon's hits, looked up by their first or last token.
///
/// Sparse: a document has a few hits of a lexicon and a thousand tokens, and the extractors
/// build a dozen of these per document, so a table per token cost more (mostly clearing it)
/// than the lookups it served. A lookup is a binary search over the distinct first (or last)
/// tokens, which stays logarithmic on adversarial text with a hit at every token.
struct HitIndex {
    private let hits: [ExtractorInput.Hit]
    /// The distinct first tokens, ascending, and for each the longest hit starting there
    /// (the earliest in `hits` among equally long ones).
    private let starts: [Int32]
    private let longestStarting: [Int32]
    /// The distinct end tokens, ascending, and for each the longest hit ending there.
    private let ends: [Int32]
    private let longestEnding: [Int32]

    /// Indexes hits; those outside `0..<tokenCount` are ignored.
    init(_ hits: [ExtractorInput.Hit], tokenCount: Int) {
        var ignored: [Bool] = []
        self.init(hits, tokenCount: tokenCount, markingStarts: &ignored)
    }

    /// Indexes hits and sets `starts[t]` for the first token t of each (when `starts` has that token).
    init(_ hits: [ExtractorInput.Hit], tokenCount: Int, markingStarts marked: inout [Bool]) {
        self.hits = hits
        var valid: [Int32] = []
        valid.reserveCapacity(hits.count)
        for (index, hit) in hits.enumerated() where hit.tokens.lowerBound >= 0 && hit.tokens.upperBound <= tokenCount {
            valid.append(Int32(index))
            if hit.tokens.lowerBound < marked.count { marked[hit.tokens.lowerBound] = true }
        }
        (starts, longestStarting) = Self.longest(valid, hits, byEnd: false)
        (ends, longestEnding) = Self.longest(valid, hits, byEnd: true)
    }

    /// The distinct first (or end) tokens, ascending, each with its longest hit.
    private static func longest(_ valid: [Int32], _ hits: [ExtractorInput.Hit], byEnd: Bool) -> ([Int32], [Int32]) {
        guard !valid.isEmpty else { return ([], []) }
        func position(_ index: Int32) -> Int {
            byEnd ? hits[Int(index)].tokens.upperBound : hits[Int(index)].tokens.lowerBound
        }
        // Ordered by position, then longest first, then hit order: the first of each position wins.
        let ordered = valid.sorted { a, b in
            if position(a) != position(b) { return position(a) < position(b) }
            let lengthA = hits[Int(a)].tokens.count, lengthB = hits[Int(b)].tokens.count
            if lengthA != lengthB { return lengthA > lengthB }
            return a < b
        }
        var keys: [Int32] = [], best: [Int32] = []
        keys.reserveCapacity(ordered.count)
        best.reserveCapacity(ordered.count)
        for index in ordered {
            let key = Int32(position(index))
            if keys.last == key { continue }
            keys.append(key)
            best.append(index)
        }
        return (keys, best)
    }

    /// The longest hit starting at a token.
    func longest(startingAt token: Int) -> ExtractorInput.Hit? {
        Self.find(token, in: starts).map { hits[Int(longestStarting[$0])] }
    }

    /// The longest hit ending just before a token.
    func longest(endingAt token: Int) -> ExtractorInput.Hit? {
        Self.find(token, in: ends).map { hits[Int(longestEnding[$0])] }
    }

    /// The position of `token` in the ascending `keys`, if it is there.
    private static func find(_ token: Int, in keys: [Int32]) -> Int? {
        guard let first = keys.first, let last = keys.last, token >= Int(first), token <= Int(last) else { return nil }
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if Int(keys[mid]) < token { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && Int(keys[low]) == token ? low : nil
    }
}
