import Testing
@testable import Accord

/// Parses `text`, recording a failure that names the input if it throws.
private func parsed(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> YAMLNode {
    do {
        return try YAMLReader.parse(text, file: "test.yaml")
    } catch {
        Issue.record("expected \(text.debugDescription) to parse, but got: \(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// The single diagnostic `bytes` fail with, or a recorded issue if they parse.
private func failure(
    _ bytes: [UInt8], limits: YAMLLimits = .default, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Diagnostic? {
    do {
        let node = try YAMLReader.parse(bytes, file: "pack.yaml", limits: limits)
        Issue.record("expected a diagnostic, but the input parsed as \(node.kindDescription)", sourceLocation: sourceLocation)
        return nil
    } catch {
        #expect(error.diagnostics.count == 1, "the reader should report exactly one diagnostic, got \(error.diagnostics)",
                sourceLocation: sourceLocation)
        return error.diagnostics.first
    }
}

private func failure(_ text: String, limits: YAMLLimits = .default, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    failure(Array(text.utf8), limits: limits, sourceLocation: sourceLocation)
}

/// The text of 1-based `line` of `bytes`, split at LF only, as the test inputs are written.
private func line(_ line: Int, of bytes: [UInt8]) -> String {
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    return lines.indices.contains(line - 1) ? String(decoding: lines[line - 1], as: UTF8.self) : "<no line \(line)>"
}

/// One input the reader must refuse, and where and how.
struct YAMLRejectedInput: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var code: Diagnostic.Code
    var line: Int
    var column: Int
    /// Text the message must contain.
    var message: String
    /// Text the hint must contain.
    var hint: String

    init(_ name: String, _ bytes: [UInt8], _ code: Diagnostic.Code, at line: Int, _ column: Int,
         message: String, hint: String) {
        (self.name, self.bytes, self.code, self.line, self.column, self.message, self.hint)
            = (name, bytes, code, line, column, message, hint)
    }

    init(_ name: String, _ text: String, _ code: Diagnostic.Code, at line: Int, _ column: Int,
         message: String, hint: String) {
        self.init(name, Array(text.utf8), code, at: line, column, message: message, hint: hint)
    }

    var testDescription: String { name }
}

/// Checks everything every located diagnostic must have.
private func expectDiagnostic(_ diagnostic: Diagnostic?, matches input: YAMLRejectedInput,
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    guard let diagnostic else { return }
    let name = input.name
    #expect(diagnostic.code == input.code, "\(name): expected \(input.code), got \(diagnostic.code): \(diagnostic.message)",
            sourceLocation: sourceLocation)
    #expect(diagnostic.location == Accord.SourceLocation(file: "pack.yaml", line: input.line, column: input.column),
            "\(name): expected the diagnostic at \(input.line):\(input.column), got \(String(describing: diagnostic.location))",
            sourceLocation: sourceLocation)
    #expect(diagnostic.sourceLine == line(input.line, of: input.bytes),
            "\(name): sourceLine should be the text of line \(input.line), got \(String(describing: diagnostic.sourceLine))",
            sourceLocation: sourceLocation)
    #expect(diagnostic.message.contains(input.message),
            "\(name): message should mention \(input.message.debugDescription), got \(diagnostic.message.debugDescription)",
            sourceLocation: sourceLocation)
    #expect(!diagnostic.message.contains("\n"), "\(name): a message must be one line, got \(diagnostic.message.debugDescription)",
            sourceLocation: sourceLocation)
    #expect(diagnostic.hint?.contains(input.hint) == true,
            "\(name): hint should mention \(input.hint.debugDescription), got \(String(describing: diagnostic.hint))",
            sourceLocation: sourceLocation)
}

@Suite("YAMLReader: valid YAML")
struct YAMLReaderValidTests {
    @Test("a block mapping keeps its key order and marks each key and value")
    func blockMapping() throws {
        let root = try parsed("name: Accord\nversion: 2\nzeta: z\nalpha: a\n")
        let pairs = try #require(root.mapping, "the root should be a mapping, got \(root.kindDescription)")
        #expect(pairs.map(\.key.scalar) == ["name", "version", "zeta", "alpha"], "keys should keep the order written")
        #expect(pairs.map(\.key.mark) == (1...4).map { YAMLMark(line: $0, column: 1) }, "each key's mark should be the key's start")
        #expect(pairs[0].value.mark == YAMLMark(line: 1, column: 7), "the value 'Accord' starts at 1:7")
        #expect(root.mark == YAMLMark(line: 1, column: 1), "a block mapping starts at its first key")
    }

    @Test("nested block collections carry the marks of their own starts")
    func nestedMarks() throws {
        let text = """
            pack:
              id: vi.parties
              rules:
                - id: r1
                  pattern: "@party"
                - id: r2
            """
        let pack = try #require(try parsed(text)["pack"], "the key 'pack' should exist")
        #expect(pack.mark == YAMLMark(line: 2, column: 3), "the nested mapping starts at its first key, 2:3")
        let rules = try #require(pack["rules"]?.sequence, "'rules' should be a list")
        #expect(pack["rules"]?.mark == YAMLMark(line: 4, column: 5), "the block list starts at its first '-'")
        #expect(rules.count == 2, "there should be two rules, got \(rules.count)")
        let pattern = try #require(rules[0].mapping?.last, "the first rule should have a 'pattern' entry")
        #expect(pattern.key.mark == YAMLMark(line: 5, column: 7), "the key 'pattern' is at 5:7")
        #expect(pattern.value.mark == YAMLMark(line: 5, column: 16), "a quoted value's mark is its opening quote, 5:16")
        #expect(pattern.value.scalar == "@party" && !pattern.value.isPlainScalar, "a quoted '@party' is not plain")
        #expect(rules[1].mark == YAMLMark(line: 6, column: 7), "the second rule's mapping starts at 'id', 6:7")
    }

    @Test("flow collections parse with marks, and flow and block styles give the same tree")
    func flowStyle() throws {
        let flow = try parsed("{a: [1, 2], b: {c: d}}")
        #expect(flow["a"]?.sequence?.map(\.scalar) == ["1", "2"], "'a' should be the list [1, 2]")
        #expect(flow["a"]?.mark == YAMLMark(line: 1, column: 5), "the list starts at '[', 1:5")
        #expect(flow["b"]?["c"]?.mark == YAMLMark(line: 1, column: 20), "'d' is at 1:20")
        let block = try parsed("a:\n  - 1\n  - 2\nb:\n  c: d\n")
        #expect(flow.mapping?.map(\.key.scalar) == block.mapping?.map(\.key.scalar), "both styles have keys a, b")
        #expect(flow["b"]?["c"]?.scalar == block["b"]?["c"]?.scalar, "both styles give b.c = d")
    }

    @Test("plain, quoted and block scalars report whether they are plain")
    func scalarStyles() throws {
        let root = try parsed("""
            plain: text
            single: 'text'
            double: "text"
            literal: |
              text
            folded: >
              text
            nullWord: null
            tilde: ~
            empty:
            quotedNull: "null"
            taggedNull: !!str null
            """)
        let expected: [(String, Bool)] = [
            ("plain", true), ("single", false), ("double", false), ("literal", false), ("folded", false),
            ("nullWord", true), ("tilde", true), ("empty", true), ("quotedNull", false), ("taggedNull", true),
        ]
        for (key, isPlain) in expected {
            #expect(root[key]?.isPlainScalar == isPlain, "'\(key)' should have isPlainScalar == \(isPlain)")
        }
        #expect(root["nullWord"]?.scalar == "null" && root["tilde"]?.scalar == "~", "null and ~ stay scalars")
        #expect(["nullWord", "tilde", "empty"].allSatisfy { root[$0]?.isNull == true }, "plain null, ~ and nothing are null")
        #expect(root["quotedNull"]?.isNull == false, "a quoted \"null\" is text, not null")
        #expect(root["taggedNull"]?.tag == "tag:yaml.org,2002:str", "an explicit !!str tag is kept in resolved form")
        #expect(root["taggedNull"]?.isNull == false, "!!str null is text, not null")
        #expect(root["plain"]?.tag == nil, "an untagged scalar has no tag")
    }

    @Test("multi-line scalars fold or keep lines as YAML specifies")
    func multiLineScalars() throws {
        let root = try parsed("""
            literal: |
              line one
              line two
            folded: >
              line one
              line two
            plain: line one
              line two
            quoted: "line one
              line two"
            after: x
            """)
        #expect(root["literal"]?.scalar == "line one\nline two\n", "a literal block keeps its line breaks")
        #expect(root["folded"]?.scalar == "line one line two\n", "a folded block joins lines with spaces")
        #expect(root["plain"]?.scalar == "line one line two", "a multi-line plain scalar folds to one line")
        #expect(root["quoted"]?.scalar == "line one line two", "a multi-line quoted scalar folds to one line")
        #expect(root["after"]?.mark == YAMLMark(line: 11, column: 8), "marks after multi-line scalars stay right")
    }

    @Test("comments are ignored wherever they appear")
    func comments() throws {
        let root = try parsed("# header\na: 1 # trailing\n# between\nb: [x, # inside\n  y]\n# end\n")
        #expect(root.mapping?.map(\.key.scalar) == ["a", "b"], "comments should not become keys")
        #expect(root["a"]?.scalar == "1", "a trailing comment is not part of the value")
        #expect(root["b"]?.sequence?.map(\.scalar) == ["x", "y"], "comments inside a flow list are skipped")
    }

    @Test("Vietnamese text round-trips and columns count Unicode scalars")
    func vietnamese() throws {
        let root = try parsed("tên: \"Ấn Độ Dương\"\nbiển: Ấn Độ Dương\nvùng: {khu: Ấn Độ Dương, mã: IO}\n")
        #expect(root["tên"]?.scalar == "Ấn Độ Dương", "a quoted Vietnamese value should be unchanged")
        #expect(root["biển"]?.scalar == "Ấn Độ Dương", "a plain Vietnamese value should be unchanged")
        let region = try #require(root["vùng"]?.mapping, "'vùng' should be a mapping")
        let prefix = "vùng: {khu: Ấn Độ Dương, "
        #expect(region[1].key.mark == YAMLMark(line: 3, column: prefix.unicodeScalars.count + 1),
                "the key 'mã' should be at the column counted in Unicode scalars")
    }

    @Test("a UTF-8 byte-order mark is accepted and does not shift columns")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)
        let root = try YAMLReader.parse(bytes, file: "bom.yaml")
        #expect(root.mapping?.first?.key.mark == YAMLMark(line: 1, column: 1), "the first key after a BOM is at 1:1")
        let fromString = try parsed("\u{FEFF}a: 1\n")
        #expect(fromString == root, "a BOM in a String is accepted the same way")
    }

    @Test("CRLF, CR and LS line breaks all advance the line as libyaml does")
    func lineBreaks() throws {
        let root = try parsed("a: 1\r\nb: 2\rc: 3\u{2028}d: 4\n")
        #expect(root.mapping?.map(\.key.mark.line) == [1, 2, 3, 4], "each key should be on its own line")
        #expect(YAMLReader.sourceLine(3, in: Array("a: 1\r\nb: 2\rc: 3\u{2028}d: 4\n".utf8)) == "c: 3",
                "sourceLine should split lines like libyaml")
        #expect(YAMLReader.sourceLine(1, in: [0xEF, 0xBB, 0xBF] + Array("x: 1".utf8)) == "x: 1", "sourceLine drops the BOM")
    }

    @Test("a top-level scalar, list or null parses; the pack loader decides what it accepts", arguments: [
        ("just text", "a scalar"), ("- a\n- b\n", "a list"), ("[a, b]", "a list"), ("null", "an empty value"),
        ("~", "an empty value"), ("---\n", "an empty value"), ("---\na: 1\n...\n", "a mapping"),
    ])
    func topLevel(text: String, kind: String) throws {
        let root = try parsed(text)
        #expect(root.kindDescription == kind, "\(text.debugDescription) should parse as \(kind), got \(root.kindDescription)")
        if root.scalar != nil {
            #expect(root.isPlainScalar, "\(text.debugDescription) is a plain scalar")
        }
    }

    @Test("nesting exactly at maxDepth is accepted")
    func depthAtLimit() throws {
        let text = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        var node = try parsed(text)
        var depth = 1
        while let inner = node.sequence?.first {
            node = inner
            depth += 1
        }
        #expect(depth == 64, "64 nested lists should all be present, got \(depth)")
    }

    @Test("a file exactly maxBytes long and exactly maxNodes nodes is accepted")
    func limitsAreInclusive() throws {
        let limits = YAMLLimits(maxBytes: 7, maxDepth: 1, maxNodes: 3)
        let root = try YAMLReader.parse(Array("[1, 2]\n".utf8), file: "pack.yaml", limits: limits)
        #expect(root.sequence?.count == 2, "a list of two at the limits should parse, got \(root.kindDescription)")
    }
}

@Suite("YAMLReader: libyaml wrapper")
struct LibYAMLParserTests {
    @Test("the wrapper yields Swift events with 1-based marks, then nil after the stream ends")
    func events() throws {
        var parser = try LibYAMLParser(utf8: Array("a: 'x'\n".utf8))
        var kinds: [YAMLEvent.Kind] = []
        var marks: [YAMLMark] = []
        while let event = try parser.next() {
            kinds.append(event.kind)
            marks.append(event.start)
        }
        #expect(kinds == [
            .streamStart, .documentStart(isImplicit: true), .mappingStart(anchor: nil, tag: nil),
            .scalar(value: "a", style: .plain, tag: nil, anchor: nil),
            .scalar(value: "x", style: .singleQuoted, tag: nil, anchor: nil),
            .mappingEnd, .documentEnd(isImplicit: true), .streamEnd,
        ], "the event sequence should match libyaml's")
        #expect(marks[4] == YAMLMark(line: 1, column: 4), "the quoted scalar starts at 1:4")
        #expect(try parser.next() == nil, "the parser should keep returning nil after the stream ends")
    }

    @Test("after a failure the wrapper stops instead of looping on empty events")
    func stopsAfterFailure() throws {
        var parser = try LibYAMLParser(utf8: Array("[a".utf8))
        var failed = false
        do {
            while try parser.next() != nil {}
        } catch {
            failed = true
            #expect(error.problemMark != nil, "a parser failure should carry libyaml's problem mark")
        }
        #expect(failed, "an unclosed '[' should make libyaml fail")
        #expect(try parser.next() == nil, "after a failure the parser should report no further events")
    }

    @Test("empty input still parses to a stream start and end")
    func emptyInput() throws {
        var parser = try LibYAMLParser(utf8: [])
        #expect(try parser.next()?.kind == .streamStart, "empty input should start a stream")
        #expect(try parser.next()?.kind == .streamEnd, "empty input should end the stream at once")
    }
}

@Suite("YAMLReader: rejected input")
struct YAMLReaderRejectionTests {
    static let encoding: [YAMLRejectedInput] = [
        YAMLRejectedInput("Latin-1 é", Array("name: caf".utf8) + [0xE9, 0x0A], .invalidUTF8, at: 1, 10,
                      message: "0xE9", hint: "UTF-8"),
        YAMLRejectedInput("binary garbage", [0x89, 0x50, 0x4E, 0x47, 0x1A, 0x0A, 0x00, 0xFF, 0xD8], .invalidUTF8, at: 1, 1,
                      message: "not valid UTF-8", hint: "UTF-8"),
        YAMLRejectedInput("lone continuation byte", Array("ok: 1\nx: ".utf8) + [0x80, 0x0A], .invalidUTF8, at: 2, 4,
                      message: "0x80", hint: "UTF-8"),
        YAMLRejectedInput("truncated sequence at the end", Array("x: ".utf8) + [0xE1, 0xBA], .invalidUTF8, at: 1, 4,
                      message: "cut short", hint: "UTF-8"),
        YAMLRejectedInput("truncated sequence before ASCII", Array("x: ".utf8) + [0xC3, 0x41, 0x0A], .invalidUTF8, at: 1, 4,
                      message: "0xC3", hint: "UTF-8"),
        YAMLRejectedInput("overlong encoding", Array("x: ".utf8) + [0xC0, 0xAF], .invalidUTF8, at: 1, 4,
                      message: "0xC0", hint: "UTF-8"),
        YAMLRejectedInput("encoded surrogate", Array("x: ".utf8) + [0xED, 0xA0, 0x80], .invalidUTF8, at: 1, 4,
                      message: "0xED", hint: "UTF-8"),
        YAMLRejectedInput("bad byte after Vietnamese text", Array("tên: Ấn Độ ".utf8) + [0xFF], .invalidUTF8, at: 1, 12,
                      message: "0xFF", hint: "UTF-8"),
        YAMLRejectedInput("UTF-16 byte-order mark", [0xFF, 0xFE, 0x61, 0x00], .invalidUTF8, at: 1, 1,
                      message: "UTF-16", hint: "UTF-8"),
        YAMLRejectedInput("NUL byte", Array("a".utf8) + [0x00] + Array(": 1\n".utf8), .invalidUTF8, at: 1, 2,
                      message: "NUL", hint: "UTF-8"),
        YAMLRejectedInput("control character", "a: 1\u{07}\n", .yamlSyntax, at: 1, 5,
                      message: "U+0007", hint: "\\u0007"),
    ]

    @Test("bytes that are not UTF-8 text are located by line and column", arguments: encoding)
    func encodingErrors(input: YAMLRejectedInput) {
        expectDiagnostic(failure(input.bytes), matches: input)
    }

    @Test("a file over maxBytes fails before parsing, naming its size and the limit")
    func tooLarge() throws {
        let diagnostic = try #require(failure("a: 12345", limits: YAMLLimits(maxBytes: 7)), "an 8-byte file over a 7-byte limit must fail")
        #expect(diagnostic.code == .fileTooLarge, "an oversized file is ACC501, got \(diagnostic.code)")
        #expect(diagnostic.message.contains("8 bytes") && diagnostic.message.contains("7 bytes"),
                "the message should give the size and the limit, got \(diagnostic.message.debugDescription)")
        #expect(diagnostic.location == nil, "a size failure has no place in the file")
        #expect(diagnostic.hint != nil, "a size failure should say how to fix it")
    }

    @Test("a 64 MB scalar is refused by the default maxBytes without being parsed")
    func hugeScalar() throws {
        let bytes = Array("a: ".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 64 << 20)
        let diagnostic = try #require(failure(bytes), "a 64 MB file must fail")
        #expect(diagnostic.code == .fileTooLarge, "a 64 MB file is ACC501, got \(diagnostic.code)")
    }

    @Test("a file without a document fails at 1:1", arguments: [
        "", "# only a comment\n", "   \n\n", "  \t\n# c\n", "\u{FEFF}", "\n\n# a\n  # b",
    ])
    func emptyDocument(text: String) throws {
        let diagnostic = try #require(failure(text), "\(text.debugDescription) has no document and must fail")
        #expect(diagnostic.code == .emptyDocument, "\(text.debugDescription) should be ACC104, got \(diagnostic.code): \(diagnostic.message)")
        #expect(diagnostic.message == "the file has no YAML document", "unexpected message \(diagnostic.message.debugDescription)")
        #expect(diagnostic.location == Accord.SourceLocation(file: "pack.yaml", line: 1, column: 1), "ACC104 belongs at 1:1")
        #expect(diagnostic.sourceLine != nil && diagnostic.hint != nil, "ACC104 should show line 1 and a hint")
    }

    static let structure: [YAMLRejectedInput] = [
        YAMLRejectedInput("second '---'", "a: 1\n---\nb: 2\n", .multipleDocuments, at: 2, 1, message: "more than one", hint: "---"),
        YAMLRejectedInput("two explicit documents", "---\na: 1\n---\nb: 2\n", .multipleDocuments, at: 3, 1, message: "more than one", hint: "---"),
        YAMLRejectedInput("'...' then a bare document", "a: 1\n...\nb: 2\n", .multipleDocuments, at: 3, 1, message: "more than one", hint: "..."),
        YAMLRejectedInput("'...' then '---'", "a: 1\n...\n---\nb: 2\n", .multipleDocuments, at: 3, 1, message: "more than one", hint: "..."),
        YAMLRejectedInput("two empty documents", "---\n---\n", .multipleDocuments, at: 2, 1, message: "more than one", hint: "---"),
        YAMLRejectedInput("anchor then alias", "a: &x 1\nb: *x\n", .aliasNotAllowed, at: 1, 4, message: "'&x'", hint: "repeat the value or use imports"),
        YAMLRejectedInput("undefined alias", "a: *undefined\n", .aliasNotAllowed, at: 1, 4, message: "'*undefined'", hint: "repeat the value or use imports"),
        YAMLRejectedInput("anchor on a list", "- &a [1]\n", .aliasNotAllowed, at: 1, 3, message: "'&a'", hint: "anchors"),
        YAMLRejectedInput("anchor on a block mapping", "a: &m\n  b: 1\n", .aliasNotAllowed, at: 1, 4, message: "'&m'", hint: "anchors"),
        YAMLRejectedInput("duplicate key", "name: a\nid: 1\nname: b\n", .duplicateKey, at: 3, 1, message: "'name'", hint: "remove"),
        YAMLRejectedInput("duplicate key in a flow mapping", "{a: 1, a: 2}", .duplicateKey, at: 1, 8, message: "line 1", hint: "remove"),
        YAMLRejectedInput("duplicate key quoted and plain", "rule:\n  id: 1\n  \"id\": 2\n", .duplicateKey, at: 3, 3, message: "first used on line 2", hint: "remove"),
        YAMLRejectedInput("explicit list key", "? [a, b]\n: c\n", .complexKey, at: 1, 3, message: "a list", hint: "plain text key"),
        YAMLRejectedInput("flow list key in a flow mapping", "{[a]: b}", .complexKey, at: 1, 2, message: "a list", hint: "plain text key"),
        YAMLRejectedInput("mapping key", "? {a: 1}\n: c\n", .complexKey, at: 1, 3, message: "a mapping", hint: "plain text key"),
        YAMLRejectedInput("implicit list key", "x: 1\n[a]: b\n", .complexKey, at: 2, 1, message: "a list", hint: "plain text key"),
    ]

    @Test("documents, anchors and keys that packs do not allow", arguments: structure)
    func structureErrors(input: YAMLRejectedInput) {
        expectDiagnostic(failure(input.bytes), matches: input)
    }

    @Test("the message of a duplicate key names the key and the line of its first use")
    func duplicateKeyMessage() throws {
        let diagnostic = try #require(failure("name: a\nid: 1\nname: b\n"), "a duplicate key must fail")
        #expect(diagnostic.message == "the key 'name' appears twice in this mapping; it was first used on line 1",
                "unexpected duplicate-key message \(diagnostic.message.debugDescription)")
        #expect(try parsed("a: {k: 1}\nb: {k: 2}\n")["b"]?["k"]?.scalar == "2", "the same key in two mappings is fine")
        let multiLine = try #require(failure("\"a\\nb\": 1\n\"a\\nb\": 2\n"), "a duplicate quoted key with a line break must fail")
        #expect(multiLine.message.hasPrefix("the key 'a\\nb' appears twice"),
                "a key with a line break should be shown escaped on one line, got \(multiLine.message.debugDescription)")
    }

    @Test("a billion-laughs file is rejected at its first anchor")
    func billionLaughs() throws {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        for (index, name) in ["b", "c", "d", "e", "f", "g", "h", "i"].enumerated() {
            let previous = ["a", "b", "c", "d", "e", "f", "g", "h"][index]
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        let diagnostic = try #require(failure(lines.joined(separator: "\n")), "a billion-laughs file must fail")
        #expect(diagnostic.code == .aliasNotAllowed, "billion laughs should be ACC106, got \(diagnostic.code)")
        #expect(diagnostic.location?.line == 1 && diagnostic.location?.column == 4, "it should stop at the first anchor, 1:4")
    }

    /// Deeply nested inputs, generated, and where the 65th level starts.
    static let deepInputs: [YAMLRejectedInput] = [
        YAMLRejectedInput("100,000 '['", String(repeating: "[", count: 100_000), .nestingTooDeep, at: 1, 65,
                      message: "64 levels", hint: "flatten"),
        YAMLRejectedInput("100,000 '{a: '", String(repeating: "{a: ", count: 100_000), .nestingTooDeep, at: 1, 257,
                      message: "64 levels", hint: "flatten"),
        YAMLRejectedInput("100,000 nested block mappings", String(repeating: "? ", count: 100_000) + "k\n", .nestingTooDeep, at: 1, 129,
                      message: "64 levels", hint: "flatten"),
        YAMLRejectedInput("100,000 nested block lists", String(repeating: "- ", count: 100_000) + "x\n", .nestingTooDeep, at: 1, 129,
                      message: "64 levels", hint: "flatten"),
        YAMLRejectedInput("200 indented block mappings", (0..<200).map { String(repeating: " ", count: $0) + "k:\n" }.joined(),
                      .nestingTooDeep, at: 65, 65, message: "64 levels", hint: "flatten"),
    ]

    @Test("nesting deeper than maxDepth fails at the node that crosses it, without recursion", arguments: deepInputs)
    func tooDeep(input: YAMLRejectedInput) {
        expectDiagnostic(failure(input.bytes), matches: input)
    }

    @Test("a smaller maxDepth is honoured")
    func customDepth() throws {
        let diagnostic = try #require(failure("a:\n  b:\n    c: 1\n", limits: YAMLLimits(maxDepth: 2)), "three levels over a limit of 2 must fail")
        #expect(diagnostic.code == .nestingTooDeep, "depth over the limit is ACC502, got \(diagnostic.code)")
        #expect(diagnostic.location?.line == 3 && diagnostic.location?.column == 5, "the third mapping starts at 3:5")
    }

    @Test("more nodes than maxNodes fails at the first node over, as fileTooLarge")
    func tooManyNodes() throws {
        let diagnostic = try #require(failure("[1, 2, 3, 4, 5]", limits: YAMLLimits(maxNodes: 5)), "six nodes over a limit of 5 must fail")
        #expect(diagnostic.code == .fileTooLarge, "too many nodes is ACC501, got \(diagnostic.code)")
        #expect(diagnostic.location == Accord.SourceLocation(file: "pack.yaml", line: 1, column: 14), "the sixth node, '5', is at 1:14")
        #expect(diagnostic.message.contains("5"), "the message should give the limit, got \(diagnostic.message.debugDescription)")
    }

    static let syntax: [YAMLRejectedInput] = [
        YAMLRejectedInput("tab indenting a key", "a:\n\tb: 1\n", .yamlSyntax, at: 2, 1, message: "tab", hint: "spaces, not tabs"),
        YAMLRejectedInput("tab after a nested key", "a:\n  b: 1\n\tc: 2\n", .yamlSyntax, at: 3, 1, message: "tab", hint: "spaces, not tabs"),
        YAMLRejectedInput("tab in a block scalar", "a: |\n  x\n\ty\n", .yamlSyntax, at: 3, 1, message: "tab", hint: "spaces, not tabs"),
        YAMLRejectedInput("unclosed double quote", "a: \"abc\n", .yamlSyntax, at: 2, 1, message: "line 1, column 4 is never closed", hint: "closing quote"),
        YAMLRejectedInput("unclosed single quote", "a: 'abc", .yamlSyntax, at: 1, 8, message: "never closed", hint: "closing quote"),
        YAMLRejectedInput("unclosed '[' at the end", "[a, b", .yamlSyntax, at: 1, 6, message: "'['", hint: "']'"),
        YAMLRejectedInput("unclosed '[' then newline", "k: [a, b\n", .yamlSyntax, at: 2, 1, message: "line 1, column 4", hint: "']'"),
        YAMLRejectedInput("unclosed '{'", "{a: 1", .yamlSyntax, at: 1, 6, message: "'{'", hint: "'}'"),
        YAMLRejectedInput("bad indentation", "a:\n  b: 1\n c: 2\n", .yamlSyntax, at: 3, 2, message: "mapping", hint: "indent"),
        YAMLRejectedInput("key: value: other", "key: value: other\n", .yamlSyntax, at: 1, 11, message: "':'", hint: "\"value: other\""),
        YAMLRejectedInput("reserved '@'", "pattern: @party # who\n", .yamlSyntax, at: 1, 10, message: "'@'", hint: "\"@party\""),
        YAMLRejectedInput("unknown escape", "p: \"\\d+\"\n", .yamlSyntax, at: 1, 5, message: "'\\d'", hint: "single quotes"),
        YAMLRejectedInput("list item after a key", "a: - b\n", .yamlSyntax, at: 1, 4, message: "'- '", hint: "next line"),
        YAMLRejectedInput("list item inside a mapping", "a: 1\n- b\n", .yamlSyntax, at: 2, 1, message: "key of the mapping", hint: "indent"),
        YAMLRejectedInput("key inside a list", "- a\nb: 1\n", .yamlSyntax, at: 2, 1, message: "item of the list", hint: "indent"),
        YAMLRejectedInput("line without ':'", "a: 1\nb\nc: 2\n", .yamlSyntax, at: 3, 1, message: "line 2, column 1", hint: "': '"),
        YAMLRejectedInput("text after a quoted document", "\"x\" y\n", .yamlSyntax, at: 1, 5, message: "after the end", hint: "remove"),
        YAMLRejectedInput("directive without '---'", "%YAML 1.1\na: 1\n", .yamlSyntax, at: 2, 1, message: "directive", hint: "---"),
        YAMLRejectedInput("undefined tag handle", "a: !foo!bar x\n", .yamlSyntax, at: 1, 4, message: "tag", hint: "remove the tag"),
        YAMLRejectedInput("bare '*'", "a: *\n", .yamlSyntax, at: 1, 5, message: "anchor or alias", hint: "quotes"),
    ]

    @Test("libyaml syntax errors become one clear sentence at libyaml's problem mark", arguments: syntax)
    func syntaxErrors(input: YAMLRejectedInput) {
        expectDiagnostic(failure(input.bytes), matches: input)
    }

    @Test("a diagnostic renders compiler-style with the source line and caret")
    func rendering() throws {
        let diagnostic = try #require(failure("a:\n\tb: 1\n"), "tab indentation must fail")
        #expect(diagnostic.description.hasPrefix("pack.yaml:2:1: error: a tab character is used for indentation [ACC103]"),
                "unexpected rendering \(diagnostic.description.debugDescription)")
        #expect(diagnostic.description.contains("\n    ^\nhint: YAML indentation must use spaces, not tabs"),
                "the caret and hint should follow the source line, got \(diagnostic.description.debugDescription)")
    }

    @Test("the String and byte entry points agree on errors", arguments: ["a: 1\na: 2\n", "[a", "", "a: &x 1"])
    func entryPointsAgree(text: String) {
        var viaString: AccordError?
        var viaBytes: AccordError?
        do { _ = try YAMLReader.parse(text, file: "pack.yaml") } catch { viaString = error }
        do { _ = try YAMLReader.parse(Array(text.utf8), file: "pack.yaml") } catch { viaBytes = error }
        #expect(viaString != nil && viaString == viaBytes, "both entry points should fail the same way for \(text.debugDescription)")
    }
}

/// The source text's scans pass eight printable ASCII bytes at a time; a byte that stops them is
/// found at every offset within and across those words.
@Suite("YAML source text scans")
struct YAMLSourceTextScanTests {
    /// `count` printable ASCII bytes with `inserted` at `position`.
    static func text(_ inserted: [UInt8], at position: Int, count: Int = 40) -> [UInt8] {
        var bytes = (0..<count).map { UInt8(ascii: "a") + UInt8($0 % 26) }
        bytes.replaceSubrange(position..<position + 1, with: inserted)
        return bytes
    }

    @Test("an unreadable byte is reported at its column at every offset", arguments: [
        ([UInt8(0x00)], Diagnostic.Code.invalidUTF8), ([0x01], .yamlSyntax), ([0x1F], .yamlSyntax),
        ([0x7F], .yamlSyntax), ([0xFF], .invalidUTF8), ([0x80], .invalidUTF8), ([0xC3], .invalidUTF8),
    ])
    func unreadableBytes(byte: [UInt8], code: Diagnostic.Code) {
        for position in 0..<24 {
            let bytes = Self.text(byte, at: position)
            do {
                try YAMLSourceText(bytes).validate(file: "x.yaml")
                Issue.record("byte \(byte) at \(position) was not reported")
            } catch {
                let diagnostic = error.diagnostics.first
                #expect(diagnostic?.code == code && diagnostic?.location?.line == 1 && diagnostic?.location?.column == position + 1,
                        "byte \(byte) at \(position): \(String(describing: diagnostic))")
            }
        }
    }

    @Test("tabs, line breaks and letters are readable at every offset", arguments: [
        [UInt8(0x09)], [0x0A], [0x0D], [0x0D, 0x0A], [0xC3, 0xA0], [0xE1, 0xBB, 0x87], [0xC2, 0x85], [0xE2, 0x80, 0xA8],
    ])
    func readableBytes(inserted: [UInt8]) throws {
        for position in 0..<24 {
            try YAMLSourceText(Self.text(inserted, at: position)).validate(file: "x.yaml")
        }
    }

    @Test("lines start after every line break, at every offset", arguments: [
        [UInt8(0x0A)], [0x0D], [0x0D, 0x0A], [0xC2, 0x85], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9], [0xC3, 0xA0], [0x09],
    ])
    func lineStarts(inserted: [UInt8]) {
        for position in 0..<24 {
            let bytes = Self.text(inserted, at: position)
            let isBreak = inserted != [0xC3, 0xA0] && inserted != [0x09]
            let expected = isBreak ? [0, position + inserted.count] : [0]
            #expect(YAMLSourceText(bytes).lineStarts() == expected, "\(inserted) at \(position)")
        }
    }
}
