/// The tokeniser's classes of Unicode scalars, as raw bytes stored in ``ScalarClassTable``.
///
/// Plain `UInt8` constants rather than an enum, so the hot loop switches on table bytes directly.
enum ScalarClass {
    /// Spaces, NBSP, zero-width space, BOM, control characters and invisible format characters.
    static let whitespace: UInt8 = 0
    /// Characters that end a line: `\n`, `\r`, VT, FF, NEL, U+2028, U+2029.
    static let lineBreak: UInt8 = 1
    /// Uppercase and titlecase letters (Lu, Lt).
    static let upper: UInt8 = 2
    /// Lowercase letters (Ll).
    static let lower: UInt8 = 3
    /// Uncased letters (Lm, Lo) and letter numbers (Nl).
    static let otherLetter: UInt8 = 4
    /// Combining marks (Mn, Mc, Me), including variation selectors.
    static let mark: UInt8 = 5
    /// Decimal digits (Nd).
    static let digit: UInt8 = 6
    /// Punctuation (P*), plus `+`, which the tokeniser treats like `-` and `/`.
    static let punctuation: UInt8 = 7
    /// Symbols (S*, No), unassigned and private-use scalars, plus `# % & @ ‰ ‱`.
    static let symbol: UInt8 = 8
    /// Invisible joiners that stick to the token before them: ZWJ, ZWNJ, word joiner, soft hyphen,
    /// emoji modifiers and tag characters.
    static let extender: UInt8 = 9
    /// Regional indicators, which pair up into flag emoji.
    static let regionalIndicator: UInt8 = 10

    /// Mask selecting the class from a table byte.
    static let classMask: UInt8 = 0x0F
    /// Set when Unicode normalisation (NFC) may change the scalar or merge it with its neighbours.
    static let needsNFCBit: UInt8 = 0x10
    /// Set when the scalar changes when lowercased.
    static let lowercasesBit: UInt8 = 0x20
}

/// A lookup table from Unicode scalar to tokeniser class and normalisation hints.
///
/// One byte per scalar of planes 0 and 1, where nearly all text and emoji live; rarer planes are
/// classified by range. Lookups never touch the Unicode property machinery.
///
/// The table ships frozen (``frozenRuns``, generated from the standard library's Unicode
/// properties by ``computed()``) rather than computed at start-up: computing it asked
/// the standard library for two properties of 88,000 scalars, 83 M instructions, a sixth of
/// start-up, competing with the packs' loading for the cores; and a toolchain with newer Unicode data no longer changes
/// how text is tokenised without a test saying so (`ScalarClassTableTests`).
struct ScalarClassTable: Sendable {
    /// The table shared by every tokeniser and normaliser.
    static let shared = ScalarClassTable()

    /// One byte per scalar below ``directLimit``: class in the low bits, plus hint bits.
    let bytes: [UInt8]

    /// Scalars below this value are looked up in ``bytes``.
    static let directLimit: UInt32 = 0x20000

    /// The frozen table (``frozenRuns``).
    init() {
        if let bytes = Self.decodeRuns(Self.frozenRuns, count: Int(Self.directLimit)) {
            self.init(bytes: bytes)
        } else {
            // Only a hand-edited data file gets here: the tests decode it.
            assertionFailure("ScalarClassTable.frozenRuns does not decode to \(Self.directLimit) entries")
            self = Self.computed()
        }
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The table computed from the standard library's Unicode properties, scalar by scalar:
    /// what ``frozenRuns`` is generated from and checked against (about 80 M instructions).
    static func computed() -> ScalarClassTable {
        var bytes = [UInt8](repeating: ScalarClass.symbol, count: Int(directLimit))
        for value in 0..<directLimit {
            guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates stay symbols
            var byte = computeClass(scalar)
            if scalar.properties.changesWhenLowercased { byte |= ScalarClass.lowercasesBit }
            let cls = byte & ScalarClass.classMask
            if (cls == ScalarClass.mark && !isInertMark(value)) || changesUnderNFC(value) {
                byte |= ScalarClass.needsNFCBit
            }
            bytes[Int(value)] = byte
        }
        return ScalarClassTable(bytes: bytes)
    }

    /// The table byte (class and hint bits) for a scalar value.
    @inline(__always)
    func entry(_ value: UInt32) -> UInt8 {
        if value < Self.directLimit { return bytes[Int(value)] }
        return Self.outerPlaneEntry(value)
    }

    /// The tokeniser class of a scalar value (one of the ``ScalarClass`` constants).
    @inline(__always)
    func scalarClass(_ value: UInt32) -> UInt8 {
        entry(value) & ScalarClass.classMask
    }

    /// Classifies scalars in planes 2–16 by range, since they are rare in news text.
    static func outerPlaneEntry(_ value: UInt32) -> UInt8 {
        switch value {
        case 0x2F800...0x2FA1F: return ScalarClass.otherLetter | ScalarClass.needsNFCBit  // CJK compatibility
        case 0x20000..<0x40000: return ScalarClass.otherLetter  // CJK ideograph extensions
        case 0xE0001, 0xE0020...0xE007F: return ScalarClass.extender  // tags (subdivision flags)
        case 0xE0100...0xE01EF: return ScalarClass.mark  // variation selectors; NFC leaves them alone
        default: return ScalarClass.symbol
        }
    }

    /// The tokeniser class of one scalar, from its general category plus a few overrides.
    private static func computeClass(_ scalar: Unicode.Scalar) -> UInt8 {
        switch scalar.value {
        // Line breaks as the Unicode line-breaking algorithm's mandatory breaks.
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return ScalarClass.lineBreak
        // Treated like '-' and '/' so "2+2" splits into three glued tokens.
        case 0x2B: return ScalarClass.punctuation
        // Unicode calls these punctuation; news treats them as symbols like $ and €.
        case 0x23, 0x25, 0x26, 0x40, 0x2030, 0x2031: return ScalarClass.symbol
        // Invisible characters that belong to the token before them.
        case 0xAD, 0x200C, 0x200D, 0x2060: return ScalarClass.extender
        case 0x1F3FB...0x1F3FF: return ScalarClass.extender  // emoji skin-tone modifiers
        case 0x1F1E6...0x1F1FF: return ScalarClass.regionalIndicator
        default: break
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return ScalarClass.upper
        case .lowercaseLetter: return ScalarClass.lower
        case .modifierLetter, .otherLetter, .letterNumber: return ScalarClass.otherLetter
        case .nonspacingMark, .spacingMark, .enclosingMark: return ScalarClass.mark
        case .decimalNumber: return ScalarClass.digit
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return ScalarClass.punctuation
        case .spaceSeparator, .control, .format: return ScalarClass.whitespace
        case .lineSeparator, .paragraphSeparator: return ScalarClass.lineBreak
        default: return ScalarClass.symbol  // S*, No, Co, Cn
        }
    }

    /// Marks that NFC never reorders or composes, common in emoji: variation selectors and the
    /// keycap mark. Leaving them unflagged keeps emoji tokens on the normaliser's fast path.
    static func isInertMark(_ value: UInt32) -> Bool {
        (0xFE00...0xFE0F).contains(value) || value == 0x20E3
    }

    /// Whether NFC can compose a scalar with the one before it: a combining mark, or a Hangul
    /// vowel or trailing consonant that joins the syllable before it (U+1161–1175, U+11A8–11C2:
    /// the `NFC_Quick_Check=Maybe` scalars that are not marks). Every other scalar starts afresh,
    /// whatever NFC does to it alone. A test checks this against Foundation's decompositions.
    func composesWithPrevious(_ value: UInt32) -> Bool {
        entry(value) & ScalarClass.classMask == ScalarClass.mark || value &- 0x1161 < 0x15 || value &- 0x11A8 < 0x1B
    }

    /// Whether NFC changes this scalar on its own or may merge it with the scalar before it,
    /// for scalars that are not combining marks (marks are always flagged).
    ///
    /// These are the NFC_Quick_Check=No/Maybe scalars of Unicode's DerivedNormalizationProps
    /// that are not marks: canonical singletons, composition exclusions and conjoining jamo.
    /// A test checks the list against Foundation.
    static func changesUnderNFC(_ value: UInt32) -> Bool {
        switch value {
        case 0x0374, 0x037E, 0x0387, 0x0958...0x095F, 0x09DC...0x09DD, 0x09DF, 0x0A33, 0x0A36,
             0x0A59...0x0A5B, 0x0A5E, 0x0B5C...0x0B5D, 0x0F43, 0x0F4D, 0x0F52, 0x0F57, 0x0F5C, 0x0F69,
             0x1100...0x11FF,  // Hangul conjoining jamo compose into syllables
             0x1F71, 0x1F73, 0x1F75, 0x1F77, 0x1F79, 0x1F7B, 0x1F7D, 0x1FBB, 0x1FBE, 0x1FC9, 0x1FCB,
             0x1FD3, 0x1FDB, 0x1FE3, 0x1FEB, 0x1FEE...0x1FEF, 0x1FF9, 0x1FFB, 0x1FFD,
             0x2000...0x2001, 0x2126, 0x212A...0x212B, 0x2329...0x232A, 0x2ADC,
             0xA960...0xA97F, 0xD7B0...0xD7FF,  // Hangul jamo extensions
             0xF900...0xFAFF,  // CJK compatibility ideographs
             0xFB1D, 0xFB1F, 0xFB2A...0xFB36, 0xFB38...0xFB3C, 0xFB3E, 0xFB40...0xFB41,
             0xFB43...0xFB44, 0xFB46...0xFB4E,
             0x1D15E...0x1D164, 0x1D1BB...0x1D1C0, 0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
