@testable import Accord
import Foundation
import Testing

/// Tests for the built-in extractors' typed fields (``ExtractionFields``): a host sees the same
/// `fields` dictionary as before, extractions compare by content however their fields were
/// given, and the engine reads typed and dictionary fields alike.
@Suite("Extraction fields")
struct ExtractionFieldsTests {
    @Test("a date's ISO value, digit by digit and past four digits", arguments: [
        (2022, 9, 7, "2022-09-07"), (nil, 9, 7, "--09-07"), (2022, 9, nil, "2022-09"), (nil, 3, nil, "--03"),
        (2025, nil, nil, "2025"), (2025, nil, 7, "2025"), (5, 1, 1, "0005-01-01"), (nil, nil, 7, nil),
        (12345, 1, 2, "12345-01-02"), (2024, 123, nil, "2024-123"),
    ] as [(Int?, Int?, Int?, String?)])
    func isoValue(year: Int?, month: Int?, day: Int?, expected: String?) {
        let value = DateExtractor.isoValue(year: year, month: month, day: day)
        let parts = [year, month, day].map { $0.map(String.init) ?? "nil" }.joined(separator: ", ")
        #expect(value == expected, "year, month, day \(parts) gave \(value ?? "nil"), expected \(expected ?? "nil")")
    }

    @Test("typed fields read as the dictionary they stand for, and compare and hash by content")
    func typedFieldsAreTheirDictionary() {
        let amount = ExtractionFields.Amount(value: Decimal(1500), currency: "USD", approximate: true, upper: Decimal(2000))
        let typed = Extraction(tokens: 2..<5, id: "USD", storedFields: .amount(amount))
        let given = Extraction(tokens: 2..<5, id: "USD", fields: [
            "value": .decimal(1500), "currency": .string("USD"), "approximate": .bool(true), "upper": .decimal(2000),
        ])
        #expect(typed.fields == given.fields, "the typed amount reads as \(typed.fields)")
        #expect(typed == given && typed.hashValue == given.hashValue, "equal content must be equal and hash alike")
        var changed = typed
        changed.fields["currency"] = .string("EUR")
        #expect(changed.fields["currency"] == .string("EUR") && changed.fields["value"] == .decimal(1500),
                "writing one field keeps the others: \(changed.fields)")
        #expect(changed != given, "a changed field makes another extraction")

        let date = Extraction(tokens: 0..<2, storedFields: .date(.init(relative: "past", offsetDays: -1)))
        #expect(date.fields == ["relative": .string("past"), "offsetDays": .integer(-1)],
                "a date lists only the fields it has: \(date.fields)")
    }

    /// A built-in extractor whose extractions carry their fields as a dictionary, as a host's do.
    struct DictionaryFields: Extractor {
        let inner: any Extractor
        var name: String { inner.name }
        var lexiconOptionKeys: Set<String> { inner.lexiconOptionKeys }
        var optionKeys: Set<String> { inner.optionKeys }
        func validate(_ options: ExtractorOptions) -> String? { inner.validate(options) }
        func extract(from input: ExtractorInput) -> [Extraction] {
            inner.extract(from: input).map { Extraction(tokens: $0.tokens, id: $0.id, fields: $0.fields) }
        }
    }

    @Test("amounts and dates are the same whether their fields came typed or as a dictionary")
    func typedAndDictionaryGiveTheSameResults() throws {
        let typed = try Engine.standard()
        let dictionary = try Engine.standard(extractors: [DictionaryFields(inner: MoneyExtractor()), DictionaryFields(inner: DateExtractor())])
        let text = """
            Ngày 7/9/2023, hai bên ký hiệp định vay 1,5 tỷ USD trong 5 năm tới. Hôm qua, khoảng 3-5 tỷ yên \
            được cam kết cho tháng 3 vừa qua và năm tới. On 12 March 2024 the bank lent about $2 billion \
            for the next five years.
            """
        let reference = try #require(CalendarDate(year: 2024, month: 6, day: 15), "a valid reference date")
        for language in ["vi", "en"] {
            let a = typed.analyze(text, language: language, referenceDate: reference)
            let b = dictionary.analyze(text, language: language, referenceDate: reference)
            #expect(!a.amounts.isEmpty && !a.dates.isEmpty, "\(language): the text should hold amounts and dates")
            #expect(a.amounts == b.amounts, "\(language): amounts differ: \(a.amounts) against \(b.amounts)")
            #expect(a.dates == b.dates, "\(language): dates differ: \(a.dates) against \(b.dates)")
            #expect(a.jsonBytes(id: "x") == b.jsonBytes(id: "x"), "\(language): the JSON lines differ")
        }
    }
}
