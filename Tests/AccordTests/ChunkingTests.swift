@testable import Accord
import Foundation
import Testing

/// One big document and the same text split into paragraphs (one document per line, as
/// `accord extract --input jsonl` reads a corpus) give the same results, in the big document's
/// coordinates — with one documented exception: an agreement whose parties are not named in its
/// own paragraph (`hai bên`, an elided subject) takes them from earlier paragraphs of the same
/// document, which a paragraph alone does not have.
@Suite("One document or its paragraphs")
struct ChunkingTests {
    /// The gold set's paragraphs (our own text), by language.
    static func paragraphs(language: String) throws -> [String] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/gold/dev", withExtension: "jsonl"), "gold set missing")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  object["lang"] as? String == language, let text = object["text"] as? String else { return nil }
            return text.contains("\n") ? nil : text
        }
    }

    /// The JSON output as objects, with offsets and sentence numbers moved by a paragraph's place.
    static func shiftedResults(_ analysis: Analysis, scalars: Int, sentences: Int) throws -> [String: [NSDictionary]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(analysis.json().utf8)) as? [String: Any])
        var result: [String: [NSDictionary]] = [:]
        for key in ["parties", "forums", "cooperations", "agreements", "amounts", "dates", "officials", "matches"] {
            let items = try #require(object[key] as? [[String: Any]], "\(key) missing")
            result[key] = items.map { shift($0, scalars: scalars, sentences: sentences) as NSDictionary }
        }
        return result
    }

    static func shift(_ value: [String: Any], scalars: Int, sentences: Int) -> [String: Any] {
        var shifted = value
        for (key, field) in value {
            switch (key, field) {
            case ("start", let number as Int), ("end", let number as Int): shifted[key] = number + scalars
            case ("sentence", let number as Int): shifted[key] = number + sentences
            case (_, let nested as [[String: Any]]): shifted[key] = nested.map { shift($0, scalars: scalars, sentences: sentences) }
            default: break
            }
        }
        return shifted
    }

    @Test("the paragraphs of a document, analysed one by one, give the document's results", arguments: ["vi", "en"])
    func sameResults(language: String) throws {
        let engine = try Engine.standard()
        let paragraphs = try Self.paragraphs(language: language)
        #expect(paragraphs.count >= 40, "too few \(language) paragraphs to mean anything")
        let whole = engine.analyze(paragraphs.joined(separator: "\n"), language: language)
        let wholeResults = try Self.shiftedResults(whole, scalars: 0, sentences: 0)

        var splitResults: [String: [NSDictionary]] = [:]
        var paragraphOfAgreement: [Int] = []
        var scalars = 0, sentences = 0
        for (number, paragraph) in paragraphs.enumerated() {
            let analysis = engine.analyze(paragraph, language: language)
            for (key, items) in try Self.shiftedResults(analysis, scalars: scalars, sentences: sentences) {
                splitResults[key, default: []] += items
            }
            paragraphOfAgreement += Array(repeating: number, count: analysis.agreements.count)
            scalars += paragraph.unicodeScalars.count + 1
            sentences += analysis.sentenceCount
        }
        #expect(whole.sentenceCount == sentences, "sentence splitting differs between the document and its paragraphs")

        for key in ["parties", "forums", "cooperations", "amounts", "dates", "officials", "matches"] {
            #expect(wholeResults[key] == splitResults[key], "\(key) differ between the document and its paragraphs")
        }
        let wholeAgreements = try #require(wholeResults["agreements"]), splitAgreements = try #require(splitResults["agreements"])
        try #require(wholeAgreements.count == splitAgreements.count, "a different number of agreements")
        var fromEarlierParagraphs = 0
        for (index, (one, other)) in zip(wholeAgreements, splitAgreements).enumerated() {
            let withoutParties = { (agreement: NSDictionary) -> NSDictionary in
                let copy = NSMutableDictionary()
                copy.addEntries(from: agreement as? [AnyHashable: Any] ?? [:])
                copy.removeObject(forKey: "parties")
                return copy
            }
            #expect(withoutParties(one) == withoutParties(other), "agreement \(index) differs beyond its parties")
            let wholeParties = one["parties"] as? [String] ?? [], splitParties = other["parties"] as? [String] ?? []
            guard wholeParties != splitParties else { continue }
            // The exception: the document's answer names a party its paragraph does not mention.
            let paragraphParties = Set(engine.analyze(paragraphs[paragraphOfAgreement[index]], language: language).parties.map(\.id))
            #expect(!Set(wholeParties).isSubset(of: paragraphParties),
                    "agreement \(index) has parties \(wholeParties) in the document but \(splitParties) alone, though its paragraph names them all")
            fromEarlierParagraphs += 1
        }
        // Most agreements name their parties in their own paragraph.
        #expect(fromEarlierParagraphs * 4 <= wholeAgreements.count,
                "\(fromEarlierParagraphs) of \(wholeAgreements.count) agreements took their parties from earlier paragraphs")
    }
}
