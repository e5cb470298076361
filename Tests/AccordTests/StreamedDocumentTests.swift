@testable import Accord
import Foundation
import Testing

/// A document too long to hold is read and analysed in pieces: the JSONL record reader, the
/// UTF-8 decoder and the windowed JSON writer must each give what the whole-text path gives,
/// wherever the pieces are cut.
@Suite("Documents read in pieces")
struct StreamedDocumentTests {
    /// The sizes the input is cut into: one byte (every boundary is crossed), awkward small
    /// sizes, and the whole at once.
    static let pieceSizes = [1, 2, 3, 7, 64, Int.max]

    /// Splits bytes into pieces of `size` and calls `body` with each.
    static func pieces(_ bytes: [UInt8], size: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        repeat {
            let end = start + min(size, bytes.count - start)
            bytes[start..<end].withUnsafeBufferPointer(body)
            start = end
        } while start < bytes.count
    }

    // MARK: JSONL records

    static let extraLines: [String] = [
        #"{"id": [], "text": "t"}"#,
        #"{"id": true, "text": "t"}"#,
        #"{"id": {"a": "b"}, "text": "t"}"#,
        #"{"id": "a", "text": {"x": "y"}}"#,
        #"{"id": "a", "text": null}"#,
        #"{"text": 5, "text": "t", "id": 1}"#,
        #"{"id": "a", "id": 7, "text": "t"}"#,
        #"{"\u0069d": "escaped key", "t\u0065xt": "v"}"#,
        #"{"identity": "x", "id": "a", "texts": "no", "text": "yes"}"#,
        #"{"id": 0, "text": "a\u00e9\ud83d\ude00\"\\\/\b\f\n\r\t"}"#,
        #"{"id": -0.5E+3, "text": "t"}"#,
        #"{"id": 1., "text": "t"}"#,
        #"{"id": 1e, "text": "t"}"#,
        #"{"id": -, "text": "t"}"#,
        #"{"id": "a", "text": "t"}}"#,
        #"{"id": "a" "text": "t"}"#,
        #"{"id": "a", "text": "\ud83d"}"#,
        #"{"id": "a", "text": "\ud83d\u0041"}"#,
        #"{"id": "a", "text": "\ude00"}"#,
        #"{"id": "a", "text": "\u12G4"}"#,
        #"{,}"#,
        "{}",
        "[]",
        #""just a string""#,
        "-3",
        "nul",
        "}",
        #"{"id": "a", "text": "t", "more": [[], {}, [{"k": [null, true, false, -1.5e-2, "s"]}]]}"#,
    ]

    static var recordLines: [String] { JSONRecordParserTests.cases.map(\.line) + extraLines }

    /// The stream's outcome and text, in the parser's terms.
    static func streamed(_ line: String, pieceSize: Int) -> JSONRecordParser.Record {
        var stream = JSONRecordStream()
        var text: [UInt8] = []
        pieces(Array(line.utf8), size: pieceSize) { piece in stream.consume(piece) { text.append(contentsOf: $0) } }
        switch stream.finish() {
        case .blank: return .blank
        case .document(let id): return .document(id: id, text: RecordText(utf8: text))
        case .invalid(let id, let reason): return .invalid(id: id, reason: reason)
        }
    }

    @Test("a record read in pieces is the record the parser reads whole", arguments: pieceSizes)
    func recordsAgree(pieceSize: Int) {
        for line in Self.recordLines {
            #expect(Self.streamed(line, pieceSize: pieceSize) == JSONRecordParser.parse(line),
                    "pieces of \(pieceSize) bytes: \(line)")
        }
    }

    @Test("mutated records: read in random pieces, the stream and the parser agree on every one")
    func mutatedRecordsAgree() {
        // Bytes that matter to JSON, and a few that do not, inserted, replaced and deleted at
        // random in the table's lines by a fixed generator: thousands of near-miss records.
        let alphabet = Array(#"{}[]":,\/"ubfnrt0123456789-+.eE aé"#.utf8) + [0x00, 0x1F, 0x7F, 0xC3, 0xFF]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % max(bound, 1)
        }
        let lines = Self.recordLines.map { Array($0.utf8) }
        var disagreements: [String] = []
        for _ in 0..<4_000 {
            var line = lines[next(lines.count)]
            for _ in 0..<(1 + next(3)) {
                let at = next(line.count + 1)
                switch next(3) {
                case 0: line.insert(alphabet[next(alphabet.count)], at: at)
                case 1 where at < line.count: line[at] = alphabet[next(alphabet.count)]
                default: if at < line.count { line.remove(at: at) }
                }
            }
            let whole = line.withUnsafeBufferPointer { JSONRecordParser.parse(bytes: $0) }
            var stream = JSONRecordStream()
            var text: [UInt8] = []
            Self.pieces(line, size: 1 + next(9)) { piece in stream.consume(piece) { text.append(contentsOf: $0) } }
            let streamed: JSONRecordParser.Record = switch stream.finish() {
            case .blank: .blank
            case .document(let id): .document(id: id, text: RecordText(utf8: text))
            case .invalid(let id, let reason): .invalid(id: id, reason: reason)
            }
            if streamed != whole { disagreements.append("\(String(decoding: line, as: UTF8.self)): \(streamed) vs \(whole)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) lines read differently, first: \(disagreements.prefix(3))")
    }

    @Test("nesting past the parser's limit is refused in pieces too, at the same depth")
    func deepNesting() {
        for depth in [JSONRecordParser.maxDepth, JSONRecordParser.maxDepth + 1] {
            let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            for line in [#"{"id": "a", "x": "# + nested + #", "text": "t"}"#, nested] {
                #expect(Self.streamed(line, pieceSize: 5) == JSONRecordParser.parse(line), "depth \(depth)")
            }
        }
    }

    @Test("invalid UTF-8 inside a record's text is replaced as the parser replaces it")
    func invalidBytesInRecord() {
        let line = Array(#"{"id": "b", "text": "Nh"#.utf8) + [0xE1, 0xBA] + Array(" x ".utf8) + [0xFF, 0xC3] + Array(#""}"#.utf8)
        let whole = line.withUnsafeBufferPointer { JSONRecordParser.parse(bytes: $0) }
        for size in Self.pieceSizes {
            var stream = JSONRecordStream()
            var decoder = UTF8ChunkDecoder()
            var text: [UInt8] = []
            Self.pieces(line, size: size) { piece in stream.consume(piece) { decoder.decode($0, into: &text) } }
            decoder.finish(into: &text)
            let outcome = stream.finish()
            // The whole line's text keeps its bytes; repaired as a String, they are the decoder's.
            let repaired = if case .document(_, let wholeText) = whole { Array(wholeText.string.utf8) } else { [UInt8]() }
            #expect(outcome == .document(id: "b") && repaired == text, "pieces of \(size): \(outcome), \(whole)")
        }
    }

    // MARK: UTF-8 in pieces

    @Test("UTF-8 decoded in pieces is the UTF-8 of the whole, invalid bytes and all", arguments: [1, 2, 3, 5, 11])
    func decoderAgrees(pieceSize: Int) {
        // Valid characters of every length, truncated ones, stray continuation bytes, overlong
        // and surrogate encodings, bytes that never occur: mixed by a fixed generator.
        let atoms: [[UInt8]] = [
            [0x41], [0xC3, 0xA9], [0xE1, 0xBA, 0xAD], [0xF0, 0x9F, 0x98, 0x80], [0xE1, 0xBA], [0xF0, 0x9F, 0x98],
            [0x80], [0xBF, 0xBF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xC2], [0x20],
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<12 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes += atoms[Int(state >> 33) % atoms.count]
            }
            var decoder = UTF8ChunkDecoder()
            var output: [UInt8] = []
            Self.pieces(bytes, size: pieceSize) { decoder.decode($0, into: &output) }
            decoder.finish(into: &output)
            #expect(output == Array(String(decoding: bytes, as: UTF8.self).utf8), "bytes \(bytes) in pieces of \(pieceSize)")
        }
    }

    // MARK: Windowed JSON

    /// Keeps the arrays in memory, as the CLI's temporary files keep them on disk.
    final class MemorySpool: JSONArraySpool {
        var arrays: [JSONWriter.ResultArray: [UInt8]] = [:]
        var appends = 0

        func append(_ bytes: UnsafeBufferPointer<UInt8>, to array: JSONWriter.ResultArray) {
            arrays[array, default: []] += Array(bytes)
            appends += 1
        }

        func read(_ array: JSONWriter.ResultArray, _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws {
            arrays[array, default: []].withUnsafeBufferPointer(body)
        }
    }

    /// The streamed line and warnings for a text given as bytes in pieces.
    static func streamedJSON(_ engine: Engine, _ bytes: [UInt8], id: String?, pieceSize: Int,
                             language: String? = nil) throws -> (json: [UInt8], warnings: [Diagnostic], appends: Int) {
        var session = AnalysisSession(engine: engine)
        let spool = MemorySpool()
        var document = StreamedJSONDocument(spool: spool, language: language, referenceDate: nil)
        pieces(bytes, size: pieceSize) { document.append($0, session: &session) }
        document.finish(session: &session)
        var json: [UInt8] = []
        try document.write(id: id) { json += Array($0) }
        return (json, document.warnings, spool.appends)
    }

    static func expectSame(_ engine: Engine, _ bytes: [UInt8], id: String, pieceSizes: [Int] = [997, 4096, Int.max],
                           language: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        var session = AnalysisSession(engine: engine)
        let (expected, expectedWarnings) = session.analyzeJSON(String(decoding: bytes, as: UTF8.self), id: id, language: language)
        for size in pieceSizes {
            let (json, warnings, _) = try streamedJSON(engine, bytes, id: id, pieceSize: size, language: language)
            let same = json == expected
            #expect(same, "\(id), pieces of \(size): \(same ? "" : DirectJSONTests.difference(json, expected))",
                    sourceLocation: sourceLocation)
            #expect(warnings == expectedWarnings, "\(id), pieces of \(size): warnings \(warnings) instead of \(expectedWarnings)",
                    sourceLocation: sourceLocation)
        }
    }

    /// The gold set's paragraphs of a language, one text, lines joined the way a corpus would.
    static func goldText(_ language: String, separator: String) throws -> String {
        try ChunkingTests.paragraphs(language: language).joined(separator: separator)
    }

    static func engine(windowBytes: Int, maxResults: Int = Limits.default.maxMatchesPerDocument) throws -> Engine {
        var limits = Limits.default
        limits.maxWindowBytes = windowBytes
        limits.maxMatchesPerDocument = maxResults
        return try Engine(packs: try Engine.standardPacks(), limits: limits)
    }

    @Test("a long document in pieces gives the whole text's JSON line, cut at lines, sentences, spaces or characters",
          arguments: ["\n", " ", ""])
    func windowsAgree(separator: String) throws {
        let engine = try Self.engine(windowBytes: 2_000)
        for language in ["vi", "en"] {
            let text = try Self.goldText(language, separator: separator)
            try #require(text.utf8.count > 20_000, "the \(language) gold text should span many windows")
            try Self.expectSame(engine, Array(text.utf8), id: "\(language) joined by \(separator.debugDescription)")
        }
    }

    @Test("the result limit falls in the first, a middle or the last window, or is never reached",
          arguments: [0, 1, 40, 333, 100_000])
    func limitAgrees(limit: Int) throws {
        let engine = try Self.engine(windowBytes: 3_000, maxResults: limit)
        let text = try Self.goldText("vi", separator: "\n")
        try Self.expectSame(engine, Array(text.utf8), id: "limit \(limit)")
    }

    @Test("detection reads the first kilobyte even when windows are smaller; an unloaded language has no results")
    func languages() throws {
        let engine = try Self.engine(windowBytes: 300)
        let english = try Self.goldText("en", separator: "\n")
        try Self.expectSame(engine, Array(english.utf8), id: "small windows")
        try Self.expectSame(engine, Array(english.utf8), id: "no packs", language: "fr")
        try Self.expectSame(engine, [], id: "empty")
        try Self.expectSame(engine, Array("Nhật Bản".utf8), id: "short")
    }

    @Test("windows smaller than a character still move on, a character at a time", .timeLimit(.minutes(1)),
          arguments: [0, 1, 2])
    func tinyWindows(bytes: Int) throws {
        let text = "Nhật Bản và Ấn Độ nhất trí."
        // Checked on the cut itself first: a cut that does not move on would loop below.
        let utf8 = Array(text.utf8)
        var start = 0
        while start < utf8.count {
            let end = utf8.withUnsafeBufferPointer { DocumentWindows.windowEnd(in: $0, from: start, maxBytes: bytes) }
            try #require(end > start, "a window of \(bytes) bytes from byte \(start) does not move on")
            #expect(end == utf8.count || utf8[end] & 0xC0 != 0x80, "the cut at \(end) splits a character")
            start = end
        }
        let engine = try Self.engine(windowBytes: bytes)
        try Self.expectSame(engine, Array(text.utf8), id: "window of \(bytes)", pieceSizes: [1, Int.max])
        let analysis = engine.analyze(text)
        #expect(analysis.sentences.count >= 1, "the text was analysed in windows of \(bytes) bytes")
    }

    @Test("invalid UTF-8 and a text with no space at all")
    func awkwardText() throws {
        let engine = try Self.engine(windowBytes: 1_000)
        let vietnamese = try Self.goldText("vi", separator: "\n")
        var bytes: [UInt8] = []
        for (number, byte) in vietnamese.utf8.prefix(30_000).enumerated() {
            bytes.append(byte)
            if number % 977 == 0 { bytes += [0xFF, 0xE1, 0xBA] }
        }
        try Self.expectSame(engine, bytes, id: "invalid bytes", pieceSizes: [1_000, Int.max])
        try Self.expectSame(engine, Array(String(repeating: "Nhật", count: 3_000).utf8), id: "no spaces")
    }

    @Test("the arrays wait in the spool, a window's objects at a time")
    func spoolIsUsed() throws {
        let engine = try Self.engine(windowBytes: 2_000)
        let text = try Self.goldText("vi", separator: "\n")
        let (_, _, appends) = try Self.streamedJSON(engine, Array(text.utf8), id: "x", pieceSize: 4_096)
        // Many windows, each adding to several arrays: far more appends than arrays.
        #expect(appends > 40, "only \(appends) appends to the spool for a text of \(text.utf8.count) bytes in 2 KB windows")
    }
}
