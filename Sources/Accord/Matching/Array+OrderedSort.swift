extension Array {
    /// Sorts in place, keeping equal elements in their order, as the standard sort does.
    ///
    /// Sentences have a few dozen candidates and documents a few dozen results of a kind:
    /// for those, an insertion sort over the raw buffer, where the standard sort's index
    /// arithmetic checked for overflow at every step (a fifth of sorting them). Longer
    /// arrays (adversarial text) take the standard sort, so the cost stays n log n.
    ///
    /// - Parameter areInIncreasingOrder: A strict weak ordering.
    mutating func sortKeepingOrder(by areInIncreasingOrder: (Element, Element) -> Bool) {
        guard count > 1 else { return }
        guard count <= 32 else {
            sort(by: areInIncreasingOrder)
            return
        }
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
    }

    /// ``sortKeepingOrder(by:)`` into a new array.
    func sortedKeepingOrder(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        var copy = self
        copy.sortKeepingOrder(by: areInIncreasingOrder)
        return copy
    }
}
