@testable import Accord
import Foundation
import Testing

@Suite("Built-in extractors")
struct ExtractorTests {
    @Test("money: exact values, currencies and hedges", arguments: [
        ("khoản vay 5.000 tỷ Yen", "5000000000000", "JPY", false),
        ("khoảng 35 tỷ USD", "35000000000", "USD", true),
        ("gần 1,5 tỷ USD", "1500000000", "USD", true),
        ("USD 20 tỷ", "20000000000", "USD", false),
        ("25,822 tỷ yên", "25822000000", "JPY", false),
        ("800 USD", "800", "USD", false),
        ("vay 5tỷ USD", "5000000000", "USD", false),
    ])
    func money(text: String, value: String, currency: String, approximate: Bool) throws {
        let engine = try TestSupport.miniEngine()
        let amounts = engine.analyze(text).amounts
        try #require(amounts.count == 1, "«\(text)» should give one amount, got \(amounts.map(PackExampleRunner.describe))")
        #expect(amounts[0].value == Decimal(string: value), "«\(text)» value: got \(amounts[0].value), expected \(value)")
        #expect(amounts[0].currency == currency, "«\(text)» currency: got \(amounts[0].currency)")
        #expect(amounts[0].approximate == approximate, "«\(text)» approximate should be \(approximate)")
    }

    @Test("money: ranges keep both bounds", arguments: [
        ("vốn 3-5 tỷ USD", "3000000000", "5000000000", "3-5 tỷ USD"),
        ("vốn 3–5 tỷ USD", "3000000000", "5000000000", "3–5 tỷ USD"),   // an en dash
        ("từ 3 đến 5 tỷ USD", "3000000000", "5000000000", "3 đến 5 tỷ USD"),
    ])
    func ranges(text: String, lower: String, upper: String, span: String) throws {
        let amount = try #require(try TestSupport.miniEngine().analyze(text).amounts.first, "«\(text)» should hold an amount")
        #expect(amount.value == Decimal(string: lower) && amount.upper == Decimal(string: upper),
                "«\(text)»: expected \(lower)–\(upper), got \(amount.value)–\(amount.upper.map { "\($0)" } ?? "nil")")
        #expect(amount.text == span, "the span covers the range: «\(amount.text)»")
    }

    @Test("money and dates in documents without a digit: number words and date words alone", arguments: [
        ("The bank agreed to lend five billion dollars to the project.", "en", 1, 0),
        ("Talks resumed yesterday in Hanoi.", "en", 0, 1),
        ("Hôm qua, hai bên đã gặp nhau tại Hà Nội.", "vi", 0, 1),
        ("Hai bên đã gặp nhau tại Hà Nội.", "vi", 0, 0),
    ])
    func withoutDigits(text: String, language: String, amounts: Int, dates: Int) throws {
        // The extractors return at once when nothing can start an amount or a date; words alone can.
        let engine = try #require(standardEngine, "the standard packs should compile")
        let analysis = engine.analyze(text, language: language)
        #expect(analysis.amounts.count == amounts, "«\(text)» amounts: \(analysis.amounts.map(\.text))")
        #expect(analysis.dates.count == dates, "«\(text)» dates: \(analysis.dates.map(\.text))")
    }

    @Test("money: numbers without a currency are not amounts", arguments: ["14 nước", "sau 6 năm", "G20 họp"])
    func notMoney(text: String) throws {
        #expect(try TestSupport.miniEngine().analyze(text).amounts.isEmpty, "«\(text)» has no money")
    }

    @Test("dates: normalised values", arguments: [
        ("Ngày 7/9, hai bên", "--09-07", "Ngày 7/9"),
        ("chiều 25/7 tại Nam Ninh", "--07-25", "25/7"),
        ("tối 13/7/2022", "2022-07-13", "13/7/2022"),
        ("ngày 7 tháng 9 năm 2022", "2022-09-07", "ngày 7 tháng 9 năm 2022"),
        ("hồi tháng 3 vừa qua", "--03", "tháng 3 vừa qua"),
        ("trong 5 năm tới", "P5Y", "5 năm tới"),
        ("hôm ngày 7-9 vừa rồi", "--09-07", "ngày 7-9"),
        ("vào năm 2025", "2025", "năm 2025"),
    ])
    func dates(text: String, value: String, span: String) throws {
        let dates = try TestSupport.miniEngine().analyze(text).dates
        try #require(dates.count == 1, "«\(text)» should give one date, got \(dates.map(\.text))")
        #expect(dates[0].value == value, "«\(text)» should normalise to \(value), got \(dates[0].value ?? "nil")")
        #expect(dates[0].text == span, "«\(text)» span should be «\(span)», got «\(dates[0].text)»")
    }

    @Test("dates: relative expressions keep their direction")
    func relative() throws {
        let dates = try TestSupport.miniEngine().analyze("vào năm tới").dates
        #expect(dates.count == 1 && dates.first?.relative == "future" && dates.first?.value == nil,
                "năm tới is next year, relative with no absolute value; got \(dates.map { "\($0.value ?? "nil") \($0.relative ?? "nil")" })")
    }

    @Test("dates: impossible days and months are not dates", arguments: ["tỷ lệ 45/60", "1/13 dân số", "2+2", "tỷ số 2-1", "từ 7-9 người"])
    func notDates(text: String) throws {
        #expect(try TestSupport.miniEngine().analyze(text).dates.isEmpty, "«\(text)» is not a date")
    }

    /// A date rule over its own lexicons, with `forms` when given.
    static func datePack(forms: String?) -> String {
        TestSupport.pack("date-forms", """
            lexicons:
              units: {entries: {Y: [năm], D: [ngày]}}
              within: {entries: {w: [trong]}}
              months: {entries: {m: [tháng]}}
            rules:
              - {id: d, kind: date, extractor: date, options: {order: dmy, direction: before, units: units, future: within, month: months\(forms.map { ", forms: \"\($0)\"" } ?? "")}}
            """)
    }

    @Test("dates: forms restrict what a rule finds", arguments: [
        ("trong 5 năm", ["P5Y"], ["P5Y"]),
        ("Ngày 7/9, hai bên", [], ["--09-07"]),
        ("hồi tháng 3", [], ["--03"]),
    ] as [(String, [String?], [String?])])
    func forms(text: String, periodOnly: [String?], allForms: [String?]) throws {
        let restricted = try Engine(yaml: [Self.datePack(forms: "period")]).analyze(text).dates.map(\.value)
        #expect(restricted == periodOnly, "«\(text)» with forms: period gave \(restricted)")
        let everything = try Engine(yaml: [Self.datePack(forms: nil)]).analyze(text).dates.map(\.value)
        #expect(everything == allForms, "«\(text)» with every form gave \(everything)")
        let listed = try Engine(yaml: [Self.datePack(forms: "numeric, words period,relative offset")]).analyze(text).dates.map(\.value)
        #expect(listed == everything, "listing every form, commas or spaces between, is the default: \(listed)")
    }

    /// A host extractor through the same protocol as the built-in ones.
    struct CodeExtractor: Extractor {
        let name = "codes"
        var lexiconOptionKeys: Set<String> { ["prefixes"] }
        func extract(from input: ExtractorInput) -> [Extraction] {
            input.hits("prefixes").compactMap { hit in
                let next = hit.tokens.upperBound
                guard next < input.tokenCount, input.token(at: next).isNumber else { return nil }
                return Extraction(tokens: hit.tokens.lowerBound..<next + 1, id: hit.id + String(input.token(at: next).text),
                                  fields: ["number": .integer(Int(input.token(at: next).text) ?? 0)])
            }
        }
    }

    @Test("host extractors plug in by name and receive the lexicons their options name")
    func hostExtractor() throws {
        let pack = TestSupport.pack("h", """
            lexicons:
              prefixes: {entries: {"RES-": [Nghị quyết]}}
            rules:
              - {id: code, kind: resolution, extractor: codes, options: {prefixes: prefixes}}
            """)
        let engine = try Engine(yaml: [pack], extractors: Engine.builtInExtractors + [CodeExtractor()])
        let match = try #require(engine.analyze("Theo Nghị quyết 2231 của Hội đồng.").matches.first, "the host extractor should run")
        #expect(match.kind == "resolution" && match.id == "RES-2231", "got \(match.kind) \(match.id ?? "nil")")
        #expect(match.fields["number"] == .integer(2231), "typed fields pass through; got \(match.fields)")
        #expect(TestSupport.diagnostic { _ = try Engine(yaml: [pack]) }?.code == .unknownExtractor,
                "without registering it, the pack fails to compile with ACC406")
    }

    /// A host extractor that reads the whole text, which a document given as UTF-8 makes only then.
    struct TextLengthExtractor: Extractor {
        let name = "text-length"
        func extract(from input: ExtractorInput) -> [Extraction] {
            guard input.tokenCount > 0 else { return [] }
            return [Extraction(tokens: 0..<1, id: "\(input.text.count):\(input.token(at: 0).text)")]
        }
    }

    @Test("a host extractor reads the same text whether the document came as a String or as UTF-8")
    func hostExtractorText() throws {
        let pack = TestSupport.pack("t", "rules:\n  - {id: length, kind: length, extractor: text-length}")
        let engine = try Engine(yaml: [pack], extractors: Engine.builtInExtractors + [TextLengthExtractor()])
        let text = "Hà Nội và Tokyo nhất trí hợp tác."
        let typed = engine.analyze(text)
        #expect(typed.matches.first?.id == "\(text.count):Hà", "the extractor should see the text; got \(typed.matches)")
        var session = AnalysisSession(engine: engine)
        let (json, _) = session.analyzeJSON(utf8: Array(text.utf8), id: "t")
        #expect(json == typed.jsonBytes(id: "t"), "from UTF-8: \(String(decoding: json, as: UTF8.self))")
    }
}
