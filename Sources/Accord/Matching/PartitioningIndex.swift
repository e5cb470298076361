extension RandomAccessCollection where Index == Int {
    /// The first index of `range` whose element `isBefore` rejects, or `range.upperBound` when it
    /// accepts them all: a binary search, for elements ordered so that the ones `isBefore`
    /// accepts all come first (hits by start, mentions by sentence, tokens by offset).
    ///
    /// - Parameters:
    ///   - range: The indices to search; the whole collection by default.
    ///   - isBefore: Whether an element lies before the place sought.
    @inline(__always)
    func partitioningIndex(in range: Range<Int>? = nil, where isBefore: (Element) -> Bool) -> Int {
        var low = range?.lowerBound ?? startIndex, high = range?.upperBound ?? endIndex
        while low < high {
            let middle = low &+ (high &- low) &>> 1   // low < high: the difference is positive
            if isBefore(self[middle]) { low = middle &+ 1 } else { high = middle }
        }
        return low
    }
}
