extension UnsafeMutableBufferPointer {
    /// Sorts the elements in place, keeping equal elements in their order (a stable sort).
    ///
    /// What the engine sorts is short (a sentence's candidates, the threads arriving at a
    /// position, a document's results of a kind) or made of a few sorted runs (a document's
    /// results, kind after kind): short buffers take an insertion sort, longer ones a natural
    /// merge sort that merges the runs already there, pairwise, so sorted runs cost a few linear
    /// passes. The standard sort did the same work with checked index arithmetic at every
    /// step (a fifth of its cost), and a stable order is what it gave too. Worst case n log n.
    ///
    /// - Parameter areInIncreasingOrder: A strict weak ordering.
    func sortKeepingOrder(by areInIncreasingOrder: (Element, Element) -> Bool) {
        guard count > 1 else { return }
        if count <= 32 {
            insertionSortKeepingOrder(by: areInIncreasingOrder)
            return
        }
        // Run j is bounds[j]..<bounds[j + 1]: maximal stretches already in order.
        var bounds: [Int] = []
        bounds.reserveCapacity(Swift.min(count / 2 + 2, 64))   // grown from one entry, it was allocated four or five times
        bounds.append(0)
        for index in 1..<count where areInIncreasingOrder(self[index], self[index &- 1]) { bounds.append(index) }
        bounds.append(count)
        guard bounds.count > 2 else { return }
        // Merged back and forth between the elements and a copy of them.
        let copy = UnsafeMutableBufferPointer<Element>.allocate(capacity: count)
        _ = copy.initialize(from: self)
        defer {
            copy.deinitialize()
            copy.deallocate()
        }
        var source = copy, target = self
        var inSelf = false   // where the latest merge pass wrote: `self` holds the same elements as `copy` before the first
        while bounds.count > 2 {
            var merged = [0]
            merged.reserveCapacity(bounds.count / 2 + 2)
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
            inSelf = target.baseAddress == baseAddress
            swap(&source, &target)
            bounds = merged
        }
        if !inSelf { _ = UnsafeMutableBufferPointer(rebasing: self[...]).update(fromContentsOf: copy) }
    }

    /// Sorts the elements in place by insertion, keeping equal elements in their order.
    ///
    /// Quadratic in general, linear in the elements out of place: for short buffers, and for
    /// long ones that are sorted but for a few neighbours (results counted into order by start
    /// token, their ties on start still to order by end: ``DocumentIndex/resultsInTextOrder()``).
    ///
    /// - Parameter areInIncreasingOrder: A strict weak ordering.
    func insertionSortKeepingOrder(by areInIncreasingOrder: (Element, Element) -> Bool) {
        guard count > 1 else { return }
        for index in 1..<count {
            let moving = self[index]
            var slot = index
            while slot > 0, areInIncreasingOrder(moving, self[slot &- 1]) {
                self[slot] = self[slot &- 1]
                slot &-= 1
            }
            self[slot] = moving
        }
    }
}

extension Array {
    /// Sorts in place, keeping equal elements in their order: see
    /// ``Swift/UnsafeMutableBufferPointer/sortKeepingOrder(by:)``.
    ///
    /// - Parameter areInIncreasingOrder: A strict weak ordering.
    mutating func sortKeepingOrder(by areInIncreasingOrder: (Element, Element) -> Bool) {
        withUnsafeMutableBufferPointer { $0.sortKeepingOrder(by: areInIncreasingOrder) }
    }

    /// ``sortKeepingOrder(by:)`` into a new array.
    func sortedKeepingOrder(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        var copy = self
        copy.sortKeepingOrder(by: areInIncreasingOrder)
        return copy
    }
}
