import Foundation

/// How much of a token's spelling survives normalisation; matching compares tokens in one form.
enum NormalizationForm: UInt8, Sendable, Hashable, CaseIterable {
    /// NFC with canonical Vietnamese tone placement (`hoà` → `hòa`); case kept.
    case exact
    /// ``exact``, lowercased with Unicode's lowercase mapping (`Ấ` → `ấ`, `Đ` → `đ`).
    case folded
    /// ``folded`` without diacritics, and `đ` → `d` (`Ấn Độ` → `an do`).
    case loose
}

/// Normalises tokens so that spellings a reader considers the same compare equal: NFC and NFD
/// input, old (`hoà`, `thuỷ`) and new (`hòa`, `thủy`) Vietnamese tone placement, and — in the
/// folded and loose forms — case and diacritics.
///
/// Canonical tone placement applies per syllable (maximal run of letters) that has exactly one tone
/// mark and one vowel cluster of Vietnamese letters: `qu` and `gi` (before a vowel) count as
/// consonants; the tone goes on the last vowel with a breve, circumflex or horn; otherwise on the
/// last vowel if a consonant follows; otherwise on the first of two vowels or the middle of three.
/// Other words (`café`, `résumé`, `où`) are left as NFC.
///
/// ASCII tokens take a copy-only fast path, and Latin/Vietnamese letters use tables built once,
/// so normalising a token allocates nothing beyond growing `out`. Foundation's NFC is used only
/// for the rare token with marks on non-Latin letters, a piece at a time.
struct TextNormalizer: Sendable {
    /// The shared scalar classification.
    let classes: ScalarClassTable
    /// The shared Latin letter facts.
    let latin: LatinLetterTable

    /// Creates a normaliser (cheap: the tables are built once per process).
    init() {
        classes = ScalarClassTable.shared
        latin = LatinLetterTable.shared
    }

    /// Appends the normalised UTF-8 of one token's bytes to `out`.
    func normalize(_ token: UnsafeBufferPointer<UInt8>, form: NormalizationForm, into out: inout [UInt8]) {
        guard let base = token.baseAddress, !token.isEmpty else { return }
        if appendASCII(token, form: form, into: &out) { return }
        let count = token.count
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: count) { scalars in
            var composeLatinMarks = false
            var needsFoundation = false
            var n = 0
            var i = 0
            while i < count {
                let byte = base[i]
                if byte < 0x80 {
                    scalars[n] = UInt32(byte)
                    n += 1
                    i += 1
                    continue
                }
                let (value, length) = UTF8Decoding.decode(base, count: count, at: i, lead: byte)
                scalars[n] = value
                n += 1
                i += length
                if value >= 0x300, classes.entry(value) & ScalarClass.needsNFCBit != 0 {
                    if value &- 0x300 < 0x70 { composeLatinMarks = true } else { needsFoundation = true }
                }
            }
            if !needsFoundation && !composeLatinMarks {
                finish(scalars, count: n, form: form, into: &out)
                return
            }
            if !needsFoundation {
                // NFD Vietnamese and other Latin letters with marks: compose with the tables.
                let composedWithTables = withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * n + 8) { composed in
                    guard let m = composeLatin(scalars, count: n, into: composed) else { return false }
                    finish(composed, count: m, form: form, into: &out)
                    return true
                }
                if composedWithTables { return }
            }
            var nfc = foundationNFC(token)
            nfc.withUnsafeMutableBufferPointer { finish($0, count: $0.count, form: form, into: &out) }
        }
    }

    /// Normalises a whole string (for tests and pack phrases); tone placement works per syllable,
    /// so multi-word phrases normalise like their tokens.
    func normalize(_ text: String, form: NormalizationForm) -> String {
        var text = text
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        text.withUTF8 { normalize($0, form: form, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends an all-ASCII token (lowercased unless `form` is exact); returns false, appending
    /// nothing, if the token has non-ASCII bytes.
    @inline(__always)
    private func appendASCII(_ token: UnsafeBufferPointer<UInt8>, form: NormalizationForm, into out: inout [UInt8]) -> Bool {
        for byte in token where byte >= 0x80 { return false }
        if form == .exact {
            out.append(contentsOf: token)
        } else {
            for byte in token { out.append(byte &- 0x41 < 26 ? byte | 0x20 : byte) }
        }
        return true
    }

    /// Places tones and appends NFC scalars in `form`.
    private func finish(_ scalars: UnsafeMutableBufferPointer<UInt32>, count: Int, form: NormalizationForm, into out: inout [UInt8]) {
        placeTones(scalars, count: count)
        // Encode into a stack buffer and append once: per-byte Array appends cost more than the work.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * count) { bytes in
            guard let base = bytes.baseAddress else { return }
            var written = 0
            for k in 0..<count {
                let mapped = map(scalars[k], form: form)
                if mapped == Self.dropScalar { continue }
                if mapped == Self.useLowercaseMapping, let scalar = Unicode.Scalar(scalars[k]) {
                    // Rare (Greek, Cyrillic, İ…): the mapping may be several scalars.
                    out.append(contentsOf: UnsafeBufferPointer(start: base, count: written))
                    written = 0
                    out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                    continue
                }
                written += UTF8Decoding.encode(mapped, into: base + written)
            }
            out.append(contentsOf: UnsafeBufferPointer(start: base, count: written))
        }
    }

    /// ``map(_:form:)`` result: the scalar disappears (a diacritic in the loose form).
    private static let dropScalar: UInt32 = 0xFFFF_FFFF
    /// ``map(_:form:)`` result: append the scalar's full Unicode lowercase mapping.
    private static let useLowercaseMapping: UInt32 = 0xFFFF_FFFE

    /// The scalar that `value` becomes in `form`, or ``dropScalar`` / ``useLowercaseMapping``.
    @inline(__always)
    private func map(_ value: UInt32, form: NormalizationForm) -> UInt32 {
        if form == .exact { return value }
        if value < 0x80 { return value &- 0x41 < 26 ? value | 0x20 : value }
        let index = LatinLetterTable.index(value)
        if index >= 0 {
            let entry = latin.entries[index]
            if form == .loose { return entry.loose }
            return entry.lower != 0 ? entry.lower : Self.useLowercaseMapping
        }
        if form == .loose, Self.isDiacritic(value) { return Self.dropScalar }
        return classes.entry(value) & ScalarClass.lowercasesBit != 0 ? Self.useLowercaseMapping : value
    }

    /// Whether a scalar is a combining diacritic that the loose form drops (not, say, a Thai vowel sign).
    private static func isDiacritic(_ value: UInt32) -> Bool {
        switch value {
        case 0x300..<0x370, 0x1AB0..<0x1B00, 0x1DC0..<0x1E00, 0x20D0..<0x20DD, 0xFE20..<0xFE30: return true
        default: return false
        }
    }

    /// Composes Latin letters with their combining marks (U+0300–U+036F) into `composed`, exactly
    /// as NFC would; returns the composed count, or nil when the token needs full NFC instead.
    private func composeLatin(
        _ scalars: UnsafeMutableBufferPointer<UInt32>, count n: Int,
        into composed: UnsafeMutableBufferPointer<UInt32>
    ) -> Int? {
        var read = 0
        var write = 0
        while read < n {
            let starter = scalars[read]
            var end = read + 1
            while end < n, scalars[end] &- 0x300 < 0x70 { end += 1 }
            if end == read + 1 {
                guard write < composed.count else { return nil }
                composed[write] = starter
                write += 1
                read += 1
                continue
            }
            // A cluster: the starter's full decomposition, then the marks that follow it.
            guard starter &- 0x300 >= 0x70, let (base, depth) = fullDecomposition(starter) else { return nil }
            let clusterEnd = write + 1 + depth + (end - read - 1)
            guard clusterEnd <= composed.count else { return nil }
            composed[write] = base
            var slot = write + depth
            var current = starter
            while slot > write {
                let entry = latin.entries[LatinLetterTable.index(current)]
                composed[slot] = 0x300 + UInt32(entry.pairMark)
                current = entry.pairBase
                slot -= 1
            }
            slot = write + depth + 1
            for k in (read + 1)..<end {
                guard latin.combiningClass(scalars[k]) != 0 else { return nil }
                composed[slot] = scalars[k]
                slot += 1
            }
            sortMarksByCombiningClass(composed, from: write + 1, to: clusterEnd)
            write = composeCluster(composed, from: write, to: clusterEnd)
            read = end
        }
        return write
    }

    /// The base letter and mark count of a covered scalar's full canonical decomposition.
    private func fullDecomposition(_ value: UInt32) -> (base: UInt32, depth: Int)? {
        var current = value
        var depth = 0
        while true {
            let index = LatinLetterTable.index(current)
            guard index >= 0 else { return nil }
            let entry = latin.entries[index]
            if entry.pairMark == LatinLetterTable.noMark { return (current, depth) }
            current = entry.pairBase
            depth += 1
        }
    }

    /// Canonical ordering: a stable insertion sort of a few marks by combining class.
    private func sortMarksByCombiningClass(_ buffer: UnsafeMutableBufferPointer<UInt32>, from start: Int, to end: Int) {
        var k = start + 1
        while k < end {
            let mark = buffer[k]
            let markClass = latin.combiningClass(mark)
            var slot = k
            while slot > start, latin.combiningClass(buffer[slot - 1]) > markClass {
                buffer[slot] = buffer[slot - 1]
                slot -= 1
            }
            buffer[slot] = mark
            k += 1
        }
    }

    /// Canonical composition of one starter with its canonically ordered marks, in place;
    /// returns the end of the composed cluster.
    private func composeCluster(_ buffer: UnsafeMutableBufferPointer<UInt32>, from start: Int, to end: Int) -> Int {
        var starter = buffer[start]
        var write = start + 1
        var lastUncomposedClass: UInt8 = 0
        for k in (start + 1)..<end {
            let mark = buffer[k]
            let markClass = latin.combiningClass(mark)
            // A mark is blocked by an earlier uncomposed mark of the same or higher class.
            if lastUncomposedClass < markClass, let composite = latin.compose(starter, mark) {
                starter = composite
            } else {
                buffer[write] = mark
                write += 1
                lastUncomposedClass = markClass
            }
        }
        buffer[start] = starter
        return write
    }

    /// The NFC scalars of a token, from Foundation, one piece at a time (``forEachFoundationPiece(_:_:)``).
    private func foundationNFC(_ token: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        let scalars = Array(String(decoding: token, as: UTF8.self).unicodeScalars)
        var result: [UInt32] = []
        result.reserveCapacity(token.count)
        forEachFoundationPiece(scalars) { piece, needsNFC in
            if needsNFC {
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars[piece])
                result.append(contentsOf: String(text).precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value))
            } else {
                result.append(contentsOf: scalars[piece].map(\.value))
            }
        }
        return result
    }

    /// Cuts a token's scalars into the pieces ``foundationNFC(_:)`` normalises one at a time and
    /// calls `body` with each, in order, and whether it needs NFC at all.
    ///
    /// Each piece starts at a scalar NFC never merges with what comes before it
    /// (``ScalarClassTable/composesWithPrevious(_:)``), so the pieces' NFC, joined, is the
    /// token's; a scalar NFC changes on its own (a CJK compatibility ideograph, U+2126) still
    /// starts a piece. Foundation's NFC is quadratic in a string's length (about 0.25 s for
    /// 400 KB here): short pieces keep a long token linear. The pieces are handed over, not
    /// listed, so a megabyte-long token holds one at a time.
    func forEachFoundationPiece(_ scalars: [Unicode.Scalar], _ body: (_ piece: Range<Int>, _ needsNFC: Bool) -> Void) {
        var start = 0
        var pieceNeedsNFC = false
        for (index, scalar) in scalars.enumerated() {
            let needsNFC = classes.entry(scalar.value) & ScalarClass.needsNFCBit != 0
            if index > start && !classes.composesWithPrevious(scalar.value) {
                body(start..<index, pieceNeedsNFC)
                start = index
                pieceNeedsNFC = false
            }
            if needsNFC { pieceNeedsNFC = true }
        }
        if start < scalars.count { body(start..<scalars.count, pieceNeedsNFC) }
    }
}
