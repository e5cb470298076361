@testable import Accord
import Foundation
import Testing

/// `accord extract` analyses JSON lines a run at a time (`AnalysisSession.analyzeJSON(batch:)`):
/// documents indexed together, then run through the stages together. Each line must be the one
/// the document gives alone, whatever stands next to it in the batch.
@Suite("Batches of documents")
struct BatchAnalysisTests {
    /// Each document's line and warnings analysed alone, in a session of its own order.
    static func alone(_ engine: Engine, _ documents: [(utf8: [UInt8], id: String?)]) -> [(json: [UInt8], warnings: [Diagnostic])] {
        var session = AnalysisSession(engine: engine)
        return documents.map { session.analyzeJSON(utf8: $0.utf8, id: $0.id) }
    }

    static func expectSameAsAlone(_ engine: Engine, _ documents: [(utf8: [UInt8], id: String?)], batches: Int = 1,
                                  sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let expected = alone(engine, documents)
        var session = AnalysisSession(engine: engine)
        // The same documents again in the same session: the second batch refills the tables the
        // first left in each place.
        for round in 1...batches {
            let lines = session.analyzeJSON(batch: documents)
            #expect(lines.count == documents.count, "round \(round): one line per document", sourceLocation: sourceLocation)
            for (number, (line, alone)) in zip(lines, expected).enumerated() {
                let name = documents[number].id ?? "document \(number)"
                let same = line.json == alone.json
                #expect(same, "round \(round), \(name): \(same ? "" : DirectJSONTests.difference(line.json, alone.json))",
                        sourceLocation: sourceLocation)
                #expect(line.warnings == alone.warnings, "round \(round), \(name): the warnings differ", sourceLocation: sourceLocation)
            }
        }
    }

    /// The gold paragraphs (both languages) and the seed article, in batches that cross the
    /// group size, with documents taken alone in between: empty text, malformed UTF-8 and a
    /// document longer than a group takes.
    @Test("every line is the document's own, batch after batch")
    func mixedBatch() throws {
        let engine = try #require(standardEngine, "the standard packs should compile")
        var documents = DirectJSONTests.documents.map { (utf8: Array($0.text.utf8), id: Optional($0.id)) }
        try #require(documents.count > 2 * AnalysisSession.groupDocuments, "the gold set should fill several groups")
        let long = String(repeating: (DirectJSONTests.documents.first?.text ?? "") + "\n\n", count: 40)
        try #require(long.utf8.count > AnalysisSession.groupedBytes, "the long document should be longer than a group takes")
        documents.insert((Array(long.utf8), "long"), at: 5)
        documents.insert(([], "empty"), at: 9)
        documents.insert(([0xFF] + Array("Việt Nam và Nhật Bản nhất trí hợp tác.".utf8), "malformed"), at: 20)
        documents.insert((Array("Hôm nay trời đẹp.".utf8), nil), at: 21)
        Self.expectSameAsAlone(engine, documents, batches: 2)
    }

    /// Limits: a document past the result limit warns and drops results, one past the window
    /// size is cut into windows; the documents around them stay grouped.
    @Test("result limits and windows inside a batch")
    func limits() throws {
        let text = try #require(TestSupport.seedText, "the seed article should be readable")
        let gold = DirectJSONTests.documents.prefix(20).map { (utf8: Array($0.text.utf8), id: Optional($0.id)) }
        var few = Limits.default
        few.maxMatchesPerDocument = 3
        Self.expectSameAsAlone(try Engine(packs: try Engine.standardPacks(), limits: few), gold + [(Array(text.utf8), "seed")] + gold)
        var small = Limits.default
        small.maxWindowBytes = 1_000
        Self.expectSameAsAlone(try Engine(packs: try Engine.standardPacks(), limits: small), gold + [(Array(text.utf8), "seed")] + gold)
    }

    /// A language named for every document, one without packs among the runs: those are analysed alone.
    @Test("a named language, with packs and without")
    func namedLanguage() throws {
        let engine = try #require(standardEngine, "the standard packs should compile")
        let documents = DirectJSONTests.documents.prefix(40).map { (utf8: Array($0.text.utf8), id: Optional($0.id)) }
        for language in ["vi", "en", "fr"] {
            var alone = AnalysisSession(engine: engine), batched = AnalysisSession(engine: engine)
            let expected = documents.map { alone.analyzeJSON(utf8: $0.utf8, id: $0.id, language: language) }
            let lines = batched.analyzeJSON(batch: documents, language: language)
            #expect(lines.map(\.json) == expected.map(\.json), "language \(language): the lines differ")
            #expect(lines.map(\.warnings) == expected.map(\.warnings), "language \(language): the warnings differ")
        }
    }
}
