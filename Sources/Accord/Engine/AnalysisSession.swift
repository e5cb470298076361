/// An engine with memory of what it has seen, for analysing many documents on one thread.
///
/// A session remembers the token ids of the spellings it has met, so a batch
/// of documents skips most normalisation work. Results are identical to
/// ``Engine/analyze(_:language:referenceDate:)``. A session is not `Sendable`:
/// give each task or thread its own.
package struct AnalysisSession {
    /// The engine analysed with.
    package let engine: Engine
    private var caches: [String: TokenIDCache] = [:]

    package init(engine: Engine) {
        self.engine = engine
    }

    /// Analyses one text, as ``Engine/analyze(_:language:referenceDate:)`` does.
    package mutating func analyze(_ text: String, language: String? = nil, referenceDate: CalendarDate? = nil) -> Analysis {
        let chosen = engine.resolveLanguage(language, for: text)
        guard let chosen, let compiled = engine.compiledByLanguage[chosen] else { return engine.emptyAnalysis(language: chosen) }
        let cache: TokenIDCache
        if let existing = caches[chosen] {
            cache = existing
        } else {
            cache = TokenIDCache()
            caches[chosen] = cache
        }
        var analysis = DocumentAnalyzer(engine: compiled, referenceDate: referenceDate, cache: cache).analyze(text)
        analysis.language = chosen
        return analysis
    }
}
