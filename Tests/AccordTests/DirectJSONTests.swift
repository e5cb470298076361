@testable import Accord
import Foundation
import Testing

/// `accord extract` writes JSON straight from raw results (``JSONResultSink``); it must give the
/// bytes of the typed analysis's `jsonBytes(id:)`, for every kind, limit and window.
@Suite("Direct JSON lines")
struct DirectJSONTests {
    /// The gold set's paragraphs and the seed article: every built-in kind, both languages.
    static let documents: [(id: String, text: String)] = {
        var documents: [(String, String)] = []
        if let url = Bundle.module.url(forResource: "Fixtures/gold/dev", withExtension: "jsonl"),
           let data = try? Data(contentsOf: url), let gold = try? Evaluator.load(data, file: url.path) {
            documents += gold.map { ($0.id, $0.text) }
        }
        if let seed = TestSupport.seedText { documents.append(("seed", seed)) }
        return documents
    }()

    /// The first difference between two JSON lines, for a failure message.
    static func difference(_ direct: [UInt8], _ typed: [UInt8]) -> String {
        let same = zip(direct, typed).prefix { $0 == $1 }.count
        let context = { (bytes: [UInt8]) in String(decoding: bytes[max(0, same - 40)..<min(bytes.count, same + 40)], as: UTF8.self) }
        return "differ at byte \(same): direct …\(context(direct))… typed …\(context(typed))…"
    }

    static func expectSame(_ engine: Engine, _ text: String, id: String?, reference: CalendarDate? = nil,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        expectSame(engine, utf8: Array(text.utf8), id: id, reference: reference, sourceLocation: sourceLocation)
    }

    /// Both direct paths, from a `String` and from UTF-8 (as the CLI reads JSON lines), against
    /// the typed analysis of the text as a `String` makes it (malformed bytes repaired).
    static func expectSame(_ engine: Engine, utf8 bytes: [UInt8], id: String?, reference: CalendarDate? = nil,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let text = String(decoding: bytes, as: UTF8.self)
        var direct = AnalysisSession(engine: engine), fromUTF8 = AnalysisSession(engine: engine), typed = AnalysisSession(engine: engine)
        let analysis = typed.analyze(text, referenceDate: reference)
        let expected = analysis.jsonBytes(id: id)
        let lines: [(path: String, line: (json: [UInt8], warnings: [Diagnostic]))] = [
            ("String", direct.analyzeJSON(text, id: id, referenceDate: reference)),
            ("UTF-8", fromUTF8.analyzeJSON(utf8: bytes, id: id, referenceDate: reference)),
        ]
        for (path, (json, warnings)) in lines {
            // Compared first, so a failure prints the first difference, not two whole byte arrays.
            let same = json == expected
            #expect(same, "\(id ?? "a document") from \(path): \(same ? "" : difference(json, expected))", sourceLocation: sourceLocation)
            #expect(warnings == analysis.warnings, "\(id ?? "a document") from \(path): the warnings differ", sourceLocation: sourceLocation)
        }
    }

    /// Malformed UTF-8 around and inside results: the UTF-8 path must analyse the text the
    /// `String` repairs, not the bytes as they are.
    static let malformed: [(name: String, bytes: [UInt8])] = {
        let sentence = Array("Việt Nam và Nhật Bản nhất trí hợp tác về năng lượng.".utf8)
        return [
            ("a lone continuation byte", [0x80] + sentence),
            ("a truncated sequence in a word", Array("Việt Nam và Nh".utf8) + [0xE1, 0xBA] + Array("t Bản nhất trí hợp tác.".utf8)),
            ("an overlong encoding", sentence + [0xC0, 0xAF] + sentence),
            ("an encoded surrogate", sentence + [0xED, 0xA0, 0x80]),
            ("a byte never in UTF-8", [0xFF] + sentence + [0xFE]),
            ("a joiner before a malformed byte", sentence + Array("👨\u{200D}".utf8) + [0xF0, 0x9F]),
            ("a sequence cut by the end", sentence + [0xF0, 0x9F, 0x98]),
        ]
    }()

    @Test("malformed UTF-8 gives the lines of the repaired text", arguments: malformed)
    func malformedUTF8(_ name: String, _ bytes: [UInt8]) throws {
        let engine = try #require(standardEngine, "the standard packs should compile")
        Self.expectSame(engine, utf8: bytes, id: name)
    }

    /// Generated text around the gold set's words, some of it with a byte flipped or cut short,
    /// through both direct paths: what the tokeniser calls well-formed must analyse as the
    /// `String` of it does, and what it calls malformed as the repaired `String`.
    @Test("generated and damaged text gives the same line from UTF-8 as from a String")
    func generatedUTF8() throws {
        let engine = try #require(standardEngine, "the standard packs should compile")
        let words = Self.documents.prefix(20).flatMap { $0.text.split(separator: " ").prefix(30).map(String.init) }
        try #require(!words.isEmpty, "the gold set should give words to build texts from")
        var generator = TextSampleGenerator(seed: 0x5EED_0F08)
        for number in 0..<120 {
            var bytes = Array((0..<Int(generator.next() % 40 + 1)).map { _ in
                generator.next() % 4 == 0 ? generator.text(pieces: 1) : words[Int(generator.next() % UInt64(words.count))]
            }.joined(separator: " ").utf8)
            if !bytes.isEmpty, generator.next() % 3 == 0 { bytes[Int(generator.next() % UInt64(bytes.count))] ^= UInt8(truncatingIfNeeded: generator.next() | 0x80) }
            if !bytes.isEmpty, generator.next() % 5 == 0 { bytes.removeLast(Int(generator.next() % UInt64(min(3, bytes.count))) + 1) }
            Self.expectSame(engine, utf8: bytes, id: "generated-\(number)")
        }
    }

    @Test("the gold set and the seed article, with and without a reference date")
    func standardPacks() throws {
        let engine = try #require(standardEngine, "the standard packs should compile")
        try #require(Self.documents.count > 100, "the gold set should be bundled")
        for (id, text) in Self.documents {
            Self.expectSame(engine, text, id: id)
            Self.expectSame(engine, text, id: nil, reference: CalendarDate(year: 2022, month: 9, day: 8))
        }
    }

    @Test("one session's lines equal fresh sessions' whatever came before (its tables are reused)",
          arguments: [false, true])
    func reusedTables(reversed: Bool) throws {
        let engine = try #require(standardEngine, "the standard packs should compile")
        // The seed article first or last, so long tables are reused by short documents and the reverse.
        let documents = reversed ? Self.documents.reversed() : Self.documents
        try #require(documents.count > 100, "the gold set should be bundled")
        var shared = AnalysisSession(engine: engine)
        for (id, text) in documents {
            var fresh = AnalysisSession(engine: engine)
            let alone = fresh.analyzeJSON(utf8: Array(text.utf8), id: id).json
            let after = shared.analyzeJSON(utf8: Array(text.utf8), id: id).json
            #expect(after == alone, "\(id) after the documents before it: \(Self.difference(after, alone))")
        }
    }

    @Test("custom kinds with captured, extracted and set: fields")
    func customKinds() throws {
        let engine = try Engine(yaml: [CustomResultTests.pack])
        Self.expectSame(engine, "EU áp đặt cấm vận đối với Nga từ năm 2014. Sau đó là phong tỏa tài sản đối với \"Iran\".", id: "c1")
    }

    @Test("past the result limit and past the window size, the typed path's bytes and warnings")
    func limitsAndWindows() throws {
        let text = try #require(Self.documents.first { $0.id == "seed" }?.text ?? Self.documents.first?.text)
        var few = Limits.default
        few.maxMatchesPerDocument = 3
        Self.expectSame(try Engine(packs: try Engine.standardPacks(), limits: few), text, id: "limited")
        var small = Limits.default
        small.maxWindowBytes = 1_000
        Self.expectSame(try Engine(packs: try Engine.standardPacks(), limits: small), String(repeating: text + "\n\n", count: 3), id: "windows")
    }

    @Test("ids and areas needing escapes, from the engine's rendered literals and from captures")
    func escapedIDs() throws {
        // Lexicon ids are table strings (written from literals rendered at compile time); a
        // captured token's text is not (escaped as it is written); both must match the typed path.
        let pack = TestSupport.pack("escaped-ids", #"""
            lexicons:
              states: {entries: {"A\"B": [Alpha], "C\\D": [Beta], "Ω\u0001": [Gamma]}}
              topics: {entries: {"area\"x\"": [thép]}}
            rules:
              - {id: state, kind: party, pattern: 'id:%states'}
              - {id: named, kind: party, pattern: '"nước" id:/[A-Z]\w+/'}
              - {id: topic, kind: cooperation, pattern: 'area:%topics'}
              - {id: fixed, kind: cooperation, pattern: '"sắt"', set: {area: "iron \"and\" steel"}}
              - {id: partner, kind: partner, pattern: '"với" partner:@party'}
              - {id: pair, kind: pair, pattern: 'first:@party "," second:@party'}
            """#)
        let engine = try Engine(yaml: [pack])
        let text = "Alpha, Beta và Gamma hợp tác về thép và sắt với nước Zeta."
        let analysis = engine.analyze(text)
        #expect(Set(analysis.parties.map(\.id)) == ["A\"B", "C\\D", "Ω\u{1}", "Zeta"], "parties: \(analysis.parties.map(\.id))")
        #expect(analysis.cooperations.count == 2, "both areas should be found: \(analysis.cooperations.map(\.area))")
        // A later rule capturing those results reads their ids back: a table string, and a
        // captured text the table does not have.
        let fields = analysis.matches.map { $0.fields.mapValues(\.description) }
        #expect(fields.contains(["partner": "Zeta"]), "the partner is the captured party's text id: \(fields)")
        #expect(fields.contains(["first": "A\"B", "second": "C\\D"]), "the pair's ids come from the table: \(fields)")
        Self.expectSame(engine, text, id: "escaped")
    }

    @Test("text needing escapes, and an empty document")
    func escapes() throws {
        let engine = try #require(standardEngine, "the standard packs should compile")
        Self.expectSame(engine, "Nhật Bản và \"Ấn Độ\"\tnhất trí hợp tác về năng lượng\\y tế.", id: "quote\"d")
        Self.expectSame(engine, "", id: "empty")
    }
}
