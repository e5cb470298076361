@testable import Accord
import Testing

@Suite("Languages")
struct LanguageTests {
    static let vi = TestSupport.pack("lang-vi", """
        lexicons:
          countries: {entries: {US: [Mỹ]}}
        rules:
          - {id: p, kind: party, pattern: "id:%countries"}
        """)
    static let en = """
        accord: 1
        pack: lang-en
        version: 1.0.0
        language: en
        description: English test pack
        lexicons:
          countries: {entries: {US: {phrases: [US, United States], case: sensitive}}}
        rules:
          - {id: p, kind: party, pattern: "id:%countries"}
        """

    @Test("each document runs only the packs of its language", arguments: [
        ("Mỹ và các nước đối tác đã nhất trí tăng cường hợp tác.", "vi", ["US"]),
        ("The United States and its partners agreed to work with us.", "en", ["US"]),
        ("Hợp tác với US là quan trọng đối với các nước.", "vi", []),
    ])
    func routing(text: String, language: String, parties: [String]) throws {
        let engine = try Engine(yaml: [Self.vi, Self.en])
        #expect(engine.languages == ["vi", "en"], "languages in load order")
        let analysis = engine.analyze(text)
        #expect(analysis.language == language, "«\(text)» should be detected as \(language), got \(analysis.language)")
        #expect(analysis.parties.map(\.id) == parties, "«\(text)»: \(parties) expected, got \(analysis.parties.map(\.id))")
    }

    @Test("detection stops at a dozen words of one language and none of the other", arguments: [
        // (Words with ơ, ư or a letter of U+1EA0–U+1EF9 count as Vietnamese; `tác` would not.)
        // Twelve Vietnamese words first: decided, though many English function words follow.
        (String(repeating: "hợp được ", count: 6) + String(repeating: "the and of to ", count: 10), "vi"),
        // One Vietnamese word among them: the count goes on, and English has more.
        ("hợp " + String(repeating: "the and of to ", count: 10) + String(repeating: "được ", count: 11), "en"),
        // Eleven words are not yet decisive: the rest of the kilobyte still counts.
        (String(repeating: "the ", count: 11) + String(repeating: "hợp được ", count: 8), "vi"),
    ])
    func earlyStop(text: String, language: String) {
        let detector = LanguageDetector(languages: ["en", "vi"])
        #expect(LanguageDetector.decisiveWords == 12, "the examples are written for a threshold of 12")
        #expect(detector.detect(text) == language, "«\(text.prefix(40))…» should be \(language), got \(detector.detect(text) ?? "nil")")
    }

    @Test("an explicit language overrides detection")
    func explicit() throws {
        let engine = try Engine(yaml: [Self.vi, Self.en])
        let analysis = engine.analyze("US", language: "en")
        #expect(analysis.language == "en" && analysis.parties.map(\.id) == ["US"], "forced English finds US; got \(analysis.language) \(analysis.parties.map(\.id))")
        #expect(engine.analyze("US", language: "fr").isEmpty, "a language without packs yields nothing")
    }
}

@Suite("Relative dates")
struct RelativeDateTests {
    static let reference = CalendarDate(year: 2022, month: 9, day: 8)

    @Test("relative expressions resolve against the reference date", arguments: [
        ("hồi tháng 3 vừa qua", "2022-03"),
        ("vào tháng 11 tới", "2022-11"),
        ("trong năm tới", "2023"),
        ("Ngày 7/9, hai bên", "2022-09-07"),
        ("trong 5 năm tới", "P5Y"),
        ("năm 2020", "2020"),
        ("ngay trong năm nay", "2022"),
        ("vào tháng tới", "2022-10"),
    ])
    func resolves(text: String, value: String) throws {
        let engine = try TestSupport.miniEngine()
        let dates = engine.analyze(text, referenceDate: Self.reference).dates
        #expect(dates.map(\.value) == [value], "«\(text)» on 2022-09-08 should be \(value), got \(dates.map { $0.value ?? "nil" })")
    }

    @Test("calendar arithmetic crosses months and years")
    func arithmetic() throws {
        let date = try #require(CalendarDate("2024-03-01"))
        #expect(date.adding(days: -1).description == "2024-02-29", "2024 is a leap year")
        #expect(try #require(CalendarDate("2022-12-31")).adding(days: 1).description == "2023-01-01", "new year")
        #expect(CalendarDate("2022-02-30") == nil, "30 February does not exist")
    }
}
