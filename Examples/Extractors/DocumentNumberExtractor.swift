import Accord

/// A host-app extractor: recognises Vietnamese legal document numbers such as `12/2024/TT-BNG`
/// (number / year / issuer code), which a lexicon cannot list and a single-token regex cannot span.
///
/// A pack names it by its ``name``; the host registers it when it builds the engine:
///
/// ```swift
/// let engine = try Engine.standard(adding: [documentNumbersPack],
///                                  extractors: Engine.builtInExtractors + [DocumentNumberExtractor()])
/// ```
///
/// Each extraction spans the number's tokens, has the whole number as its id and the year as an
/// integer field, so `results(of:kind:)` can read it as a host type.
public struct DocumentNumberExtractor: Extractor {
    /// The name packs call it by: `extractor: document-number`.
    public let name = "document-number"

    /// Creates the extractor.
    public init() {}

    /// Every document number in the text, with its year as a typed field.
    public func extract(from input: ExtractorInput) -> [Extraction] {
        var found: [Extraction] = []
        var index = 0
        while index + 4 < input.tokenCount {
            let number = input.token(at: index), year = input.token(at: index + 2), issuer = input.token(at: index + 4)
            if number.isNumber, input.token(at: index + 1).text == "/", year.isNumber, year.text.count == 4,
               input.token(at: index + 3).text == "/", issuer.isCapitalized, input.token(at: index + 4).isGlued {
                var end = index + 5
                // Issuer codes are hyphenated (`TT-BNG`): keep glued `-` + word pairs.
                while end + 1 < input.tokenCount, input.token(at: end).text == "-", input.token(at: end).isGlued,
                      input.token(at: end + 1).isGlued, input.token(at: end + 1).isWord {
                    end += 2
                }
                let text = (index..<end).map { String(input.token(at: $0).text) }.joined()
                found.append(Extraction(tokens: index..<end, id: text, fields: ["year": .integer(Int(year.text) ?? 0)]))
                index = end
            } else {
                index += 1
            }
        }
        return found
    }
}
