@testable import Accord
import AccordExampleExtractors
import Foundation
import Testing

/// The host extractor of Examples/ (`DocumentNumberExtractor`) tested as a host app would test
/// its own: a table of texts, and the pack's embedded examples run with the extractor registered.
@Suite("Example host extractor")
struct ExampleExtractorTests {
    static var pack: Pack {
        get throws {
            try Pack(contentsOf: TestSupport.packageRoot.appendingPathComponent("Examples/packs/document-numbers.yaml"))
        }
    }

    static func engine() throws -> Engine {
        try Engine(packs: [try pack], extractors: Engine.builtInExtractors + [DocumentNumberExtractor()])
    }

    @Test("document numbers are found whole, with the year as an integer field",
          arguments: [("Theo Thông tư số 12/2024/TT-BNG.", ["12/2024/TT-BNG"], [2024]),
                      ("Nghị định 45/2022/NĐ-CP và Quyết định 7/2021/QĐ-UBND.", ["45/2022/NĐ-CP", "7/2021/QĐ-UBND"], [2022, 2021]),
                      ("Tỷ lệ 12/2024 tăng.", [], []),
                      ("Số 12 / 2024 / TT-BNG có dấu cách.", [], []),
                      ("Văn bản 3/24/TT-BNG có năm hai chữ số.", [], [])])
    func numbers(_ text: String, _ ids: [String], _ years: [Int]) throws {
        let matches = try Self.engine().analyze(text, language: "vi").matches(ofKind: "document")
        #expect(matches.map(\.id) == ids, "«\(text)»: \(matches.map { $0.id ?? "nil" })")
        #expect(matches.map { $0.fields["year"]?.integerValue ?? -1 } == years)
        #expect(matches.allSatisfy { $0.text == $0.id }, "the span covers exactly the number")
    }

    @Test("the pack's embedded examples pass with the extractor registered")
    func embeddedExamples() throws {
        let outcomes = PackExampleRunner.run(try Self.engine())
        #expect(outcomes.count == 3, "the pack has three examples")
        for outcome in outcomes {
            #expect(outcome.passed, "\(outcome.location): \(outcome.failures.joined(separator: "; "))")
        }
    }

    @Test("without the extractor the pack does not compile, naming it (ACC406)")
    func unregistered() throws {
        let diagnostic = TestSupport.diagnostic { _ = try Engine(packs: [try Self.pack]) }
        #expect(diagnostic?.code == .unknownExtractor && diagnostic?.message.contains("document-number") == true,
                "\(diagnostic?.description ?? "compiled")")
    }
}
