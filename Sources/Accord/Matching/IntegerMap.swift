/// An open-addressing hash map from 64-bit keys to 32-bit values, built once and read often.
///
/// The matcher looks up (state, token) transitions and token anchors for
/// every token of every document; Swift's `Dictionary` hashes with seeded
/// SipHash, which costs more than the rest of a lookup. A multiplicative
/// mix of an integer key is enough here: the keys come from the packs, not
/// from the text, so an attacker cannot choose them.
struct IntegerMap: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var occupied: [Bool]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        occupied = [Bool](repeating: false, count: size)
        mask = size - 1
    }

    /// The value for a key, if any.
    @inline(__always)
    func value(for key: UInt64) -> Int32? {
        var slot = Self.slot(key, mask)
        while occupied[slot] {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Sets the value for a key.
    mutating func set(_ value: Int32, for key: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Self.slot(key, mask)
        while occupied[slot] {
            if keys[slot] == key {
                values[slot] = value
                return
            }
            slot = (slot + 1) & mask
        }
        occupied[slot] = true
        keys[slot] = key
        values[slot] = value
        count += 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        let mixed = (key ^ (key >> 31)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 20) & mask
    }

    private mutating func grow() {
        var bigger = IntegerMap(capacity: keys.count)
        for slot in keys.indices where occupied[slot] { bigger.set(values[slot], for: keys[slot]) }
        self = bigger
    }
}
