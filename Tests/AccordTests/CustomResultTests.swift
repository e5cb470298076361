@testable import Accord
import Foundation
import Testing

/// Hosts' own types for custom kinds: `results(of:kind:)` and the load-time check (ACC409).
@Suite("Custom result types")
struct CustomResultTests {
    static let pack = TestSupport.pack("sanctions", """
        lexicons:
          parties:
            entries: {RU: [Nga], IR: [Iran]}
          measures:
            entries: {embargo: [cấm vận], freeze: [phong tỏa tài sản], ban: [cấm nhập khẩu]}
        rules:
          - {id: party, kind: party, pattern: 'id:%parties'}
          - id: sanction
            kind: sanction
            pattern: 'measure:%measures "đối với" target:@party ( "từ năm" year:#num )?'
            set: {severity: "2"}
        """)

    struct Sanction: Decodable, Sendable, Equatable {
        enum Measure: String, Decodable, CaseIterable, Sendable { case embargo, freeze, ban }
        var measure: Measure
        var target: String
        var year: Int?
        var severity: Int
        var text: String
    }

    @Test("captures and set: values fill the host's type, converted to its property types, in text order")
    func typedValues() throws {
        let engine = try Engine(yaml: [Self.pack], resultTypes: [ResultType(Sanction.self, kind: "sanction")])
        let analysis = engine.analyze("EU áp đặt cấm vận đối với Nga từ năm 2014. Sau đó là phong tỏa tài sản đối với Iran.", language: "vi")
        let sanctions = try analysis.results(of: Sanction.self, kind: "sanction")
        #expect(sanctions == [
            Sanction(measure: .embargo, target: "RU", year: 2014, severity: 2, text: "cấm vận đối với Nga từ năm 2014"),
            Sanction(measure: .freeze, target: "IR", year: nil, severity: 2, text: "phong tỏa tài sản đối với Iran"),
        ], "got \(sanctions)")
    }

    struct RequiredYear: Decodable, Sendable { var measure: String; var target: String; var year: Int; var severity: String }
    struct NoTarget: Decodable, Sendable { var measure: String; var year: Int?; var severity: String? }
    struct SmallEnum: Decodable, Sendable {
        enum Measure: String, Decodable, CaseIterable, Sendable { case embargo, freeze }
        var measure: Measure; var target: String; var year: Int?; var severity: String
    }
    struct NumericTarget: Decodable, Sendable { var measure: String; var target: Int; var year: Int?; var severity: String }
    struct ExtraField: Decodable, Sendable { var measure: String; var target: String; var year: Int?; var severity: String; var country: String }
    struct BoolSeverity: Decodable, Sendable { var measure: String; var target: String; var year: Int?; var severity: Bool }
    struct Tagged: Decodable, Sendable { var measure: String; var tags: [String] }

    struct MismatchCase: CustomTestStringConvertible, Sendable {
        var name: String
        var type: ResultType
        var message: String
        /// The line of the location, when the problem is located in the pack.
        var line: Int?
        var testDescription: String { name }
    }

    static let mismatches: [MismatchCase] = [
        MismatchCase(name: "a required property from an optional capture", type: ResultType(RequiredYear.self, kind: "sanction"),
                     message: "RequiredYear.year is required, but capture 'year' is optional in the pattern", line: 16),
        MismatchCase(name: "a capture the type has no property for", type: ResultType(NoTarget.self, kind: "sanction"),
                     message: "the rule captures 'target', which NoTarget has no property for", line: 16),
        MismatchCase(name: "lexicon ids that are not enum cases", type: ResultType(SmallEnum.self, kind: "sanction"),
                     message: "gives lexicon ids 'ban' that Measure has no case for", line: 16),
        MismatchCase(name: "words captured for a number", type: ResultType(NumericTarget.self, kind: "sanction"),
                     message: "capture 'target' captures words, which an integer cannot hold", line: 16),
        MismatchCase(name: "a required property nothing fills", type: ResultType(ExtraField.self, kind: "sanction"),
                     message: "ExtraField.country is required, but the rule neither captures nor sets 'country'", line: 14),
        MismatchCase(name: "a set: value of the wrong type", type: ResultType(BoolSeverity.self, kind: "sanction"),
                     message: "`set: {severity: 2}` is '2', not Bool", line: 14),
        MismatchCase(name: "a property no field can fill", type: ResultType(Tagged.self, kind: "sanction"),
                     message: "Tagged.tags is Array<String>, which a match field cannot fill", line: nil),
        MismatchCase(name: "a kind no rule produces", type: ResultType(Sanction.self, kind: "sanctions"),
                     message: "no rule produces that kind", line: nil),
    ]

    @Test("a type that does not fit its kind's rules stops the engine from compiling, located in the pack", arguments: mismatches)
    func mismatch(_ testCase: MismatchCase) {
        let diagnostic = TestSupport.diagnostic { _ = try Engine(yaml: [Self.pack], resultTypes: [testCase.type]) }
        #expect(diagnostic?.code == .resultTypeMismatch, "\(testCase.name): \(diagnostic?.description ?? "compiled without error")")
        #expect(diagnostic?.message.contains(testCase.message) == true, "expected “\(testCase.message)” in: \(diagnostic?.message ?? "-")")
        #expect(diagnostic?.location?.line == testCase.line, "location: \(diagnostic?.location?.description ?? "none")")
        #expect(diagnostic?.hint?.isEmpty == false, "every mismatch says how to fix it")
    }

    @Test("an enum filled from literal words is refused: the captured text follows the document's case")
    func literalEnum() {
        let pack = TestSupport.pack("lit", "rules:\n  - {id: measure, kind: measure, pattern: 'id:( \"embargo\" | \"ban\" )'}")
        struct Measure: Decodable, Sendable {
            enum Name: String, Decodable, CaseIterable, Sendable { case embargo, ban }
            var id: Name
        }
        let diagnostic = TestSupport.diagnostic { _ = try Engine(yaml: [pack], resultTypes: [ResultType(Measure.self, kind: "measure")]) }
        #expect(diagnostic?.code == .resultTypeMismatch && diagnostic?.message.contains("captures literal words") == true,
                "\(diagnostic?.description ?? "compiled")")
        // Why: the same pack gives `Embargo` for text written with a capital.
        let matches = (try? Engine(yaml: [pack]).analyze("Lệnh Embargo mới.", language: "vi").matches) ?? []
        #expect(matches.first?.id == "Embargo", "the literal capture is the text as written: \(matches.map { $0.id ?? "nil" })")
    }

    @Test("the kind's did-you-mean names the kind rules produce")
    func kindSuggestion() {
        let diagnostic = TestSupport.diagnostic { _ = try Engine(yaml: [Self.pack], resultTypes: [ResultType(Sanction.self, kind: "sanctions")]) }
        #expect(diagnostic?.hint == "did you mean 'sanction'?", "\(diagnostic?.hint ?? "no hint")")
    }

    @Test("an unregistered type that does not fit throws a coded error naming the match, not a crash")
    func unregistered() throws {
        let analysis = try Engine(yaml: [Self.pack]).analyze("EU áp đặt cấm vận đối với Nga.", language: "vi")
        let diagnostic = TestSupport.diagnostic { _ = try analysis.results(of: RequiredYear.self, kind: "sanction") }
        #expect(diagnostic?.code == .resultTypeMismatch)
        #expect(diagnostic?.message.contains("it has no field 'year'") == true, "\(diagnostic?.message ?? "-")")
        #expect(try analysis.results(of: NoTarget.self, kind: "sanction").count == 1, "a looser type decodes the same match")
    }
}
