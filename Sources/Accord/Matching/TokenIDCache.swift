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
/// Facts kept beside the ids (``Spelling/facts``) are its engine's: a session keeps one cache
/// per compiled engine (``AnalysisWorkspace``).
final class TokenIDCache {
    private static let maxEntries = 1 << 17

    /// One place of the open-addressing table. A token's first eight bytes, its length and its
    /// ids sit in the slot, so a lookup of a short token (most Vietnamese syllables and English
    /// words) reads one slot and nothing else: each further dependent read (the key arrays, the
    /// ids) was a cache miss, together most of the lookup's time.
    private struct Slot {
        /// The key's first eight bytes, little-endian, zero-padded.
        var prefix: UInt64
        /// The key's length in bytes.
        var length: Int32
        /// The entry's number plus one; 0 marks an empty slot.
        var entry: Int32
        /// The spelling's ids in each form and the facts derived from them, here too, so a hit
        /// reads nothing else.
        var spelling: Spelling
    }

    /// What the cache keeps of a spelling: its ids in each form, and facts the engine derives
    /// from them (see ``DocumentIndex``), so a token seen before needs no table behind its ids.
    struct Spelling {
        var ids: (UInt32, UInt32, UInt32)
        var facts: UInt32
    }

    // Unchecked exclusivity, as in ``ResultStore``: one session's thread, no overlapping access.
    @exclusivity(unchecked) private var arena: [UInt8] = []
    @exclusivity(unchecked) private var keyStarts: [Int32] = []
    @exclusivity(unchecked) private var slots: [Slot]
    @exclusivity(unchecked) private var mask: Int

    init() {
        slots = [Slot](repeating: Slot(prefix: 0, length: 0, entry: 0, spelling: Spelling(ids: (0, 0, 0), facts: 0)), count: 1 << 12)
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

    /// A token's ids in each form and the facts `facts` derives from them, computing and
    /// remembering both on first sight.
    ///
    /// - Parameters:
    ///   - readable: How many bytes from the token's start may be read (the rest of the document):
    ///     with eight or more, a short token's prefix is one load, not a byte loop.
    ///   - compute: The token's id in a form.
    ///   - facts: What the cache's owner keeps beside the ids, computed from them once per spelling.
    /// - Returns: The spelling's number in this cache.
    @inline(__always)
    @discardableResult
    func lookUp(
        _ token: UnsafeBufferPointer<UInt8>, readable: Int = 0, compute: (NormalizationForm) -> UInt32,
        facts: ((UInt32, UInt32, UInt32)) -> UInt32, into out: inout Spelling
    ) -> Int32 {
        let prefix = Self.prefix(of: token, readable: readable)
        let hash = Self.hash(token, prefix: prefix)
        let mask = self.mask
        assert(mask == slots.count - 1 && slots.count & mask == 0, "the table's size is a power of two")
        // Probed through the table's buffer: a slot is masked to the table's size (a power of
        // two), so the array's check of every slot read could never fail.
        let found: Int32? = slots.withUnsafeBufferPointer { table in
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let candidate = table[slot]
                if candidate.entry == 0 { return nil }
                if candidate.prefix == prefix, Int(candidate.length) == token.count,
                   token.count <= 8 || tailEquals(Int(candidate.entry) - 1, token) {
                    out = candidate.spelling
                    return candidate.entry &- 1   // entries are numbered from 1 in the table
                }
                slot = (slot &+ 1) & mask
            }
        }
        if let found { return found }
        let ids = (compute(.exact), compute(.folded), compute(.loose))
        out = Spelling(ids: ids, facts: facts(ids))
        return insert(token, out, prefix: prefix, hash: hash)
    }

    /// A key's first eight bytes as a little-endian integer, zero-padded.
    @inline(__always)
    private static func prefix(of bytes: UnsafeBufferPointer<UInt8>, readable: Int = 0) -> UInt64 {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return 0 }
        if bytes.count >= 8 { return UnsafeRawPointer(base).loadUnaligned(as: UInt64.self).littleEndian }
        if readable >= 8 {
            // The bytes after the token are the document's: read them with it, then mask them off.
            let word = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self).littleEndian
            // Wrapping operators: the count is 1…7 here (a shift by 64 would keep every byte), and
            // the checked ones tested it at every token.
            return word & (UInt64.max &>> (64 &- 8 &* UInt64(truncatingIfNeeded: bytes.count)))
        }
        var prefix: UInt64 = 0
        for index in 0..<bytes.count { prefix |= UInt64(bytes[index]) << (8 * index) }
        return prefix
    }

    /// Mixes the prefix, the length and any bytes past the eighth into a table position.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> UInt64 {
        var hash = (prefix ^ UInt64(truncatingIfNeeded: bytes.count) &<< 56) &* 0x9E37_79B9_7F4A_7C15
        if bytes.count > 8 {
            for index in 8..<bytes.count { hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3 }
        }
        return hash ^ (hash >> 29)
    }

    /// Whether the bytes after the eighth equal the stored key's (prefix and length already match).
    private func tailEquals(_ entry: Int, _ token: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStarts[entry])
        return arena.withUnsafeBufferPointer { stored in
            for index in 8..<token.count where stored[start + index] != token[index] { return false }
            return true
        }
    }

    private func insert(_ token: UnsafeBufferPointer<UInt8>, _ value: Spelling, prefix: UInt64, hash: UInt64) -> Int32 {
        if (keyStarts.count + 1) * 2 > slots.count { grow() }
        let entry = keyStarts.count
        keyStarts.append(Int32(arena.count))
        arena.append(contentsOf: token)
        place(Slot(prefix: prefix, length: Int32(token.count), entry: Int32(entry + 1), spelling: value), hash: hash)
        return Int32(entry)
    }

    private func place(_ new: Slot, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].entry != 0 { slot = (slot + 1) & mask }
        slots[slot] = new
    }

    private func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(prefix: 0, length: 0, entry: 0, spelling: Spelling(ids: (0, 0, 0), facts: 0)), count: slots.count * 2)
        mask = slots.count - 1
        for slot in old where slot.entry != 0 {
            let start = Int(keyStarts[Int(slot.entry) - 1])
            let hash = arena.withUnsafeBufferPointer {
                Self.hash(UnsafeBufferPointer(rebasing: $0[start..<start + Int(slot.length)]), prefix: slot.prefix)
            }
            place(slot, hash: hash)
        }
    }

    private func clear() {
        arena.removeAll(keepingCapacity: true)
        keyStarts.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index].entry = 0 }
    }
}
