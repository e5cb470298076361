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
    ///
    /// - Parameter slot: The place of the hits of the lexicon an option key names
    ///   (``ExtractorInput/slot(ofKey:)``), the same for every document of the rule.
    func settings(from options: ExtractorOptions, slot: (String) -> Int32?) -> Settings

    /// Finds the extractions in a document, as ``Extractor/extract(from:)`` with options whose
    /// settings are `settings`.
    func extract(from input: ExtractorInput, settings: Settings) -> [Extraction]
}

extension OptionPreparingExtractor {
    /// The extraction a rule with `options` runs on each document, its options read now.
    ///
    /// - Parameter slot: The place of the hits of the lexicon an option key names, as the
    ///   rule's documents will give them.
    func preparedExtraction(options: ExtractorOptions, slot: (String) -> Int32?) -> @Sendable (ExtractorInput) -> [Extraction] {
        let settings = settings(from: options, slot: slot)
        return { self.extract(from: $0, settings: settings) }
    }
}
