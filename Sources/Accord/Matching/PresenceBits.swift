/// A set of up to 256 presence bits: the required tokens, lexicon entries, lexicons and result
/// kinds (``MatcherRequirements``) a sentence contains, or the ones a check accepts.
struct PresenceBits: Sendable, Hashable {
    /// How many bits a set holds.
    static let capacity = 256

    private var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0

    /// Adds bit `bit` (below ``capacity``).
    @inline(__always)
    mutating func insert(_ bit: Int) {
        assert(bit >= 0 && bit < Self.capacity, "presence bit \(bit) out of range")
        let mask = UInt64(1) << UInt64(bit & 63)
        switch bit >> 6 {
        case 0: w0 |= mask
        case 1: w1 |= mask
        case 2: w2 |= mask
        default: w3 |= mask
        }
    }

    /// Whether bit `bit` (below ``capacity``) is set.
    @inline(__always)
    func contains(_ bit: Int) -> Bool {
        assert(bit >= 0 && bit < Self.capacity, "presence bit \(bit) out of range")
        let word: UInt64
        switch bit >> 6 {
        case 0: word = w0
        case 1: word = w1
        case 2: word = w2
        default: word = w3
        }
        return word & (UInt64(1) << UInt64(bit & 63)) != 0
    }

    /// Adds every bit of `other`.
    @inline(__always)
    mutating func formUnion(_ other: PresenceBits) {
        w0 |= other.w0
        w1 |= other.w1
        w2 |= other.w2
        w3 |= other.w3
    }

    /// The number of bits set.
    var count: Int { w0.nonzeroBitCount + w1.nonzeroBitCount + w2.nonzeroBitCount + w3.nonzeroBitCount }

    /// Whether every bit of `other` is set here.
    @inline(__always)
    func isSuperset(of other: PresenceBits) -> Bool {
        (w0 & other.w0) ^ other.w0 | (w1 & other.w1) ^ other.w1 | (w2 & other.w2) ^ other.w2 | (w3 & other.w3) ^ other.w3 == 0
    }

    /// Whether the two sets share a bit.
    @inline(__always)
    func intersects(_ other: PresenceBits) -> Bool {
        (w0 & other.w0) | (w1 & other.w1) | (w2 & other.w2) | (w3 & other.w3) != 0
    }
}
