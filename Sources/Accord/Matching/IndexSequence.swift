/// The integers from a lower bound up to (not including) an upper bound, for the hottest loops.
///
/// `for index in a..<b` makes a `Range`, which checks `a <= b`, and its iterator checks every
/// index against the range once more when it hands it out: checks the optimiser keeps in the
/// engine's loops over table slices, two instructions an element, though the loop's own test
/// has just compared the index with the bound. This sequence does only that test. Bounds the
/// wrong way round give no elements.
struct IndexSequence: Sequence, IteratorProtocol {
    private var current: Int
    private let end: Int

    /// The integers `lower..<upper`.
    @inline(__always)
    init(from lower: Int, to upper: Int) {
        current = lower
        end = upper
    }

    /// The integers of a range.
    @inline(__always)
    init(_ range: Range<Int>) {
        self.init(from: range.lowerBound, to: range.upperBound)
    }

    @inline(__always)
    mutating func next() -> Int? {
        guard current < end else { return nil }
        defer { current &+= 1 }   // below `end`: cannot overflow
        return current
    }
}
