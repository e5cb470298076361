/// How an extractor rule runs, resolved when the engine is compiled: the extractor itself, not
/// its name, and the lexicons its options name as indexes, so a document looks nothing up by
/// name before calling it.
struct ExtractorRun: Sendable {
    /// The extractor the rule calls, with the rule's options read once if it can
    /// (``OptionPreparingExtractor``).
    let extract: @Sendable (ExtractorInput) -> [Extraction]
    /// The rule's options, as the extractor receives them.
    let options: ExtractorOptions
    /// The options that name lexicons: option key and the lexicon's place among those extractor
    /// options name (``CompiledEngine/extractorSlotOfLexicon``), ordered by key.
    let lexicons: [(key: String, slot: Int32)]
    /// Option key → folded phrase → canonical id (see ``CompiledEngine/Rule/ExtractorCall/phrases``).
    let phrases: [String: [String: String]]

    /// Resolves a rule's call; nil when the rule has none or names an extractor the engine lacks.
    init?(_ call: CompiledEngine.Rule.ExtractorCall?, extractors: [String: any Extractor], slotOfLexicon: [Int32]) {
        guard let call, let extractor = extractors[call.name] else { return nil }
        let lexicons = call.lexicons.map { (key: $0.key, slot: slotOfLexicon[Int($0.value)]) }.sorted { $0.key < $1.key }
        if let preparing = extractor as? any OptionPreparingExtractor {
            extract = preparing.preparedExtraction(options: call.options, slot: { ExtractorInput.slot(ofKey: $0, in: lexicons) })
        } else {
            extract = { extractor.extract(from: $0) }
        }
        options = call.options
        self.lexicons = lexicons
        phrases = call.phrases
    }
}
