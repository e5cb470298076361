/// An engine with memory of what it has seen, for analysing many documents on one thread.
///
/// A session remembers the token ids of the spellings it has met, so a batch
/// of documents skips most normalisation work. Results are identical to
/// ``Engine/analyze(_:language:referenceDate:)``. A session is not `Sendable`:
/// give each task or thread its own.
package struct AnalysisSession {
    /// The engine analysed with.
    package let engine: Engine
    private var workspaces: [String: AnalysisWorkspace] = [:]

    package init(engine: Engine) {
        self.engine = engine
    }

    /// Analyses one text, as ``Engine/analyze(_:language:referenceDate:)`` does.
    package mutating func analyze(_ text: String, language: String? = nil, referenceDate: CalendarDate? = nil) -> Analysis {
        let chosen = engine.resolveLanguage(language, for: text)
        guard let chosen, let compiled = engine.compiledByLanguage[chosen] else { return engine.emptyAnalysis(language: chosen) }
        let workspace: AnalysisWorkspace
        if let existing = workspaces[chosen] {
            workspace = existing
        } else {
            workspace = AnalysisWorkspace(engine: compiled)
            workspaces[chosen] = workspace
        }
        let analyzer = DocumentAnalyzer(engine: compiled, referenceDate: referenceDate, workspace: workspace)
        let limits = engine.limits
        var analysis: Analysis
        if text.utf8.count <= limits.maxWindowBytes {
            analysis = analyzer.analyze(text)
            analysis.limitResults(to: limits.maxMatchesPerDocument, text: text)
        } else {
            analysis = DocumentWindows(text: text, maxBytes: limits.maxWindowBytes, maxMatches: limits.maxMatchesPerDocument)
                .analyze(with: analyzer)
        }
        analysis.language = chosen
        return analysis
    }
}

/// What one session keeps between documents for one compiled engine: the token-id cache and
/// the pattern machine's buffers, so a document starts without allocating them again.
final class AnalysisWorkspace {
    // Its `var`s are unchecked for exclusivity: a workspace belongs to one session's thread, and
    // the analyser takes each buffer out, uses it and puts it back, never two accesses at once.
    // The dynamic checks cost ~2% of an analysis.
    let cache = TokenIDCache()
    @exclusivity(unchecked) var machine: PatternMachine
    /// The context matchers a sentence needs and the starts they run from (reused, see `runMatchers`).
    @exclusivity(unchecked) var contextRegions: [(matcher: Int32, starts: Range<Int>)] = []
    /// The current document's captures and extractor outputs.
    let store = ResultStore()
    /// Raw results by kind slot, and the candidates of a sentence (reused, see `analyze`).
    @exclusivity(unchecked) var produced: [[RawResult]] = []
    @exclusivity(unchecked) var candidates: [Candidate] = []
    /// For each token, the accepted result of the kind being resolved that covers it, or -1
    /// (all -1 between calls; see `resolveOverlaps`).
    @exclusivity(unchecked) var tokenOwners: [Int32] = []
    /// Each matcher's run of a sentence's sorted candidates (reused, see `select`).
    @exclusivity(unchecked) var candidateGroups: [(matcher: Int32, range: Range<Int>)] = []

    init(engine: CompiledEngine) {
        machine = PatternMachine(engine: engine)
    }
}
