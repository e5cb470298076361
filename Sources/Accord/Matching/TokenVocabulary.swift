/// Interns normalised token texts as small integer ids, looked up without allocating.
///
/// Every token that occurs in a lexicon phrase or a pattern literal gets an id;
/// document tokens that no pack mentions map to ``unknown``. Keys live in one
/// byte arena and the table is open-addressed, so a lookup hashes the token's
/// bytes in place.
struct TokenVocabulary: Sendable {
    /// The id of every token that no pack mentions.
    static let unknown: UInt32 = 0

    private var arena: [UInt8] = []
    private var keyStarts: [Int32] = [0]   // key i (id i+1) is arena[keyStarts[i]..<keyStarts[i+1]]
    private var slots: [UInt32]            // 0 = empty, else id
    private var mask: Int

    init() {
        slots = [UInt32](repeating: 0, count: 64)
        mask = 63
    }

    /// The number of interned keys.
    var count: Int { keyStarts.count - 1 }

    /// The id of a key, adding it if new.
    mutating func intern(_ key: [UInt8]) -> UInt32 {
        key.withUnsafeBufferPointer { intern($0) }
    }

    /// ``intern(_:)`` for bytes held elsewhere.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let found = lookup(key)
        if found != Self.unknown { return found }
        if (count + 1) * 2 > slots.count { grow() }
        arena.append(contentsOf: key)
        keyStarts.append(Int32(arena.count))
        let id = UInt32(count)
        insert(id: id, hash: Self.hash(key))
        return id
    }

    /// The id of a key, or ``unknown``.
    func lookup(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        while true {
            let id = slots[slot]
            if id == Self.unknown { return Self.unknown }
            if keyEquals(Int(id), key) { return id }
            slot = (slot + 1) & mask
        }
    }

    private func keyEquals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStarts[id - 1]), end = Int(keyStarts[id])
        guard end - start == key.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            var i = 0
            while i < key.count {
                if stored[start + i] != key[i] { return false }
                i += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let newSize = slots.count * 2
        slots = [UInt32](repeating: 0, count: newSize)
        mask = newSize - 1
        for id in 1...max(1, count) where count > 0 {
            let range = Int(keyStarts[id - 1])..<Int(keyStarts[id])
            let hash = arena[range].withContiguousStorageIfAvailable { Self.hash($0) } ?? Self.hash(Array(arena[range]))
            insert(id: UInt32(id), hash: hash)
        }
    }

    private mutating func insert(id: UInt32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != Self.unknown { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    /// FNV-1a: simple, fast on short keys, and deterministic across runs
    /// (Swift's `Hasher` is seeded per process).
    static func hash(_ bytes: some Collection<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }
}
