import Foundation

/// A Vietnamese tone mark, as stored in ``LatinLetterTable``.
///
/// Vietnamese writes five tones as combining marks on a vowel; the other marks on Vietnamese
/// vowels (breve, circumflex, horn) belong to the letter itself.
enum VietnameseTone {
    /// No tone mark (the level tone).
    static let none: UInt8 = 0

    /// The tone's combining mark (U+0300 grave, U+0301 acute, U+0303 tilde, U+0309 hook above,
    /// U+0323 dot below) for tone codes 1–5.
    static func mark(_ tone: UInt8) -> UInt32 {
        switch tone {
        case 1: return 0x300
        case 2: return 0x301
        case 3: return 0x303
        case 4: return 0x309
        case 5: return 0x323
        default: return 0
        }
    }

    /// The tone code (1–5) of a combining mark, or ``none`` if the mark is not a tone mark.
    static func tone(ofMark mark: UInt32) -> UInt8 {
        switch mark {
        case 0x300: return 1
        case 0x301: return 2
        case 0x303: return 3
        case 0x309: return 4
        case 0x323: return 5
        default: return none
        }
    }
}

/// Precomputed facts about every ASCII and precomposed Latin letter (U+0000–U+024F and
/// U+1E00–U+1EFF), so normalising Vietnamese never needs per-scalar Unicode property lookups.
///
/// Built once from Foundation's canonical decompositions of single scalars (under a millisecond).
struct LatinLetterTable: Sendable {
    /// Facts about one scalar.
    struct Entry: Sendable {
        /// The first part of the scalar's one-step canonical decomposition (`ấ` → `â`), or the scalar itself.
        var pairBase: UInt32
        /// The last combining mark of the decomposition, as an offset from U+0300, or ``noMark``.
        var pairMark: UInt8
        /// The Vietnamese tone (``VietnameseTone``) when the decomposition ends in exactly one tone mark.
        var tone: UInt8
        /// Bits ``vietnameseLetterBit``, ``vowelBit``, ``modifiedVowelBit``.
        var vietnamese: UInt8
        /// The scalar without its tone mark (`Ấ` → `Â`), or the scalar itself.
        var toneless: UInt32
        /// The lowercase toneless letter (`Ấ` → `â`), used to recognise vowels, `qu` and `gi`.
        var vietnameseBase: UInt32
        /// The single-scalar lowercase mapping, or 0 when lowercasing needs several scalars (`İ`).
        var lower: UInt32
        /// The lowercase letter without any diacritic (`Ấ` → `a`, `Đ` → `d`).
        var loose: UInt32
    }

    /// ``Entry/pairMark`` when the scalar has no canonical decomposition.
    static let noMark: UInt8 = 0xFF
    /// The scalar is an ASCII letter, `đ`/`Đ`, or a Vietnamese vowel with at most a tone mark.
    static let vietnameseLetterBit: UInt8 = 1
    /// The scalar is a Vietnamese vowel (a ă â e ê i o ô ơ u ư y, any case, any tone).
    static let vowelBit: UInt8 = 2
    /// The vowel carries a breve, circumflex or horn (ă â ê ô ơ ư), which attracts the tone mark.
    static let modifiedVowelBit: UInt8 = 4

    /// The table shared by every normaliser.
    static let shared = LatinLetterTable()

    /// Entries for U+0000–U+024F followed by U+1E00–U+1EFF; see ``index(_:)``.
    let entries: [Entry]
    /// The Vietnamese facts of each entry packed into one word, for the tone-placement loop:
    /// bits 0–8 ``Entry/vietnameseBase`` (when below U+0200), 9–11 ``Entry/tone``, 12–14 ``Entry/vietnamese``.
    let vietnameseInfo: [UInt32]
    /// Canonical composition of a Latin letter with one combining mark: `base << 8 | (mark - 0x300)` → composite.
    let compositions: [UInt32: UInt32]
    /// A toneless letter with a Vietnamese tone: `toneless << 3 | tone` → composite (`â`, acute → `ấ`).
    let toneCompositions: [UInt32: UInt32]
    /// Canonical combining class of U+0300–U+036F, or 0 for marks the fast path leaves to Foundation.
    let combiningClasses: [UInt8]

    /// Builds the table.
    init() {
        var entries: [Entry] = []
        entries.reserveCapacity(0x250 + 0x100)
        var compositions: [UInt32: UInt32] = [:]
        var toneCompositions: [UInt32: UInt32] = [:]
        for value in Self.coveredScalars {
            let entry = Self.makeEntry(value)
            if entry.pairMark != Self.noMark {
                compositions[entry.pairBase << 8 | UInt32(entry.pairMark)] = value
            }
            if entry.tone != VietnameseTone.none {
                toneCompositions[entry.toneless << 3 | UInt32(entry.tone)] = value
            }
            entries.append(entry)
        }
        self.entries = entries
        self.vietnameseInfo = entries.map { entry in
            let base = entry.vietnameseBase < 0x200 ? entry.vietnameseBase : 0x1FF
            return base | UInt32(entry.tone) << 9 | UInt32(entry.vietnamese) << 12
        }
        self.compositions = compositions
        self.toneCompositions = toneCompositions
        self.combiningClasses = (UInt32(0x300)..<0x370).map { value in
            // Singletons that NFC replaces by other marks; Foundation handles them.
            if [0x340, 0x341, 0x343, 0x344].contains(value) { return 0 }
            return Unicode.Scalar(value)?.properties.canonicalCombiningClass.rawValue ?? 0
        }
    }

    /// The scalar values the table covers, in entry order.
    private static var coveredScalars: [UInt32] { Array(0..<0x250) + Array(0x1E00..<0x1F00) }

    /// The entry index of a scalar value, or -1 when the table does not cover it.
    @inline(__always)
    static func index(_ value: UInt32) -> Int {
        if value < 0x250 { return Int(value) }
        if value &- 0x1E00 < 0x100 { return Int(value - 0x1E00) + 0x250 }
        return -1
    }

    /// The composite of `base` and one combining `mark`, if Unicode defines one among Latin letters.
    @inline(__always)
    func compose(_ base: UInt32, _ mark: UInt32) -> UInt32? {
        guard mark &- 0x300 < 0x70, Self.index(base) >= 0 else { return nil }
        return compositions[base << 8 | (mark - 0x300)]
    }

    /// The packed Vietnamese facts of a scalar (see ``vietnameseInfo``), or 0 for uncovered scalars.
    @inline(__always)
    func info(_ value: UInt32) -> UInt32 {
        let index = Self.index(value)
        return index >= 0 ? vietnameseInfo[index] : 0
    }

    /// The letter `toneless` carrying Vietnamese `tone`, if Unicode has it precomposed.
    @inline(__always)
    func withTone(_ toneless: UInt32, _ tone: UInt8) -> UInt32? {
        toneCompositions[toneless << 3 | UInt32(tone)]
    }

    /// The canonical combining class of a mark in U+0300–U+036F, or 0 if unsupported or outside that block.
    @inline(__always)
    func combiningClass(_ mark: UInt32) -> UInt8 {
        let offset = mark &- 0x300
        return offset < 0x70 ? combiningClasses[Int(offset)] : 0
    }

    /// Computes one entry from Foundation's canonical decomposition and the scalar's properties.
    private static func makeEntry(_ value: UInt32) -> Entry {
        let fallbackScalar = Unicode.Scalar(UInt8(ascii: "?"))
        let scalar = Unicode.Scalar(value) ?? fallbackScalar
        let decomposed = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
        var entry = Entry(
            pairBase: value, pairMark: noMark, tone: VietnameseTone.none, vietnamese: 0,
            toneless: value, vietnameseBase: value, lower: value, loose: value)

        // One-step decomposition: everything but the last mark, recomposed, must be one scalar.
        if decomposed.count >= 2, let last = decomposed.last, last.value &- 0x300 < 0x70,
           let base = recomposedSingle(decomposed.dropLast()), composes(base, last, into: scalar) {
            entry.pairBase = base.value
            entry.pairMark = UInt8(last.value - 0x300)
        }
        // The tone is independent of mark order (`ộ` is `ọ` + circumflex, yet its tone is the dot).
        let toneMarks = decomposed.filter { VietnameseTone.tone(ofMark: $0.value) != VietnameseTone.none }
        if toneMarks.count == 1, let toneMark = toneMarks.first,
           let toneless = recomposedSingle(decomposed.filter { $0 != toneMark }),
           composes(toneless, toneMark, into: scalar) {
            entry.tone = VietnameseTone.tone(ofMark: toneMark.value)
            entry.toneless = toneless.value
        }

        entry.lower = singleLowercase(scalar) ?? 0
        let toneless = Unicode.Scalar(entry.toneless) ?? scalar
        entry.vietnameseBase = singleLowercase(toneless) ?? toneless.value
        entry.vietnamese = vietnameseBits(base: entry.vietnameseBase, tone: entry.tone)

        let bareBase = decomposed.first ?? scalar
        switch bareBase.value {
        case 0x110, 0x111: entry.loose = 0x64  // Đ đ → d: the stroke is a diacritic for matching
        case 0xD8, 0xF8: entry.loose = 0x6F  // Ø ø → o
        case 0x141, 0x142: entry.loose = 0x6C  // Ł ł → l
        case 0x126, 0x127: entry.loose = 0x68  // Ħ ħ → h
        case 0x166, 0x167: entry.loose = 0x74  // Ŧ ŧ → t
        default: entry.loose = singleLowercase(bareBase) ?? bareBase.value
        }
        return entry
    }

    /// The NFC form of a scalar sequence, when it is a single scalar.
    private static func recomposedSingle<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> Unicode.Scalar? {
        let composed = String(String.UnicodeScalarView(scalars)).precomposedStringWithCanonicalMapping.unicodeScalars
        guard composed.count == 1 else { return nil }
        return composed.first
    }

    /// Whether NFC turns `base` followed by `mark` into exactly `composite`.
    private static func composes(_ base: Unicode.Scalar, _ mark: Unicode.Scalar, into composite: Unicode.Scalar) -> Bool {
        (String(base) + String(mark)).precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([composite])
    }

    /// The lowercase mapping of a scalar when it is a single scalar.
    private static func singleLowercase(_ scalar: Unicode.Scalar) -> UInt32? {
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        guard mapped.count == 1, let first = mapped.first else { return nil }
        return first.value
    }

    /// The Vietnamese bits for a lowercase toneless letter carrying `tone`.
    private static func vietnameseBits(base: UInt32, tone: UInt8) -> UInt8 {
        switch base {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79:  // a e i o u y
            return vietnameseLetterBit | vowelBit
        case 0x103, 0xE2, 0xEA, 0xF4, 0x1A1, 0x1B0:  // ă â ê ô ơ ư
            return vietnameseLetterBit | vowelBit | modifiedVowelBit
        case 0x61...0x7A, 0x111:  // other ASCII letters, đ
            return tone == VietnameseTone.none ? vietnameseLetterBit : 0
        default:
            return 0
        }
    }

    /// Whether a vowel cluster — lowercase toneless letters packed 9 bits each, first letter
    /// highest — is one Vietnamese spelling allows. Guards tone placement against foreign words
    /// such as French "où".
    static func isVietnameseVowelCluster(_ key: UInt32) -> Bool {
        vowelClusters.contains(key)
    }

    /// Vietnamese vowel clusters, packed 9 bits per letter (all letters are below U+0200).
    private static let vowelClusters: Set<UInt32> = {
        let clusters = [
            "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi",
            "ôi", "ơi", "oo", "ôô", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "yê",
            "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu",
        ]
        var keys = Set<UInt32>()
        for cluster in clusters {
            var key: UInt32 = 0
            for scalar in cluster.unicodeScalars { key = key << 9 | scalar.value }
            keys.insert(key)
        }
        return keys
    }()
}
