import Testing
@testable import Accord

/// Tests for ``TokenIDCache``: each spelling is computed once, told apart from spellings that
/// share its first bytes or length, and kept, with the facts derived from its ids, across table
/// growth and clearing.
@Suite("Token-id cache")
struct TokenIDCacheTests {
    /// Looks a spelling up, counting how often its ids had to be computed; the fake ids encode
    /// the spelling's bytes, and the facts its ids, so a wrong entry returns wrong ids and facts.
    static func lookUp(_ cache: TokenIDCache, _ text: String, computed: inout Int) -> (UInt32, UInt32, UInt32) {
        var out = TokenIDCache.Spelling(ids: (0, 0, 0), facts: 0)
        let bytes = Array(text.utf8)
        let expected = fakeID(bytes)
        _ = bytes.withUnsafeBufferPointer { buffer in
            cache.lookUp(buffer, compute: { form in
                computed += 1
                return expected &+ UInt32(form.rawValue)
            }, facts: fakeFacts, into: &out)
        }
        #expect(out.facts == fakeFacts(out.ids), "\(text.debugDescription)'s facts are not the ones its ids gave")
        return out.ids
    }

    static func fakeID(_ bytes: [UInt8]) -> UInt32 {
        bytes.reduce(UInt32(bytes.count)) { $0 &* 31 &+ UInt32($1) }
    }

    static func fakeFacts(_ ids: (UInt32, UInt32, UInt32)) -> UInt32 {
        ids.0 &* 0x9E37_79B9 ^ ids.2
    }

    /// Spellings that share an eight-byte prefix, a length, or both, with NFC and NFD forms.
    static let spellings = [
        "", "a", "ab", "abcdefgh", "abcdefghi", "abcdefghj", "abcdefghij", "nguyễn", "Nguyễn", "Nguye\u{0302}\u{0303}n",
        "trưởng", "trường", "12345678", "123456789", "a\u{0}", "a\u{0}\u{0}", "quốc", "quốc tế",
    ]

    @Test("each spelling is computed once and always gives its own ids")
    func spellingsKeepTheirIDs() {
        let cache = TokenIDCache()
        var computed = 0
        for round in 0..<3 {
            for spelling in Self.spellings {
                let ids = Self.lookUp(cache, spelling, computed: &computed)
                let expected = Self.fakeID(Array(spelling.utf8))
                #expect(ids == (expected, expected &+ 1, expected &+ 2), "round \(round): \(spelling.debugDescription) gave another spelling's ids")
            }
        }
        #expect(computed == Self.spellings.count * 3, "each spelling's three forms should be computed once, not \(computed) times")
    }

    @Test("a short spelling read with the bytes after it is the same spelling", arguments: ["", "a", "ab", "quốc", "1234567"])
    func readableBytesAfterTheToken(spelling: String) {
        let cache = TokenIDCache()
        var computed = 0
        let alone = Self.lookUp(cache, spelling, computed: &computed)
        // The same bytes inside a longer text, as a document passes them: the bytes that follow
        // differ, and must not become part of the key.
        for following in ["xxxxxxxx", "\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}", "ễễễễ"] {
            let text = Array((spelling + following).utf8)
            var out = TokenIDCache.Spelling(ids: (0, 0, 0), facts: 0)
            _ = text.withUnsafeBufferPointer { buffer in
                cache.lookUp(UnsafeBufferPointer(rebasing: buffer[..<spelling.utf8.count]), readable: buffer.count, compute: { _ in
                    computed += 1
                    return 0
                }, facts: { _ in 0 }, into: &out)
            }
            #expect(out.ids == alone, "\(spelling.debugDescription) followed by \(following.debugDescription) was taken for another spelling")
        }
        #expect(computed == 3, "\(spelling.debugDescription) should be computed once, not \(computed / 3) times")
    }

    @Test("the table grows and is cleared past its limit without losing or mixing spellings")
    func growthAndClearing() {
        let cache = TokenIDCache()
        var computed = 0
        let count = (1 << 17) + 10   // past the limit, so the next document clears the cache
        for number in 0..<count {
            let spelling = "w\(number)-\(number % 7 == 0 ? "longer-than-eight" : "")"
            let ids = Self.lookUp(cache, spelling, computed: &computed)
            #expect(ids.0 == Self.fakeID(Array(spelling.utf8)), "\(spelling) gave another spelling's ids")
        }
        #expect(computed == count * 3, "every new spelling should be computed once")
        _ = Self.lookUp(cache, "w5-", computed: &computed)
        #expect(computed == count * 3, "a known spelling was computed again before clearing")
        #expect(cache.beginDocument(), "a cache past its limit should be cleared at the next document")
        _ = Self.lookUp(cache, "w5-", computed: &computed)
        #expect(computed == count * 3 + 3, "after clearing, a spelling is computed again")
        #expect(!cache.beginDocument(), "a small cache is kept")
    }
}
