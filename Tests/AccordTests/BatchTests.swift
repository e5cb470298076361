@testable import Accord
import Testing

@Suite("Batch analysis")
struct BatchTests {
    @Test("analyses a stream in input order with bounded concurrency", arguments: [1, 3, 8])
    func ordered(width: Int) async throws {
        let engine = try TestSupport.miniEngine()
        let texts = (0..<40).map { index in
            index % 3 == 0 ? "Nhật Bản và Ấn Độ nhất trí lần \(index)." : "Không có gì \(index) ở đây, khoảng \(index) tỷ USD."
        }
        let stream = AsyncStream<String> { continuation in
            for text in texts { continuation.yield(text) }
            continuation.finish()
        }
        var results: [Analysis] = []
        for try await analysis in engine.analyses(of: stream, maxConcurrency: width) { results.append(analysis) }
        #expect(results.count == texts.count, "one analysis per text")
        #expect(results == texts.map { engine.analyze($0) }, "the stream gives the sequential results, in order, with \(width) at once")
    }
}

@Suite("Long documents")
struct WindowTests {
    @Test("a document longer than the window gives the results of its windows, in the whole text's coordinates")
    func windows() throws {
        let paragraph = "Ngày 7/9, Nhật Bản và Ấn Độ nhất trí tăng cường hợp tác về năng lượng sạch. Hai bên cam kết khoản vay 5.000 tỷ Yen."
        let text = Array(repeating: paragraph, count: 60).joined(separator: "\n")
        let whole = try TestSupport.miniEngine()
        var small = Limits()
        small.maxWindowBytes = 1_000
        let windowed = try Engine(yaml: [try TestSupport.miniPackYAML], limits: small)
        let reference = whole.analyze(text)
        let parts = windowed.analyze(text)
        #expect(text.utf8.count > 5 * small.maxWindowBytes, "the text spans many windows")
        #expect(parts.parties.count == reference.parties.count && parts.amounts.count == reference.amounts.count,
                "windows find every party and amount: \(parts.parties.count)/\(reference.parties.count), \(parts.amounts.count)/\(reference.amounts.count)")
        #expect(parts.parties.map(\.span.start) == reference.parties.map(\.span.start), "scalar offsets are in the whole text")
        #expect(parts.sentences == reference.sentences, "sentences are in the whole text's coordinates")
        #expect(parts.agreements.map(\.span.sentence) == reference.agreements.map(\.span.sentence), "sentence indices continue across windows")
        for party in parts.parties {
            #expect(Array(text[party.span.range].unicodeScalars) == Array(party.text.unicodeScalars), "each range selects its text")
        }
    }

    @Test("a window boundary never splits a character, even in text without spaces")
    func noSpaces() throws {
        var limits = Limits()
        limits.maxWindowBytes = 64
        let engine = try Engine(yaml: [try TestSupport.miniPackYAML], limits: limits)
        let text = String(repeating: "ẤnĐộ", count: 200) + " Nhật Bản"
        let analysis = engine.analyze(text)
        #expect(analysis.parties.map(\.id) == ["JP"], "the party after the long word is found; got \(analysis.parties.map(\.id))")
        let party = try #require(analysis.parties.first)
        #expect(String(text[party.span.range]) == "Nhật Bản", "its range selects it in the whole text")
    }
}
