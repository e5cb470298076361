@testable import Accord
import Foundation
import Testing

@Suite("Evaluation harness")
struct EvaluatorTests {
    static func gold(_ json: String) throws -> [GoldDocument] {
        try Evaluator.load(Data(json.utf8), file: "gold.jsonl")
    }

    @Test("scores sets, agreements by sentence and kind, amounts and dates")
    func scores() throws {
        let engine = try TestSupport.miniEngine()
        let text = "Nhật Bản và Ấn Độ nhất trí tăng cường hợp tác về năng lượng sạch. Mỹ cam kết khoản vay 5.000 tỷ Yen vào ngày 7/9."
        let json = """
            {"id": "d1", "lang": "vi", "text": "\(text)", "gold": {"parties": ["JP", "IN", "KR"], "forums": [], "areas": ["energy"], \
            "agreements": [{"kind": "consensus", "parties": ["JP", "IN"], "start": 18, "end": 26}, \
            {"kind": "loan-or-aid", "alt_kinds": ["commitment"], "parties": ["US", "JP"], "start": 69, "end": 76}], \
            "amounts": [{"value": 5000000000000, "currency": "JPY", "approximate": false}], \
            "dates": [{"text": "ngày 7/9", "value": "--09-07", "start": 104, "end": 112}]}}
            """
        let report = Evaluator.evaluate(engine, on: try Self.gold(json))
        let parties = try #require(report.score("parties"))
        #expect((parties.truePositives, parties.falsePositives, parties.falseNegatives) == (2, 1, 1),
                "JP and IN found, US extra, KR missing; got \(parties)")
        #expect(report.score("areas")?.f1 == 1, "energy is right")
        let agreements = try #require(report.score("agreements"))
        #expect((agreements.truePositives, agreements.falsePositives, agreements.falseNegatives) == (2, 0, 0),
                "the commitment matches the gold loan through alt_kinds; got \(agreements)")
        let agreementParties = try #require(report.score("agreement-parties"))
        #expect(agreementParties.falseNegatives == 1, "the commitment's parties lack JP; got \(agreementParties)")
        #expect(report.score("amounts")?.f1 == 1 && report.score("dates")?.f1 == 1, "amount and date are right")
        #expect(report.misses.contains { $0.field == "parties" && $0.kind == .missing && $0.item == "KR" }, "KR is reported as missing")
        #expect(report.table().contains("parties"), "the table lists every field")
    }

    @Test("a malformed gold line is an error with its line number")
    func malformed() {
        let diagnostic = TestSupport.diagnostic { _ = try Self.gold("{\"id\": \"a\", \"lang\": \"vi\", \"text\": \"x\", \"gold\": {}}\n{\"id\": 1}\n") }
        #expect(diagnostic?.code == .invalidInput && diagnostic?.location?.line == 2, "line 2 should be reported; got \(diagnostic.map { "\($0)" } ?? "nothing")")
    }
}
