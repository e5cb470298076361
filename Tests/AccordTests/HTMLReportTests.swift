@testable import Accord
import Foundation
import Testing

/// The HTML report: escaping, nesting of overlapping spans, one class per kind, no external
/// references, stable bytes, and a real analysis of an example article.
@Suite("HTML report")
struct HTMLReportTests {
    static let provenance = Provenance(pack: "test-pack", packVersion: "1.2.3", rule: "test-rule")

    /// A span of `text` from Unicode-scalar offset `start` to `end`.
    static func span(_ text: String, _ start: Int, _ end: Int) -> TextSpan {
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: start)
        let upper = scalars.index(scalars.startIndex, offsetBy: end)
        return TextSpan(text: String(scalars[lower..<upper]), range: lower..<upper, start: start, end: end, sentence: 0)
    }

    /// A span over the first occurrence of `phrase` in `text`.
    static func span(_ text: String, _ phrase: String) throws -> TextSpan {
        let range = try #require(text.range(of: phrase), "the test text should contain «\(phrase)»")
        let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
        return span(text, start, start + phrase.unicodeScalars.count)
    }

    /// One result of every kind, in a text that has each.
    static func everyKind() throws -> (text: String, analysis: Analysis) {
        let text = "Ngày 7/9 tại G20, Thủ tướng Nhật Bản Kishida và Ấn Độ nhất trí hợp tác năng lượng, khoản vay 5 tỷ USD, theo hiệp ước X-1."
        var analysis = Analysis()
        analysis.language = "vi"
        analysis.sentences = [0..<text.unicodeScalars.count]
        let japan = Party(id: "JP", span: try span(text, "Nhật Bản"), provenance: provenance)
        let usd = Amount(value: 5_000_000_000, currency: "USD", approximate: false, span: try span(text, "5 tỷ USD"), provenance: provenance)
        let date = DateMention(value: "--09-07", month: 9, day: 7, span: try span(text, "Ngày 7/9"), provenance: provenance)
        analysis.parties = [japan, Party(id: "IN", span: try span(text, "Ấn Độ"), provenance: provenance)]
        analysis.forums = [Forum(id: "g20", span: try span(text, "G20"), provenance: provenance)]
        analysis.cooperations = [Cooperation(area: .energy, span: try span(text, "hợp tác năng lượng"), provenance: provenance)]
        analysis.agreements = [Agreement(kind: .consensus, trigger: "nhất trí", status: .asserted, parties: ["JP", "IN"], areas: [.energy],
                                         forums: ["g20"], amounts: [usd], dates: [date], span: try span(text, "nhất trí"), provenance: provenance)]
        analysis.amounts = [usd]
        analysis.dates = [date]
        analysis.officials = [Official(title: "prime-minister", name: "Kishida", party: "JP", span: try span(text, "Thủ tướng Nhật Bản Kishida"),
                                       provenance: provenance)]
        analysis.matches = [Match(kind: "treaty", id: "X-1", fields: ["number": .integer(1)], span: try span(text, "hiệp ước X-1"),
                                  provenance: provenance)]
        return (text, analysis)
    }

    static func page(_ documents: [(String, String, Analysis)]) -> String {
        HTMLReport(documents: documents.map { HTMLReport.Document(title: $0.0, text: $0.1, analysis: $0.2) }).render()
    }

    static func example(_ name: String) throws -> String {
        let url = TestSupport.packageRoot.appendingPathComponent("Examples/texts/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    // MARK: escaping

    @Test("escapes each special character", arguments: [("<", "&lt;"), ("&", "&amp;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;")])
    func escapesCharacter(_ character: String, _ reference: String) {
        #expect(HTMLEscaping.escape("a\(character)b") == "a\(reference)b")
        #expect(HTMLEscaping.attribute("a\(character)b\nc") == "a\(reference)b&#10;c")
    }

    @Test("escapes text, ids, rules and file names everywhere in the page")
    func escapesPage() throws {
        let text = "Tom & Jerry <b>\"hi\"</b> 'x' Nhật Bản</div><script>alert(1)</script>"
        var analysis = Analysis()
        let hostile = Provenance(pack: "p<&>", packVersion: "1\"'", rule: "r</mark>")
        analysis.parties = [Party(id: "<J&P>\"'", span: try Self.span(text, "<b>\"hi\"</b>"), provenance: hostile)]
        analysis.agreements = [Agreement(kind: .init(rawValue: "k<i>"), trigger: "'x'", status: .init(rawValue: "s&t"), parties: ["<J&P>\"'"],
                                         areas: [], forums: [], amounts: [], dates: [], span: try Self.span(text, "'x'"), provenance: hostile)]
        let html = Self.page([("a<b>&\"c'.txt", text, analysis)])
        for raw in ["<b>", "</b>", "<script", "<J&P>", "p<&>", "r</mark>", "a<b>&", "k<i>", "s&t", "</div><"] {
            #expect(!html.contains(raw), "the page should not contain «\(raw)» unescaped")
        }
        #expect(html.contains("data-id=\"&lt;J&amp;P&gt;&quot;&#39;\""), "the party id should be escaped in data-id")
        #expect(html.contains("<h2><span class=\"number\">1.</span> a&lt;b&gt;&amp;&quot;c&#39;.txt</h2>"), "the file name should be escaped")
        let fragment = try #require(Self.textFragment(of: html, document: 1))
        let parsed = try NestedMarks(fragment)
        #expect(parsed.text == text, "the text should read back exactly after unescaping")
    }

    // MARK: nesting

    /// Span sets over `Self.nestingText`: nested, crossing, equal, adjacent, clipped and empty spans.
    static let spanSets: [[Range<Int>]] = [
        [0..<10, 2..<5],
        [0..<6, 3..<9],
        [0..<5, 2..<8, 4..<12, 4..<12],
        [0..<3, 3..<6, 6..<9],
        [1..<20, 1..<20, 1..<4, 15..<20, 3..<16],
        [5..<5, -3..<2, 8..<100],
        [],
    ]
    static let nestingText = "Nhật Bản & Ấn Độ 🇻🇳 <Mekong> e\u{301} \"x\"\nend"

    @Test("overlapping and crossing spans nest well-formed, and every scalar appears once, in order, inside exactly its spans",
          arguments: spanSets.indices)
    func nesting(_ set: Int) throws {
        try checkNesting(Self.spanSets[set], text: Self.nestingText)
    }

    @Test("random span sets nest well-formed", arguments: 0..<20)
    func randomNesting(_ seed: Int) throws {
        var state = UInt64(seed) &* 6364136223846793005 &+ 1442695040888963407
        func random(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let length = Self.nestingText.unicodeScalars.count
        let spans = (0..<(1 + random(40))).map { _ -> Range<Int> in
            let start = random(length)
            return start..<(start + 1 + random(max(1, min(12, length - start))))
        }
        try checkNesting(spans, text: Self.nestingText)
    }

    private func checkNesting(_ spans: [Range<Int>], text: String) throws {
        let highlights = spans.enumerated().map { index, span in
            Highlight(kind: HighlightKind.allCases[index % HighlightKind.allCases.count], span: span, id: "id\(index)",
                      summary: "result \(index)", provenance: Self.provenance)
        }
        let fragment = HTMLReport.highlightedText(text, highlights: highlights, resultPrefix: "r")
        let parsed = try NestedMarks(fragment)
        #expect(parsed.text == text, "the text should appear exactly once, in order")
        let length = text.unicodeScalars.count
        for offset in 0..<length {
            let expected = Set(spans.indices.filter { spans[$0].clamped(to: 0..<length).contains(offset) }.map { "r\($0)" })
            #expect(parsed.covers[offset] == expected, "scalar \(offset) should be inside exactly the marks of \(expected.sorted())")
            // Hovering shows the innermost mark's title: it must list every covering result.
            #expect(parsed.titleLines[offset] == expected.count, "the hover at scalar \(offset) should list \(expected.count) results")
        }
    }

    // MARK: kinds

    @Test("every kind gets its class, data-kind, colour and legend entry", arguments: HighlightKind.allCases)
    func kindClass(_ kind: HighlightKind) throws {
        let (text, analysis) = try Self.everyKind()
        let html = Self.page([("every-kind.txt", text, analysis)])
        #expect(html.contains("<mark class=\"hl \(kind.rawValue)\" data-kind=\"\(kind.rawValue)\""), "a \(kind) mark should be rendered")
        #expect(html.contains("data-legend=\"\(kind.rawValue)\""), "the legend should list \(kind)")
        #expect(html.contains("mark.hl.\(kind.rawValue), .swatch.\(kind.rawValue) { background: \(kind.background);"), "\(kind) should have its colour")
        let others = HighlightKind.allCases.filter { $0 != kind }
        #expect(!others.contains { $0.background == kind.background || $0.accent == kind.accent }, "\(kind)'s colours should be its own")
    }

    @Test("hover details give kind, id, rule and pack@version, and the agreements table its facts")
    func details() throws {
        let (text, analysis) = try Self.everyKind()
        let html = Self.page([("every-kind.txt", text, analysis)])
        #expect(html.contains("title=\"party IN — rule test-rule — test-pack@1.2.3\""), "a party's hover should give id, rule and pack@version")
        #expect(html.contains("title=\"official prime-minister (JP) Kishida — rule test-rule — test-pack@1.2.3&#10;party JP — rule test-rule — test-pack@1.2.3\""),
                "a party inside an official should list both, outer first")
        #expect(html.contains("agreement A1: consensus, asserted; parties JP, IN; areas energy — rule test-rule"), "an agreement's hover should give kind and status")
        #expect(html.contains("<tr id=\"doc-1-A1\" data-agreement=\"A1\" data-agreement-kind=\"consensus\" data-status=\"asserted\"><td>A1</td><td class=\"kind\">consensus</td><td class=\"status asserted\">asserted</td><td>nhất trí</td><td>JP, IN</td><td>energy</td><td>g20</td><td>5,000,000,000 USD</td><td>--09-07</td><td class=\"sentence\">Ngày 7/9"),
                "the table row should give kind, status, trigger, parties, areas, forums, amounts, dates and the sentence")
    }

    // MARK: self-contained and deterministic

    @Test("the page refers to nothing outside itself")
    func selfContained() throws {
        let (text, analysis) = try Self.everyKind()
        let engine = try #require(standardEngine, "the standard packs should compile")
        let example = try Self.example("mekong-ganga-meeting.txt")
        let html = Self.page([("every-kind.txt", text, analysis), ("mekong.txt", example, engine.analyze(example))])
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
        for reference in ["http://", "https://", "src=", "url(", "@import", "<script", "<link", "<img", "<iframe", "//"] {
            #expect(!html.contains(reference), "the page should not contain «\(reference)»")
        }
        let hrefs = html.components(separatedBy: "href=\"").dropFirst()
        #expect(!hrefs.isEmpty && hrefs.allSatisfy { $0.hasPrefix("#doc-") }, "links should only point inside the page")
    }

    @Test("the same documents give the same bytes")
    func deterministic() throws {
        let engine = try #require(standardEngine, "the standard packs should compile")
        let names = ["mekong-ganga-meeting.txt", "japan-australia-hydrogen.txt", "vn-kr-energy-labour.txt"]
        let texts = try names.map(Self.example)
        let first = Self.page(zip(names, texts).map { ($0, $1, engine.analyze($1)) })
        let second = Self.page(zip(names, texts).map { ($0, $1, engine.analyze($1)) })
        #expect(Array(first.utf8) == Array(second.utf8), "two renderings of the same input should be byte-identical")
    }

    // MARK: a real article

    @Test("the Mekong-Ganga example has a party mark for each country and organisation in it",
          arguments: ["IN", "KH", "LA", "MM", "TH", "VN", "ASEAN"])
    func exampleParty(_ id: String) throws {
        let engine = try #require(standardEngine, "the standard packs should compile")
        let text = try Self.example("mekong-ganga-meeting.txt")
        let html = Self.page([("mekong-ganga-meeting.txt", text, engine.analyze(text))])
        #expect(html.contains("<mark class=\"hl party\" data-kind=\"party\" data-id=\"\(id)\""), "party \(id) should be marked")
    }

    @Test("the Mekong-Ganga example renders its forums, agreements, amounts and dates, and reads back as its text")
    func exampleArticle() throws {
        let engine = try #require(standardEngine, "the standard packs should compile")
        let text = try Self.example("mekong-ganga-meeting.txt")
        let analysis = engine.analyze(text)
        let html = Self.page([("mekong-ganga-meeting.txt", text, analysis)])
        for (kind, id) in [("forum", "amm"), ("forum", "mgc"), ("amount", "50000 USD"), ("date", "2025"), ("area", "agriculture")] {
            #expect(html.contains("data-kind=\"\(kind)\" data-id=\"\(id)\""), "\(kind) \(id) should be marked")
        }
        #expect(!analysis.agreements.isEmpty, "the example reports agreements")
        for number in analysis.agreements.indices.map(Highlight.agreementNumber) {
            #expect(html.contains("<tr id=\"doc-1-\(number)\" data-agreement=\"\(number)\""), "agreement \(number) should have a table row")
            #expect(html.contains("<mark class=\"hl agreement\" data-kind=\"agreement\" data-id=\"\(number)\""), "agreement \(number) should be marked")
        }
        let parsed = try NestedMarks(try #require(Self.textFragment(of: html, document: 1)))
        #expect(parsed.text == text, "the highlighted text should read back as the article")
        #expect(Set(parsed.covers.joined()).count == Highlight.all(in: analysis).count, "every result should be marked")
    }

    /// The inside of document `number`'s text block.
    static func textFragment(of html: String, document number: Int) -> String? {
        guard let article = html.range(of: "<article class=\"document\" id=\"doc-\(number)\""),
              let open = html.range(of: "<div class=\"text\"", range: article.upperBound..<html.endIndex),
              let start = html.range(of: ">", range: open.upperBound..<html.endIndex),
              let end = html.range(of: "</div>\n<h3>Agreements</h3>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }
}

/// Reads back a highlighted text: checks the marks nest, unescapes the text, and records for each
/// scalar the `data-result` of every mark around it and how many lines the innermost mark's title has.
private struct NestedMarks {
    struct Malformed: Error, CustomStringConvertible { var description: String }

    var text = ""
    var covers: [Set<String>] = []
    var titleLines: [Int] = []

    init(_ html: String) throws {
        // Scalars, not Characters: a mark may end between a letter and its combining accent,
        // which a Character view would glue to the tag's `>`.
        var open: [(result: String, titleLines: Int)] = []
        var rest = Substring(html).unicodeScalars
        func take(_ prefix: String) -> Bool {
            guard rest.starts(with: prefix.unicodeScalars) else { return false }
            rest = rest.dropFirst(prefix.unicodeScalars.count)
            return true
        }
        while !rest.isEmpty {
            if take("</mark>") {
                guard open.popLast() != nil else { throw Malformed(description: "</mark> without an open mark") }
            } else if take("<mark ") {
                guard let end = rest.firstIndex(of: ">") else { throw Malformed(description: "unterminated tag") }
                let tag = Substring(rest[..<end])
                guard let result = Self.attribute("data-result", in: tag), let title = Self.attribute("title", in: tag) else {
                    throw Malformed(description: "a mark without data-result or title: \(tag)")
                }
                open.append((result, title.components(separatedBy: "&#10;").count))
                rest = rest[rest.index(after: end)...]
            } else if rest.first == "<" {
                throw Malformed(description: "unexpected markup: \(Substring(rest).prefix(30))")
            } else {
                let end = rest.firstIndex(of: "<") ?? rest.endIndex
                let decoded = try Self.unescape(Substring(rest[..<end]))
                text += decoded
                let covering = Set(open.map(\.result))
                for _ in decoded.unicodeScalars {
                    covers.append(covering)
                    titleLines.append(open.last?.titleLines ?? 0)
                }
                rest = rest[end...]
            }
        }
        guard open.isEmpty else { throw Malformed(description: "\(open.count) marks left open") }
    }

    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let value = tag[start.upperBound...]
        return value.firstIndex(of: "\"").map { String(value[..<$0]) }
    }

    static func unescape(_ text: Substring) throws -> String {
        if text.contains(">") || text.contains("\"") || text.contains("'") {
            throw Malformed(description: "unescaped markup character in text: \(text.prefix(30))")
        }
        var out = ""
        var rest = text
        let references = ["&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'"]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let (reference, value) = references.first(where: { rest[amp...].hasPrefix($0.key) }) else {
                throw Malformed(description: "unknown character reference: \(rest[amp...].prefix(8))")
            }
            out += value
            rest = rest[rest.index(amp, offsetBy: reference.count)...]
        }
        return out + rest
    }
}
