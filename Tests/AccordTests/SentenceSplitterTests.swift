import Testing
@testable import Accord

/// Splits a string into sentences and returns each sentence's text (first token to last token).
func sentenceTexts(_ text: String, splitter: SentenceSplitter = SentenceSplitter()) -> [String] {
    var text = text
    return text.withUTF8 { utf8 in
        var tokens: [Token] = []
        Tokenizer().tokenize(utf8, into: &tokens)
        return splitter.split(tokens, utf8: utf8).map { range in
            let bytes = Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
            return String(decoding: UnsafeBufferPointer(rebasing: utf8[bytes]), as: UTF8.self)
        }
    }
}

/// Tests for ``SentenceSplitter``: sentence boundaries, abbreviations, line breaks and coverage.
@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    /// Inputs and their expected sentences.
    static let cases: [(String, [String])] = [
        ("Ngày 7/9, Nhật Bản và Ấn Độ nhất trí. Hai bên cam kết...",
         ["Ngày 7/9, Nhật Bản và Ấn Độ nhất trí.", "Hai bên cam kết..."]),
        ("Nhật Bản cung cấp khoản vay 5.000 tỷ Yen. Hai bên ký kết.",
         ["Nhật Bản cung cấp khoản vay 5.000 tỷ Yen.", "Hai bên ký kết."]),
        ("TP.HCM là trung tâm kinh tế. Hà Nội là thủ đô.", ["TP.HCM là trung tâm kinh tế.", "Hà Nội là thủ đô."]),
        ("Ông sống ở Tp. Hồ Chí Minh. Bà sống ở Q. Ba Đình.", ["Ông sống ở Tp. Hồ Chí Minh.", "Bà sống ở Q. Ba Đình."]),
        ("PGS. TS. Nguyễn Văn An phát biểu.", ["PGS. TS. Nguyễn Văn An phát biểu."]),
        ("Mr. Smith met Dr. Jones at St. Paul's. They talked.", ["Mr. Smith met Dr. Jones at St. Paul's.", "They talked."]),
        ("MR. SMITH left. He waved.", ["MR. SMITH left.", "He waved."]),
        ("J. Smith arrived. He said hi.", ["J. Smith arrived.", "He said hi."]),
        ("The U.S. Army arrived.", ["The U.S. Army arrived."]),
        ("Nhiệt độ lên tới 18 độ C. Vụ mùa thuận lợi.", ["Nhiệt độ lên tới 18 độ C.", "Vụ mùa thuận lợi."]),
        ("It hit 86°F. Crops grew.", ["It hit 86°F.", "Crops grew."]),
        ("Hai nước ký thỏa thuận hợp tác", ["Hai nước ký thỏa thuận hợp tác"]),
        ("Đoạn một.\nĐoạn hai\n\nĐoạn ba", ["Đoạn một.", "Đoạn hai", "Đoạn ba"]),
        ("dòng một\r\ndòng hai", ["dòng một", "dòng hai"]),
        ("Họ chờ... rồi đi. Sau đó về.", ["Họ chờ... rồi đi.", "Sau đó về."]),
        ("Họ chờ… Sau đó về.", ["Họ chờ…", "Sau đó về."]),
        ("Họ chờ... Sau đó về.", ["Họ chờ...", "Sau đó về."]),
        ("\"Xin chào!\" Anh nói. Chị cười.", ["\"Xin chào!\"", "Anh nói.", "Chị cười."]),
        ("Ông nói: “Tốt lắm.” Bà gật đầu.", ["Ông nói: “Tốt lắm.”", "Bà gật đầu."]),
        ("Tăng 5%. 2023 là năm tốt.", ["Tăng 5%.", "2023 là năm tốt."]),
        ("Giá tăng mạnh. (Nguồn: TTXVN)", ["Giá tăng mạnh.", "(Nguồn: TTXVN)"]),
        ("Thật sao?! Vâng.", ["Thật sao?!", "Vâng."]),
        ("Tin từ vnexpress.net cho biết. Xem thêm.", ["Tin từ vnexpress.net cho biết.", "Xem thêm."]),
        ("Giá tăng 5. Hai bên đồng ý.", ["Giá tăng 5.", "Hai bên đồng ý."]),
        ("Apple Inc. and Sony Corp. signed, etc. Then left.", ["Apple Inc. and Sony Corp. signed, etc.", "Then left."]),
        ("Ấn Độ. Ấn Độ.", ["Ấn Độ.", "Ấn Độ."]),
        // The Kelvin sign is K once normalised: "KS." (kỹ sư) written with it is still the abbreviation.
        ("Gặp \u{212A}S. Nguyễn Văn An tại đây.", ["Gặp \u{212A}S. Nguyễn Văn An tại đây."]),
        ("Xong.", ["Xong."]),
        ("...", ["..."]),
        ("", []),
    ]

    /// Each input splits into the expected sentences.
    @Test("sentence splits", arguments: cases)
    func splits(input: String, expected: [String]) {
        let actual = sentenceTexts(input)
        #expect(actual == expected, "splitting \(input.debugDescription) gave \(actual), expected \(expected)")
    }

    /// A custom abbreviation set replaces the default one.
    @Test("custom abbreviations replace the defaults and compare case-insensitively")
    func customAbbreviations() {
        let splitter = SentenceSplitter(abbreviations: ["Bros"])
        let actual = sentenceTexts("Warner BROS. Pictures. Mr. Smith.", splitter: splitter)
        #expect(actual == ["Warner BROS. Pictures.", "Mr.", "Smith."],
                "with only Bros as abbreviation, Mr. should end a sentence; got \(actual)")
    }

    /// Abbreviations outside the fast table (non-ASCII, or longer than eight bytes) still count.
    @Test("custom abbreviations may be long or have diacritics")
    func longAndAccentedAbbreviations() {
        let splitter = SentenceSplitter(abbreviations: ["Tổng", "Approximately", "Mr"])
        let actual = sentenceTexts("Ông TỔNG. Bí thư nói. Approximately. Ten left. Mr. Smith. Mrs. Smith.", splitter: splitter)
        #expect(actual == ["Ông TỔNG. Bí thư nói.", "Approximately. Ten left.", "Mr. Smith.", "Mrs.", "Smith."],
                "Tổng and Approximately are abbreviations, compared case-insensitively, and Mrs is not; got \(actual)")
    }

    /// The splitter skips normalising a non-ASCII word before a stop when its folded form cannot
    /// be ASCII: that claim, checked for every scalar a word can hold in planes 0 and 1.
    @Test("a scalar inside a word folds to ASCII only if it is ASCII or the Kelvin sign")
    func foldingToASCII() {
        let table = ScalarClassTable.shared
        let wordClasses: Set<UInt8> = [ScalarClass.upper, ScalarClass.lower, ScalarClass.otherLetter,
                                       ScalarClass.mark, ScalarClass.digit, ScalarClass.extender]
        var wrong: [String] = []
        for value in UInt32(0x80)..<0x20000 where wordClasses.contains(table.scalarClass(value)) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            // Alone, and after an ASCII letter, as a mark would be inside a word.
            for word in [String(Character(scalar)), "K" + String(Character(scalar))] {
                let folded = TextNormalizer().normalize(word, form: .folded)
                let claimed = Array(word.utf8).withUnsafeBufferPointer { SentenceSplitter.mayFoldToASCII($0) }
                if folded.utf8.allSatisfy({ $0 < 0x80 }) && !claimed { wrong.append(String(value, radix: 16)) }
            }
        }
        #expect(wrong.isEmpty, "these scalars fold to ASCII but the splitter assumes they cannot: U+\(wrong.prefix(20))")
        let kelvin = Array("\u{212A}S".utf8)
        #expect(kelvin.withUnsafeBufferPointer { SentenceSplitter.mayFoldToASCII($0) }, "the Kelvin sign folds to k")
        let splitter = SentenceSplitter()
        #expect(sentenceTexts("Kỹ sư \u{212A}S. Nguyễn nói.", splitter: splitter) == ["Kỹ sư \u{212A}S. Nguyễn nói."],
                "KS written with a Kelvin sign is still the abbreviation KS")
    }

    /// Sentence ranges partition the tokens of many generated texts.
    @Test("property: sentences cover every token in order and none is empty")
    func generatedCoverage() {
        var generator = TextSampleGenerator(seed: 7)
        let splitter = SentenceSplitter()
        for _ in 0..<300 {
            var text = generator.text(pieces: Int(generator.next() % 60))
            text.withUTF8 { utf8 in
                var tokens: [Token] = []
                Tokenizer().tokenize(utf8, into: &tokens)
                let ranges = splitter.split(tokens, utf8: utf8)
                var next = 0
                for range in ranges {
                    #expect(range.lowerBound == next && !range.isEmpty,
                            "sentence \(range) should start at \(next) and be non-empty (\(ranges), \(tokens.count) tokens)")
                    next = range.upperBound
                }
                #expect(next == tokens.count, "sentences \(ranges) should cover all \(tokens.count) tokens")
            }
        }
    }
}

/// Tests for a pack's extra `terminators`: the document splits its sentences again after them.
@Suite("Terminators")
struct TerminatorTests {
    /// Texts with terminators at a sentence's end, in its middle, side by side, glued to words,
    /// and bytes of a terminator inside other tokens (`—` and `–` share `•`'s first two bytes).
    static let cases: [(text: String, terminators: Set<String>)] = [
        ("Nhật Bản nói | Ấn Độ nghe", ["|"]),
        ("Một | hai || ba |", ["|"]),
        ("a|b|c. Xin chào | bạn.\nDòng mới |", ["|"]),
        ("Tin • Thế giới — Việt Nam – Lào • Kinh tế", ["•"]),
        ("Tin • Thế giới — Việt Nam || Lào • Kinh tế | hết", ["•", "||", "|", "Lào"]),
        ("Không có dấu nào ở đây.", ["|", "•"]),
        ("|", ["|"]),
        ("", ["|"]),
    ]

    @Test("sentences split after every terminator token that is not its sentence's last", arguments: cases)
    func splitsAfterTerminators(text: String, terminators: Set<String>) {
        let document = TokenizedDocument(text: text, splitter: SentenceSplitter(), terminators: SentenceTerminators(terminators))
        let plain = TokenizedDocument(text: text, splitter: SentenceSplitter())
        // The reference: each plain sentence cut after every token whose text is a terminator.
        var expected: [Range<Int>] = []
        for sentence in plain.sentences {
            var start = sentence.lowerBound
            for index in sentence where index + 1 < sentence.upperBound
                && terminators.contains(String(decoding: plain.utf8[plain.tokens[index].range], as: UTF8.self)) {
                expected.append(start..<index + 1)
                start = index + 1
            }
            expected.append(start..<sentence.upperBound)
        }
        #expect(document.sentences == expected, "«\(text)» with terminators \(terminators.sorted()): sentences \(document.sentences), expected \(expected)")
        let numbers = expected.enumerated().flatMap { number, sentence in sentence.map { _ in Int32(number) } }
        #expect(document.sentenceOfToken == numbers, "«\(text)»: each token's sentence number should follow the sentences")
    }
}
