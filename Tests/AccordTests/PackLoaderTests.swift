@testable import Accord
import Foundation
import Testing

@Suite("Pack loader errors")
struct PackLoaderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var yaml: String
        var code: Diagnostic.Code
        var line: Int
        var column: Int
        var messageContains: String
        var testDescription: String { name }
    }

    static let header = "accord: 1\npack: p\nversion: 0.1.0\nlanguage: vi\ndescription: d\n"

    static let cases: [Case] = [
        Case(name: "unknown top-level key", yaml: header + "rulez: []\n", code: .unknownKey, line: 6, column: 1, messageContains: "did you mean 'rules'"),
        Case(name: "unknown rule key", yaml: header + "rules:\n  - id: a\n    kind: party\n    patern: x\n", code: .unknownKey, line: 9, column: 5, messageContains: "did you mean 'pattern'"),
        Case(name: "missing description", yaml: "accord: 1\npack: p\nversion: 0.1.0\nlanguage: vi\n", code: .missingKey, line: 1, column: 1, messageContains: "description"),
        Case(name: "unsupported schema", yaml: header.replacingOccurrences(of: "accord: 1", with: "accord: 2"), code: .unsupportedSchema, line: 1, column: 9, messageContains: "not supported"),
        Case(name: "bad version", yaml: header.replacingOccurrences(of: "0.1.0", with: "one"), code: .invalidValue, line: 3, column: 10, messageContains: "semantic version"),
        Case(name: "bad pack id", yaml: header.replacingOccurrences(of: "pack: p", with: "pack: My Pack"), code: .invalidID, line: 2, column: 7, messageContains: "pack id"),
        Case(name: "top-level list", yaml: "- a\n- b\n", code: .wrongType, line: 1, column: 1, messageContains: "must be a mapping"),
        Case(name: "rules not a list", yaml: header + "rules: {a: 1}\n", code: .wrongType, line: 6, column: 8, messageContains: "must be a list"),
        Case(name: "duplicate rule ids", yaml: header + "rules:\n  - {id: a, kind: party, pattern: x}\n  - {id: a, kind: party, pattern: y}\n", code: .duplicateID, line: 8, column: 5, messageContains: "used twice"),
        Case(name: "pattern and extractor", yaml: header + "rules:\n  - {id: a, kind: amount, pattern: x, extractor: money}\n", code: .invalidValue, line: 7, column: 5, messageContains: "both"),
        Case(name: "neither pattern nor extractor", yaml: header + "rules:\n  - {id: a, kind: party}\n", code: .missingKey, line: 7, column: 5, messageContains: "neither"),
        Case(name: "bad case option", yaml: header + "options: {case: loud}\n", code: .invalidValue, line: 6, column: 17, messageContains: "insensitive, sensitive"),
        Case(name: "bad attach scope", yaml: header + "rules:\n  - {id: a, kind: agreement, pattern: x, attach: {areas: everywhere}}\n", code: .invalidValue, line: 7, column: 58, messageContains: "captured"),
        Case(name: "expect must be nothing or mapping", yaml: header + "examples:\n  - {text: abc, expect: all}\n", code: .invalidExample, line: 7, column: 25, messageContains: "nothing"),
        Case(name: "bad status in example", yaml: header + "examples:\n  - {text: abc, expect: {agreements: [{status: done}]}}\n", code: .invalidValue, line: 7, column: 48, messageContains: "asserted"),
        Case(name: "entry id with spaces", yaml: header + "lexicons:\n  c:\n    entries:\n      \"J P\": [Nhật]\n", code: .invalidID, line: 9, column: 7, messageContains: "one word"),
        Case(name: "anchors refused", yaml: header + "lexicons:\n  c: &x\n    entries: {A: [a]}\n", code: .aliasNotAllowed, line: 7, column: 6, messageContains: ""),
        Case(name: "tab indentation", yaml: header + "rules:\n\t- id: a\n", code: .yamlSyntax, line: 7, column: 1, messageContains: ""),
        Case(name: "empty file", yaml: "", code: .emptyDocument, line: 1, column: 1, messageContains: ""),
        Case(name: "two documents", yaml: header + "---\na: 1\n", code: .multipleDocuments, line: 6, column: 1, messageContains: ""),
    ]

    @Test("reports schema problems at file:line:column with a fix", arguments: cases)
    func reports(_ testCase: Case) {
        let diagnostic = TestSupport.diagnostic { _ = try Pack(yaml: testCase.yaml, file: "p.yaml") }
        #expect(diagnostic?.code == testCase.code, "\(testCase.name): expected \(testCase.code), got \(diagnostic.map { "\($0)" } ?? "no error")")
        #expect(diagnostic?.location?.line == testCase.line && diagnostic?.location?.column == testCase.column,
                "\(testCase.name): expected p.yaml:\(testCase.line):\(testCase.column), got \(diagnostic?.location.map { "\($0)" } ?? "no location")")
        #expect(diagnostic?.location?.file == "p.yaml", "\(testCase.name): the diagnostic should name the file")
        if !testCase.messageContains.isEmpty {
            let text = (diagnostic?.message ?? "") + " " + (diagnostic?.hint ?? "")
            #expect(text.contains(testCase.messageContains), "\(testCase.name): '\(text)' should mention '\(testCase.messageContains)'")
        }
        #expect(diagnostic?.hint?.isEmpty == false, "\(testCase.name): every error needs a hint saying how to fix it")
    }

    @Test("reports every problem of a file at once")
    func reportsAll() {
        let yaml = Self.header + "rulez: []\nrules:\n  - {id: a, kind: party}\n  - {id: B!, kind: party, pattern: x}\n"
        do {
            _ = try Pack(yaml: yaml, file: "p.yaml")
            Issue.record("the pack should not load")
        } catch {
            #expect(error.diagnostics.count == 3, "expected 3 diagnostics, got \(error.diagnostics.map(\.description))")
        }
    }

    @Test("a directory's packs and problems come in path order, whichever file finishes first")
    func directoryOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, _ yaml: String) throws {
            try yaml.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        // Many files, so the concurrent reads finish in some other order than they were listed.
        for number in 0..<24 {
            try write(String(format: "p%02d.yaml", number), Self.header.replacingOccurrences(of: "pack: p", with: "pack: p\(number)"))
        }
        let packs = try Pack.packs(inDirectory: folder)
        #expect(packs.map(\.id) == (0..<24).map { "p\($0)" }, "packs should come in path order, got \(packs.map(\.id))")

        try write("p05.yaml", Self.header + "rulez: []\n")
        try write("p17.yaml", Self.header + "rules:\n  - id: a\n    kind: party\n    patern: x\n")
        do {
            _ = try Pack.packs(inDirectory: folder)
            Issue.record("two invalid packs should fail the directory")
        } catch {
            let files = error.diagnostics.compactMap { $0.location?.file }.map { URL(fileURLWithPath: $0).lastPathComponent }
            #expect(Set(files) == ["p05.yaml", "p17.yaml"] && files == files.sorted(),
                    "both files' problems should be reported, in path order; got \(files)")
        }
    }

    @Test("prints compiler-style diagnostics with a caret under the column")
    func rendering() throws {
        let diagnostic = try #require(TestSupport.diagnostic {
            _ = try Pack(yaml: Self.header + "rules:\n  - id: a\n    kind: party\n    patern: x\n", file: "Rules/x.yaml")
        })
        let lines = diagnostic.description.split(separator: "\n").map(String.init)
        #expect(lines.first == "Rules/x.yaml:9:5: error: unknown key 'patern' in a rule [ACC202]", "first line was \(lines.first ?? "")")
        #expect(lines.count >= 3 && lines[1] == "        patern: x" && lines[2] == "        ^", "caret display was \(lines)")
    }

    @Test("a value of spaces and tabs is blank exactly when Foundation trims it to nothing", arguments: [
        "", " ", "\t", "  \t ", "\u{3000}", "\u{00A0}", "\u{2009}\u{202F}", "\n", " \r ", "\u{200B}", "\u{FEFF}",
        "a", " a ", "\u{0301}", " \u{0301}", "hai bên", "\u{2028}",
    ])
    func blankValues(text: String) {
        let foundation = text.trimmingCharacters(in: .whitespaces).isEmpty
        #expect(SchemaReader.isBlank(text) == foundation,
                "\(text.unicodeScalars.map { String($0.value, radix: 16) }) is blank: \(SchemaReader.isBlank(text)), Foundation says \(foundation)")
    }

    @Test("a scalar is blank exactly when it is in Foundation's whitespace set")
    func blankScalars() {
        var differing: [String] = []
        for value in UInt32(0)..<0x110000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if SchemaReader.isBlank(scalar) != CharacterSet.whitespaces.contains(scalar) { differing.append(String(value, radix: 16)) }
        }
        #expect(differing.isEmpty, "\(differing.count) scalars differ from CharacterSet.whitespaces, such as \(differing.prefix(10))")
    }

    @Test("the line shown is the line the location names, whatever the line breaks",
          arguments: [("LF", "\n"), ("CRLF", "\r\n"), ("CR", "\r"), ("LS", "\u{2028}")])
    func lineBreaks(name: String, lineBreak: String) throws {
        let text = (Self.header + "rules:\n  - id: a\n    kind: party\n    patern: x\n")
            .replacingOccurrences(of: "\n", with: lineBreak)
        for bom in ["", "\u{FEFF}"] {
            let diagnostic = try #require(TestSupport.diagnostic { _ = try Pack(yaml: bom + text, file: "x.yaml") },
                                          "\(name): the misspelt key should be reported")
            #expect(diagnostic.location?.line == 9, "\(name): the key is on line 9, not \(String(describing: diagnostic.location?.line))")
            #expect(diagnostic.sourceLine == "    patern: x",
                    "\(name)\(bom.isEmpty ? "" : " with a byte-order mark"): line 9 should be shown, got \(String(describing: diagnostic.sourceLine))")
        }
    }
}

@Suite("Diagnostic rendering")
struct DiagnosticRenderingTests {
    @Test("a very long source line is cut around the column, with the caret still under it")
    func longLine() throws {
        let line = String(repeating: "[", count: 5_000)
        let diagnostic = Diagnostic(.nestingTooDeep, "too deep", hint: "flatten it",
                                    at: Accord.SourceLocation(file: "x.yaml", line: 1, column: 2_000), sourceLine: line)
        let lines = diagnostic.description.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "message, excerpt, caret, hint; got \(lines.count) lines")
        #expect(lines[1].count < 120, "the excerpt should be short, got \(lines[1].count) characters")
        let caret = try #require(lines[2].firstIndex(of: "^"), "a caret line")
        let column = lines[2].distance(from: lines[2].startIndex, to: caret)
        let marked = lines[1][lines[1].index(lines[1].startIndex, offsetBy: column)]
        #expect(marked == "[", "the caret should sit under a character of the line, found «\(marked)»")
    }
}
