/// An extractor that reads a rule's options once, when the engine is compiled, instead of for
/// every document.
///
/// The built-in extractors conform: reading their options (dictionary lookups, a `forms` list to
/// split) cost a visible share of a short document. An extractor from outside the library is
/// called through ``Extractor/extract(from:)``, options and all, as before.
protocol OptionPreparingExtractor: Extractor {
    /// What the extractor takes from a rule's options.
    associatedtype Settings: Sendable

    /// Reads a rule's options (already accepted by ``Extractor/validate(_:)``).
    func settings(from options: ExtractorOptions) -> Settings

    /// Finds the extractions in a document, as ``Extractor/extract(from:)`` with options whose
    /// settings are `settings`.
    func extract(from input: ExtractorInput, settings: Settings) -> [Extraction]
}

extension OptionPreparingExtractor {
    /// The extraction a rule with `options` runs on each document, its options read now.
    func preparedExtraction(options: ExtractorOptions) -> @Sendable (ExtractorInput) -> [Extraction] {
        let settings = settings(from: options)
        return { self.extract(from: $0, settings: settings) }
    }
}
