extension Array {
    /// Sorts in place, keeping equal elements in their order (a stable sort).
    ///
    /// What the engine sorts is short (a sentence's candidates, a document's results of a
    /// kind) or made of a few sorted runs (a document's results, kind after kind): short arrays
    /// take an insertion sort over the raw buffer, longer ones a natural merge sort that merges
    /// the runs already there, pairwise, so a document's results cost a few linear passes. The
    /// standard sort did the same work with checked index arithmetic at every step (a fifth of
    /// its cost), and a stable order is what it gave too. Worst case n log n.
    ///
    /// - Parameter areInIncreasingOrder: A strict weak ordering.
    mutating func sortKeepingOrder(by areInIncreasingOrder: (Element, Element) -> Bool) {
        guard count > 1 else { return }
        if count <= 32 {
            withUnsafeMutableBufferPointer { buffer in
                for index in 1..<buffer.count {
                    let moving = buffer[index]
                    var slot = index
                    while slot > 0, areInIncreasingOrder(moving, buffer[slot &- 1]) {
                        buffer[slot] = buffer[slot &- 1]
                        slot &-= 1
                    }
                    buffer[slot] = moving
                }
            }
            return
        }
        // Run j is bounds[j]..<bounds[j + 1]: maximal stretches already in order.
        var bounds = [0]
        withUnsafeBufferPointer { buffer in
            for index in 1..<buffer.count where areInIncreasingOrder(buffer[index], buffer[index &- 1]) {
                bounds.append(index)
            }
        }
        bounds.append(count)
        guard bounds.count > 2 else { return }
        var source = self
        var target = self
        while bounds.count > 2 {
            var merged = [0]
            merged.reserveCapacity(bounds.count / 2 + 2)
            source.withUnsafeBufferPointer { source in
            target.withUnsafeMutableBufferPointer { target in
                var run = 0
                while run < bounds.count - 1 {
                    let low = bounds[run], middle = bounds[run + 1]
                    let high = run + 2 < bounds.count ? bounds[run + 2] : middle
                    var left = low, right = middle, out = low
                    while left < middle && right < high {
                        // On a tie the left run's element goes first: the sort stays stable.
                        if areInIncreasingOrder(source[right], source[left]) {
                            target[out] = source[right]
                            right &+= 1
                        } else {
                            target[out] = source[left]
                            left &+= 1
                        }
                        out &+= 1
                    }
                    while left < middle { target[out] = source[left]; left &+= 1; out &+= 1 }
                    while right < high { target[out] = source[right]; right &+= 1; out &+= 1 }
                    merged.append(high)
                    run += 2
                }
            }}
            swap(&source, &target)
            bounds = merged
        }
        self = source
    }

    /// ``sortKeepingOrder(by:)`` into a new array.
    func sortedKeepingOrder(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        var copy = self
        copy.sortKeepingOrder(by: areInIncreasingOrder)
        return copy
    }
}
