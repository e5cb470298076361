import Foundation
import Testing
@testable import Accord

/// The scalars of a string, so NFC and NFD outputs compare as different (String `==` would not).
func scalarValues(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

/// Scalars written as `U+XXXX` for failure messages.
func scalarDump(_ text: String) -> String {
    text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
}

/// Tests for ``TextNormalizer``: NFC/NFD and tone-placement equivalence, folding, and agreement with Foundation.
@Suite("TextNormalizer")
struct TextNormalizerTests {
    /// The normaliser under test.
    let normalizer = TextNormalizer()

    /// Spellings of one word — NFC, NFD (explicit escapes), old and new tone placement — with the
    /// canonical exact form first.
    static let equivalentSpellings: [[String]] = [
        ["hòa", "ho\u{0300}a", "hoà", "hoa\u{0300}"],
        ["thủy", "thu\u{0309}y", "thuỷ", "thuy\u{0309}"],
        ["khỏe", "kho\u{0309}e", "khoẻ", "khoe\u{0309}"],
        ["Hòa Bình", "Hoà Bình", "Ho\u{0300}a Bi\u{0300}nh", "Hoa\u{0300} Bi\u{0300}nh"],
        ["Thủy", "Thuỷ", "Thu\u{0309}y", "Thuy\u{0309}"],
        ["hóa", "hoá", "ho\u{0301}a"],
        ["quả", "qua\u{0309}"],
        ["quý", "qu\u{0301}y", "qúy"],
        ["già", "gìa", "gi\u{0300}a"],
        ["giữa", "giu\u{031B}\u{0303}a", "giư\u{0303}a", "giu\u{0303}\u{031B}a"],
        ["người", "ngu\u{031B}o\u{031B}\u{0300}i", "ngươ\u{0300}i"],
        ["nước", "nu\u{031B}o\u{031B}\u{0301}c", "nươ\u{0301}c"],
        ["thuở", "thuo\u{031B}\u{0309}"],
        ["khuỷu", "khuy\u{0309}u"],
        ["ngoài", "ngoa\u{0300}i"],
        ["mùa", "mu\u{0300}a"],
        ["kìa", "ki\u{0300}a"],
        ["hoàng", "hoa\u{0300}ng"],
        ["Việt", "Vie\u{0323}\u{0302}t", "Vie\u{0302}\u{0323}t", "Viê\u{0323}t", "Việt"],
        ["Nguyễn", "Nguye\u{0302}\u{0303}n", "Nguyê\u{0303}n"],
        ["Ấn Độ", "A\u{0302}\u{0301}n \u{0110}o\u{0302}\u{0323}", "Â\u{0301}n Đô\u{0323}"],
        ["ỦY", "U\u{0309}Y", "UỶ"],
        ["rượu", "ru\u{031B}o\u{031B}\u{0323}u"],
        ["thuế", "thue\u{0302}\u{0301}"],
    ]

    /// All spellings of a word normalise identically in every form, and the canonical one is stable.
    @Test("NFC, NFD, old and new tone placement give identical output", arguments: equivalentSpellings)
    func equivalences(spellings: [String]) {
        let canonical = spellings[0]
        for form in NormalizationForm.allCases {
            let expected = normalizer.normalize(canonical, form: form)
            for spelling in spellings {
                let actual = normalizer.normalize(spelling, form: form)
                #expect(scalarValues(actual) == scalarValues(expected),
                        "\(form) of \(scalarDump(spelling)) was \(scalarDump(actual)), expected \(scalarDump(expected)) like \(canonical)")
            }
        }
        let exact = normalizer.normalize(canonical, form: .exact)
        let nfc = canonical.precomposedStringWithCanonicalMapping
        #expect(scalarValues(exact) == scalarValues(nfc),
                "the canonical spelling \(canonical) should be stable under .exact, got \(scalarDump(exact))")
    }

    /// Words whose exact form must equal their NFC form: canonical Vietnamese and foreign words.
    static let stableWords: [String] = [
        "quả", "giữa", "người", "nước", "thuở", "khuỷu", "ngoài", "gì", "gìn", "quốc", "Huỳnh", "xoáy", "khuya",
        "chuối", "yêu", "tiền", "Hà Nội", "Nhật Bản", "Đà Nẵng", "café", "résumé", "où", "naïve", "Zürich",
        "Muñoz", "ñu", "país", "José", "Perú", "Ελλάδα", "Москва", "中文", "ASEAN", "a", "ờ",
    ]

    /// Already-canonical Vietnamese and foreign words come out as plain NFC, from NFC or NFD input.
    @Test("canonical and foreign words are left as NFC", arguments: stableWords)
    func stable(word: String) {
        let nfc = word.precomposedStringWithCanonicalMapping
        let nfd = word.decomposedStringWithCanonicalMapping
        for input in [word, nfd] {
            let actual = normalizer.normalize(input, form: .exact)
            #expect(scalarValues(actual) == scalarValues(nfc),
                    ".exact of \(scalarDump(input)) was \(scalarDump(actual)), expected unchanged NFC \(scalarDump(nfc))")
        }
    }

    /// Input, folded form, loose form.
    static let foldingCases: [(String, String, String)] = [
        ("Ấn Độ", "ấn độ", "an do"),
        ("A\u{0302}\u{0301}n \u{0110}o\u{0302}\u{0323}", "ấn độ", "an do"),
        ("ĐÀ NẴNG", "đà nẵng", "da nang"),
        ("Đ", "đ", "d"),
        ("đ", "đ", "d"),
        ("Hoà Bình", "hòa bình", "hoa binh"),
        ("THUỶ", "thủy", "thuy"),
        ("ASEAN", "asean", "asean"),
        ("Covid-19", "covid-19", "covid-19"),
        ("Straße", "straße", "straße"),
        ("ÆØÅ Łódź", "æøå łódź", "æoa lodz"),
        ("İstanbul", "i\u{0307}stanbul", "istanbul"),
        ("ΕΛΛΆΔΑ", "ελλάδα", "ελλάδα"),
        ("МОСКВА", "москва", "москва"),
        ("👍🏽", "👍🏽", "👍🏽"),
        ("Nguyễn Thị Ánh", "nguyễn thị ánh", "nguyen thi anh"),
    ]

    /// The folded and loose forms lowercase and strip as documented.
    @Test("folded lowercases, loose also strips diacritics and đ", arguments: foldingCases)
    func folding(input: String, folded: String, loose: String) {
        let actualFolded = normalizer.normalize(input, form: .folded)
        let actualLoose = normalizer.normalize(input, form: .loose)
        #expect(scalarValues(actualFolded) == scalarValues(folded),
                ".folded of \(input) was \(scalarDump(actualFolded)), expected \(scalarDump(folded))")
        #expect(scalarValues(actualLoose) == scalarValues(loose),
                ".loose of \(input) was \(scalarDump(actualLoose)), expected \(scalarDump(loose))")
    }

    /// The buffer API appends rather than overwrites, and an empty token appends nothing.
    @Test("the buffer API appends after existing bytes and matches the String API")
    func bufferAppends() {
        var out = Array("prefix|".utf8)
        var token = "Hoà"
        token.withUTF8 { normalizer.normalize($0, form: .folded, into: &out) }
        #expect(String(decoding: out, as: UTF8.self) == "prefix|hòa", "got \(String(decoding: out, as: UTF8.self))")
        var empty: [UInt8] = []
        normalizer.normalize(UnsafeBufferPointer(start: nil, count: 0), form: .loose, into: &empty)
        #expect(empty.isEmpty, "an empty token should append nothing")
    }

    /// The table-driven composition agrees with Foundation's NFC on random Latin letters and marks.
    @Test("Latin letters with arbitrary marks compose exactly like Foundation's NFC")
    func matchesFoundationNFC() {
        var generator = TextSampleGenerator(seed: 42)
        let bases = Array("aeiouyAEOUcnsgzCNSdĐæøåơưâêăçñéấốửα и".unicodeScalars)
        let marks: [UInt32] = [0x300, 0x301, 0x302, 0x303, 0x306, 0x308, 0x309, 0x30A, 0x30C, 0x31B, 0x323,
                               0x327, 0x328, 0x304, 0x331, 0x34F, 0x340, 0x344, 0x5B0, 0x093C]
        for _ in 0..<2000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<(Int(generator.next() % 4) + 1) {
                text.append(bases[Int(generator.next() % UInt64(bases.count))])
                for _ in 0..<Int(generator.next() % 4) {
                    if let mark = Unicode.Scalar(marks[Int(generator.next() % UInt64(marks.count))]) { text.append(mark) }
                }
                text.append(" ")  // one letter per syllable, so no tone placement interferes
            }
            let input = String(text)
            let expected = input.precomposedStringWithCanonicalMapping
            let actual = normalizer.normalize(input, form: .exact)
            #expect(scalarValues(actual) == scalarValues(expected),
                    ".exact of \(scalarDump(input)) was \(scalarDump(actual)), NFC is \(scalarDump(expected))")
        }
    }

    /// The hard-coded list of scalars NFC changes is complete for planes 0–2.
    @Test("every scalar the table does not flag is unchanged by NFC")
    func nfcFlagsAreComplete() {
        let table = ScalarClassTable.shared
        var missed: [String] = []
        for value in UInt32(0)..<0x30000 {
            guard let scalar = Unicode.Scalar(value), table.entry(value) & ScalarClass.needsNFCBit == 0 else { continue }
            let single = String(scalar)
            if !single.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar]) {
                missed.append(String(value, radix: 16))
            }
        }
        #expect(missed.count == 0, "NFC changes \(missed.count) unflagged scalars, such as \(missed.prefix(20))")
    }

    /// Foundation's pieces may start at any scalar that composes with nothing before it: no
    /// scalar the table says so of follows another in any canonical decomposition.
    @Test("every scalar that follows another in a canonical decomposition composes with the previous one")
    func composingScalarsAreComplete() {
        let table = ScalarClassTable.shared
        var missed: Set<UInt32> = []
        for value in UInt32(0)..<0x30000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
            for later in decomposed.dropFirst() where !table.composesWithPrevious(later) { missed.insert(later) }
        }
        #expect(missed.isEmpty, "\(missed.count) scalars follow another in a decomposition but start pieces, such as \(missed.sorted().prefix(20).map { String($0, radix: 16) })")
    }

    /// Long tokens on the Foundation path are correct and cut into short pieces.
    @Test("long tokens needing Foundation stay correct and are normalised in pieces as short as their units", arguments: [
        "ภาษาไทย", "\u{1100}\u{1161}\u{11A8}", "e\u{0301}\u{0308}", "Vie\u{0323}\u{0302}t\u{1100}\u{1161}α\u{0301}",
        "\u{2126}\u{0301}", "\u{F900}\u{AC00}\u{11A8}", "\u{0958}\u{093C}a",
    ])
    func longTokens(unit: String) {
        // Foundation's NFC is quadratic on long strings that need composing (about 0.25 s for
        // 400 KB here, so minutes for this 2 MB token); normalising it piece by piece keeps it
        // linear. The pieces are checked, not the time: a timed check failed on a busy machine.
        let repetitions = 80_000
        let text = String(repeating: unit, count: repetitions)
        let expected = String(repeating: unit.precomposedStringWithCanonicalMapping, count: repetitions)
        let actual = normalizer.normalize(text, form: .exact)
        #expect(scalarValues(actual) == scalarValues(expected), "a long token of \(scalarDump(unit)) differs from NFC")
        var covered = 0, longest = 0, inOrder = true
        normalizer.forEachFoundationPiece(Array(text.unicodeScalars)) { piece, _ in
            inOrder = inOrder && piece.lowerBound == covered && !piece.isEmpty
            covered = piece.upperBound
            longest = max(longest, piece.count)
        }
        let unitLength = unit.unicodeScalars.count
        #expect(inOrder && covered == repetitions * unitLength, "the pieces cover the token, in order, none empty")
        #expect(longest <= unitLength,
                "a piece of \(longest) scalars in repetitions of \(unitLength)-scalar \(scalarDump(unit)): pieces must not span units")
    }
}
