/// Remembers the token ids of raw token spellings across documents, so most tokens skip normalisation.
///
/// News text reuses a small set of spellings (a few thousand Vietnamese
/// syllables, names, numbers); normalising each occurrence again costs more
/// than everything else the engine does per token. The cache maps the raw
/// UTF-8 bytes of a token to its ids in every form. It belongs to one
/// analysis session (one thread) and is cleared between documents when it
/// has grown too large, so memory stays bounded.
///
/// Each spelling also gets a number, stable until the cache is cleared, so
/// other per-spelling facts (regex results) can be remembered in flat tables.
final class TokenIDCache {
    private static let formCount = NormalizationForm.allCases.count
    private static let maxEntries = 1 << 17

    // Unchecked exclusivity, as in ``ResultStore``: one session's thread, no overlapping access.
    @exclusivity(unchecked) private var arena: [UInt8] = []
    @exclusivity(unchecked) private var keyStarts: [Int32] = []
    @exclusivity(unchecked) private var keyLengths: [Int32] = []
    @exclusivity(unchecked) private var ids: [UInt32] = []          // formCount per entry
    @exclusivity(unchecked) private var slots: [Int32]              // entry + 1, 0 = empty
    @exclusivity(unchecked) private var mask: Int

    init() {
        slots = [Int32](repeating: 0, count: 1 << 12)
        mask = slots.count - 1
    }

    /// Starts a document: clears the cache if it has grown past its limit.
    ///
    /// - Returns: Whether the cache was cleared, so spelling numbers given out before mean nothing now.
    func beginDocument() -> Bool {
        guard keyStarts.count >= Self.maxEntries else { return false }
        clear()
        return true
    }

    /// The ids of a token in each form, computing and remembering them on first sight.
    ///
    /// - Returns: The spelling's number in this cache.
    @inline(__always)
    @discardableResult
    func ids(of token: UnsafeBufferPointer<UInt8>, compute: (NormalizationForm) -> UInt32, into out: inout (UInt32, UInt32, UInt32)) -> Int32 {
        let hash = TokenVocabulary.hash(token)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if equals(entry, token) {
                let base = entry * Self.formCount
                out = (ids[base], ids[base + 1], ids[base + 2])
                return Int32(entry)
            }
            slot = (slot + 1) & mask
        }
        out = (compute(.exact), compute(.folded), compute(.loose))
        return insert(token, out, hash: hash)
    }

    private func equals(_ entry: Int, _ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(keyLengths[entry]) == token.count else { return false }
        let start = Int(keyStarts[entry])
        return arena.withUnsafeBufferPointer { stored in
            for index in 0..<token.count where stored[start + index] != token[index] { return false }
            return true
        }
    }

    private func insert(_ token: UnsafeBufferPointer<UInt8>, _ value: (UInt32, UInt32, UInt32), hash: UInt64) -> Int32 {
        if (keyStarts.count + 1) * 2 > slots.count { grow() }
        let entry = keyStarts.count
        keyStarts.append(Int32(arena.count))
        keyLengths.append(Int32(token.count))
        arena.append(contentsOf: token)
        ids.append(value.0)
        ids.append(value.1)
        ids.append(value.2)
        place(entry, hash: hash)
        return Int32(entry)
    }

    private func place(_ entry: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    private func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for entry in keyStarts.indices {
            let start = Int(keyStarts[entry]), length = Int(keyLengths[entry])
            let hash = arena.withUnsafeBufferPointer { TokenVocabulary.hash(UnsafeBufferPointer(rebasing: $0[start..<start + length])) }
            place(entry, hash: hash)
        }
    }

    private func clear() {
        arena.removeAll(keepingCapacity: true)
        keyStarts.removeAll(keepingCapacity: true)
        keyLengths.removeAll(keepingCapacity: true)
        ids.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = 0 }
    }
}
