import Foundation
import Testing
@testable import Accord

@Suite("JSONL records")
struct JSONRecordParserTests {
    typealias Record = JSONRecordParser.Record

    static let cases: [(line: String, expected: Record)] = [
        (#"{"id": "vi-1", "text": "Hai bên nhất trí."}"#, .document(id: "vi-1", text: "Hai bên nhất trí.")),
        (#"  {"text":"a","id":"b"}  "#, .document(id: "b", text: "a")),
        (#"{"id": 42, "text": "x"}"#, .document(id: "42", text: "x")),
        (#"{"id": -4.5e2, "text": "x"}"#, .document(id: "-4.5e2", text: "x")),
        (#"{"id": "a", "text": "tab\there \"q\" \\ \/ \u00e1 \ud83d\ude00 \n"}"#,
         .document(id: "a", text: "tab\there \"q\" \\ / á 😀 \n")),
        (#"{"id": "a", "source": {"n": [1, 2.5, true, false, null, {"x": []}], "s": "y"}, "text": "t"}"#, .document(id: "a", text: "t")),
        (#"{"id": "a", "text": ""}"#, .document(id: "a", text: "")),
        ("", .blank),
        ("  \t\r", .blank),
        (#"{"id": "a", "text": "t""#, .invalid(id: nil, reason: "is not valid JSON")),
        (#"{"id": "a", "text": "t"} x"#, .invalid(id: nil, reason: "is not valid JSON")),
        (#"{"id": "a", "text": "t",}"#, .invalid(id: nil, reason: "is not valid JSON")),
        (#"{"id": "a", "text": 't'}"#, .invalid(id: nil, reason: "is not valid JSON")),
        (#"{"id": "a", "text": "bad \x escape"}"#, .invalid(id: nil, reason: "is not valid JSON")),
        (#"{"id": "a", "text": "lone \ud800 surrogate"}"#, .invalid(id: nil, reason: "is not valid JSON")),
        ("{\"id\": \"a\", \"text\": \"raw\ttab\"}", .invalid(id: nil, reason: "is not valid JSON")),
        (#"{"id": 01, "text": "t"}"#, .invalid(id: nil, reason: "is not valid JSON")),
        (#"{"id": "a", "x": [1, 2}"#, .invalid(id: nil, reason: "is not valid JSON")),
        (#"{"id": "a", "x": tru, "text": "t"}"#, .invalid(id: nil, reason: "is not valid JSON")),
        (#"["id", "text"]"#, .invalid(id: nil, reason: "is not a JSON object")),
        ("42", .invalid(id: nil, reason: "is not a JSON object")),
        (#"{"text": "t"}"#, .invalid(id: nil, reason: "has no \"id\" string or number")),
        (#"{"id": true, "text": "t"}"#, .invalid(id: nil, reason: "has no \"id\" string or number")),
        (#"{"id": "a"}"#, .invalid(id: "a", reason: "has no \"text\" string")),
        (#"{"id": "a", "text": 5}"#, .invalid(id: "a", reason: "has no \"text\" string")),
        (#"{"id": "a", "text": "t", "text": "u"}"#, .invalid(id: "a", reason: "has two \"text\" keys")),
        (#"{"id": "a", "id": "b", "text": "t"}"#, .invalid(id: "b", reason: "has two \"id\" keys")),
    ]

    @Test("reads records and says why a line is unusable", arguments: cases)
    func parses(line: String, expected: Record) {
        #expect(JSONRecordParser.parse(line) == expected, "line: \(line)")
    }

    @Test("agrees with JSONSerialization on which lines are JSON", arguments: cases)
    func agreesWithFoundation(line: String, expected: Record) {
        guard !line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) else { return }
        // Foundation accepts a trailing comma; RFC 8259 does not, and neither do we.
        let foundationIsLenient = line.contains(",}") || line.contains(",]")
        let foundation = (try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])) != nil
        let ours: Bool
        if case .invalid(_, "is not valid JSON") = JSONRecordParser.parse(line) { ours = false } else { ours = true }
        #expect(ours == (foundation && !foundationIsLenient), "JSONSerialization says \(foundation ? "valid" : "invalid") for: \(line)")
    }

    @Test("refuses nesting deeper than its limit instead of recursing")
    func deepNesting() {
        let depth = JSONRecordParser.maxDepth + 1
        let line = #"{"id": "a", "x": "# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + #", "text": "t"}"#
        #expect(JSONRecordParser.parse(line) == .invalid(id: nil, reason: "is not valid JSON"))
        let fine = #"{"id": "a", "x": "# + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + #", "text": "t"}"#
        #expect(JSONRecordParser.parse(fine) == .document(id: "a", text: "t"))
    }
}
