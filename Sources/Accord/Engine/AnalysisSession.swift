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
        guard let chosen, let analyzer = analyzer(for: chosen, referenceDate: referenceDate) else {
            return engine.emptyAnalysis(language: chosen)
        }
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

    /// Analyses one text into its JSON line: the bytes of `analyze(…).jsonBytes(id:)`, and
    /// its warnings, without building the typed results when no limit is reached.
    ///
    /// - Parameter id: The input record's id, echoed first when given.
    package mutating func analyzeJSON(
        _ text: String, id: String?, language: String? = nil, referenceDate: CalendarDate? = nil
    ) -> (json: [UInt8], warnings: [Diagnostic]) {
        let chosen = engine.resolveLanguage(language, for: text)
        let limits = engine.limits
        guard let chosen, let analyzer = analyzer(for: chosen, referenceDate: referenceDate),
              text.utf8.count <= limits.maxWindowBytes
        else {
            let analysis = analyze(text, language: language, referenceDate: referenceDate)
            return (analysis.jsonBytes(id: id), analysis.warnings)
        }
        return json(of: analyzer.index(text), analyzer: analyzer, id: id, language: chosen, referenceDate: referenceDate)
    }

    /// ``analyzeJSON(_:id:language:referenceDate:)`` of a text given as UTF-8, such as a JSON
    /// line's `text`: the same bytes, without making a `String` of the text.
    ///
    /// The tokeniser checks the bytes as it reads them: text with a malformed byte, a text past
    /// the window size or in a language without packs takes the `String` path, the text
    /// repaired as the `String` repairs it.
    package mutating func analyzeJSON(
        utf8 text: [UInt8], id: String?, language: String? = nil, referenceDate: CalendarDate? = nil
    ) -> (json: [UInt8], warnings: [Diagnostic]) {
        guard text.count <= engine.limits.maxWindowBytes,
              let chosen = text.withUnsafeBufferPointer({ engine.resolveLanguage(language, utf8: $0) }),
              let analyzer = analyzer(for: chosen, referenceDate: referenceDate),
              let index = analyzer.index(utf8: text)
        else {
            return analyzeJSON(String(decoding: text, as: UTF8.self), id: id, language: language, referenceDate: referenceDate)
        }
        return json(of: index, analyzer: analyzer, id: id, language: chosen, referenceDate: referenceDate)
    }

    /// The JSON lines of several documents, each the one ``analyzeJSON(utf8:id:language:referenceDate:)``
    /// writes, in order.
    ///
    /// Short documents are taken a few at a time, phase by phase: the tokens, ids and hits of
    /// each, then the stages of each, then each JSON line. A phase's tables and code then stay in
    /// the processor's caches from one document to the next, where one document at a time
    /// brought each phase's back after the others had pushed them out (3–4% of the time over the
    /// benchmark corpus; PERFORMANCE.md). Longer documents, and those the direct path does not
    /// take, go one at a time.
    ///
    /// - Parameter documents: Each document's text as UTF-8, and its record id, echoed first when given.
    /// - Returns: Each document's JSON line and warnings, in the order given.
    package mutating func analyzeJSON(
        batch documents: [(utf8: [UInt8], id: String?)], language: String? = nil, referenceDate: CalendarDate? = nil
    ) -> [(json: [UInt8], warnings: [Diagnostic])] {
        var lines: [(json: [UInt8], warnings: [Diagnostic])] = []
        lines.reserveCapacity(documents.count)
        var group: [(index: DocumentIndex, analyzer: DocumentAnalyzer, language: String, id: String?, forgotten: Bool)] = []
        group.reserveCapacity(Self.groupDocuments)
        // The workspaces whose cache was asked to start over in this group (one or two languages).
        var begun: [ObjectIdentifier] = []
        func finishGroup(_ session: inout AnalysisSession) {
            for member in group { member.analyzer.runStages(over: member.index, spellingsForgotten: member.forgotten) }
            for member in group {
                lines.append(session.json(of: member.index, analyzer: member.analyzer, id: member.id, language: member.language,
                                          referenceDate: referenceDate))
            }
            group.removeAll(keepingCapacity: true)
            begun.removeAll(keepingCapacity: true)
        }
        for document in documents {
            guard document.utf8.count <= min(Self.groupedBytes, engine.limits.maxWindowBytes),
                  let chosen = document.utf8.withUnsafeBufferPointer({ engine.resolveLanguage(language, utf8: $0) }),
                  let analyzer = analyzer(for: chosen, referenceDate: referenceDate)
            else {
                // Taken alone, after the documents before it: the lines stay in order.
                finishGroup(&self)
                lines.append(analyzeJSON(utf8: document.utf8, id: document.id, language: language, referenceDate: referenceDate))
                continue
            }
            let workspace = analyzer.workspace
            // The cache may start over only between groups: spelling numbers given out to the
            // group's indexed documents must mean the same when their stages run.
            var forgotten = false
            if !begun.contains(ObjectIdentifier(workspace)) {
                begun.append(ObjectIdentifier(workspace))
                forgotten = workspace.cache.beginDocument()
            }
            let place = group.count
            while workspace.batchSlots.count <= place { workspace.batchSlots.append(BatchSlot()) }
            guard let index = analyzer.prepare(utf8: document.utf8, slot: workspace.batchSlots[place]) else {
                // Malformed UTF-8, analysed alone as the repaired `String`. If the cache started
                // over for it, no document of this group told the machine so: tell it now.
                if forgotten { workspace.machine.reset(spellingsForgotten: true) }
                finishGroup(&self)
                lines.append(analyzeJSON(utf8: document.utf8, id: document.id, language: language, referenceDate: referenceDate))
                continue
            }
            group.append((index, analyzer, chosen, document.id, forgotten))
            if group.count == Self.groupDocuments { finishGroup(&self) }
        }
        finishGroup(&self)
        return lines
    }

    /// How many documents a batch indexes before running them through the stages: 16 and 32
    /// measured alike, 8 and 128 less well (PERFORMANCE.md).
    static let groupDocuments = 16
    /// Documents longer than this (in UTF-8 bytes) are analysed one at a time: long enough that
    /// the caches stay warm within them (documents of 8–15 KB measured no faster in batches),
    /// and their tables are not kept per place in a batch, so a session's batch slots hold at
    /// most about 16 × 20 × 8 KB (with 16 KB, a corpus of 15 KB documents peaked 10 MB higher
    /// with `--jobs 2`).
    static let groupedBytes = 8 << 10

    /// The JSON line of an indexed document.
    private func json(
        of index: DocumentIndex, analyzer: DocumentAnalyzer, id: String?, language: String, referenceDate: CalendarDate?
    ) -> (json: [UInt8], warnings: [Diagnostic]) {
        let builder = ResultBuilder(engine: analyzer.engine, index: index, referenceDate: referenceDate)
        // Each result comes from one raw result, so within the limit nothing is dropped and no
        // warning is written: the direct path. Past it, the typed path drops and warns.
        let limit = engine.limits.maxMatchesPerDocument
        guard builder.index.results.count <= limit else {
            var analysis = builder.build()
            analysis.limitResults(to: limit, text: index.document.text)
            analysis.language = language
            return (analysis.jsonBytes(id: id), analysis.warnings)
        }
        return (JSONResultSink.write(builder, keptIn: analyzer.workspace) { $0.json(id: id, language: language) }, [])
    }

    /// The analyser of a language's compiled engine, with the session's workspace for it.
    mutating func analyzer(for language: String, referenceDate: CalendarDate?) -> DocumentAnalyzer? {
        guard let compiled = engine.compiledByLanguage[language] else { return nil }
        let workspace: AnalysisWorkspace
        if let existing = workspaces[language] {
            workspace = existing
        } else {
            workspace = AnalysisWorkspace(engine: compiled)
            workspaces[language] = workspace
        }
        return DocumentAnalyzer(engine: compiled, referenceDate: referenceDate, workspace: workspace)
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
    /// The context matchers a sentence needs, the starts they run from and where the matches their
    /// conditions read end at the latest (reused, see `runMatchers`).
    @exclusivity(unchecked) var contextRegions: [ContextSearch] = []
    /// The current document's captures and extractor outputs.
    let store = ResultStore()
    /// The tables the last document's index left (``DocumentBuffers``).
    let buffers = DocumentBuffers()
    /// Raw results by kind slot, and the candidates of a sentence (reused, see `analyze`).
    @exclusivity(unchecked) var produced: [[RawResult]] = []
    @exclusivity(unchecked) var candidates: [Candidate] = []
    /// The hits of the lexicons extractor options name, by slot (reused, see `collectExtractorHits`).
    @exclusivity(unchecked) var extractorHits: [[ExtractorInput.Hit]] = []
    /// The tokens that contain a digit (reused, see ``ExtractorInput/digitTokens``).
    @exclusivity(unchecked) var digitTokens: [Int32] = []
    /// For each token, the accepted result of the kind being resolved that covers it, or -1
    /// (all -1 between calls; see `resolveOverlaps`).
    @exclusivity(unchecked) var tokenOwners: [Int32] = []
    /// The results of an overlapping group with their rule priorities, being ordered (reused, see `resolveGroup`).
    @exclusivity(unchecked) var overlapGroup: [(priority: Int, result: RawResult)] = []
    /// Each matcher's run of a sentence's sorted candidates (reused, see `select`).
    @exclusivity(unchecked) var candidateGroups: [(matcher: Int32, range: Range<Int>)] = []
    /// One slot per place in a batch of documents indexed together (see ``AnalysisSession/analyzeJSON(batch:language:referenceDate:)``).
    @exclusivity(unchecked) var batchSlots: [BatchSlot] = []
    /// The CLI's JSON sink, kept between documents (``JSONResultSink/write(_:scalarBase:sentenceBase:keptIn:_:)``).
    @exclusivity(unchecked) var jsonSink: JSONResultSink?

    init(engine: CompiledEngine) {
        machine = PatternMachine(engine: engine)
    }
}
