/// An open-addressing hash map from 64-bit keys to 32-bit values, built once and read often.
///
/// The matcher looks up (state, token) transitions and token anchors for
/// every token of every document; Swift's `Dictionary` hashes with seeded
/// SipHash, which costs more than the rest of a lookup. A multiplicative
/// mix of an integer key is enough here: the keys come from the packs, not
/// from the text, so an attacker cannot choose them.
struct IntegerMap: Sendable {
    /// A key, its value and whether the slot is used, side by side: a lookup touches one cache
    /// line, not three arrays (the trie walk looks up a transition per token).
    private struct Slot: Sendable {
        var key: UInt64 = 0
        var value: Int32 = 0
        var occupied = false
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
    }

    /// The value for a key, if any.
    @inline(__always)
    func value(for key: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(key, mask)
            while slots[slot].occupied {
                if slots[slot].key == key { return slots[slot].value }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// Sets the value for a key.
    mutating func set(_ value: Int32, for key: UInt64) {
        if (count + 1) * 2 > slots.count { grow() }
        var slot = Self.slot(key, mask)
        while slots[slot].occupied {
            if slots[slot].key == key {
                slots[slot].value = value
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(key: key, value: value, occupied: true)
        count += 1
    }

    /// Calls `body` with every key and value, in storage order.
    func forEach(_ body: (UInt64, Int32) -> Void) {
        for slot in slots where slot.occupied { body(slot.key, slot.value) }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        let mixed = (key ^ (key >> 31)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 20) & mask
    }

    private mutating func grow() {
        var bigger = IntegerMap(capacity: slots.count)
        for slot in slots where slot.occupied { bigger.set(slot.value, for: slot.key) }
        self = bigger
    }
}
