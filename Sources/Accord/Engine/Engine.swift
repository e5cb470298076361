internal import AccordRules
import Foundation

/// A compiled set of rule packs that analyses text: the entry point of Accord.
///
/// An engine is compiled once and is immutable afterwards; it is `Sendable`
/// and can be shared by any number of tasks analysing texts at once.
///
/// ```swift
/// import Accord
///
/// let engine = try Engine.standard()
/// let analysis = engine.analyze("Nhật Bản và Ấn Độ nhất trí tăng cường hợp tác về năng lượng sạch.")
/// print(analysis.parties.map(\.id))        // ["JP", "IN"]
/// print(analysis.agreements.first?.kind)    // consensus
/// ```
public struct Engine: Sendable {
    /// One compiled engine per language, from the packs written for it (and what they import).
    let compiledByLanguage: [String: CompiledEngine]
    let detector: LanguageDetector

    /// This Accord's version, which packs' `requires: {accord: RANGE}` is checked against.
    public static let version = "0.1.0"

    /// The packs the engine was compiled from, in load order.
    public let packs: [Pack]
    /// The limits the engine was compiled with; `maxWindowBytes` applies to every analysis.
    public let limits: Limits

    /// The languages the engine has packs for, in load order (`["vi", "en"]`).
    public var languages: [String] { detector.languages }

    /// The extractors Accord ships: ``MoneyExtractor`` and ``DateExtractor``.
    public static var builtInExtractors: [any Extractor] { [MoneyExtractor(), DateExtractor()] }

    /// Compiles packs into an engine.
    ///
    /// - Parameters:
    ///   - packs: The packs, in load order (which breaks ties in the overlap policy).
    ///   - extractors: Extractors packs may name; by default the built-in ones. Add your own to these.
    ///   - resultTypes: Hosts' types for custom kinds, checked against the rules of their kinds.
    ///   - limits: Resource limits.
    /// - Throws: ``AccordError`` with every problem found: missing imports, unknown lexicons, bad
    ///   patterns, result types that do not fit their kinds' rules…
    public init(packs: [Pack], extractors: [any Extractor] = Engine.builtInExtractors, resultTypes: [ResultType] = [],
                limits: Limits = .default) throws(AccordError) {
        self.packs = packs
        self.limits = limits
        let groups = LanguageGroups(packs: packs.map(\.definition))
        var compiled: [String: CompiledEngine] = [:]
        var diagnostics: [Diagnostic] = []
        // Each language's engine on its own core (a third of start-up each for Vietnamese and
        // English), taken back in language order so problems are reported in a fixed order.
        let languages = groups.languages
        let outcomes = ConcurrentResults.map(languages.count) { index -> Result<CompiledEngine, AccordError> in
            do throws(AccordError) {
                return .success(try EngineCompiler.compile(packs: groups.packs(for: languages[index]), extractors: extractors, limits: limits))
            } catch {
                return .failure(error)
            }
        }
        for (language, outcome) in zip(languages, outcomes) {
            switch outcome {
            case .success(let engine): compiled[language] = engine
            case .failure(let error):
                // A pack imported by several languages would report its problems once per language.
                for diagnostic in error.diagnostics where !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
            }
        }
        if diagnostics.isEmpty {
            diagnostics = ResultTypeChecker(packs: packs.map(\.definition)).problems(resultTypes)
        }
        if !diagnostics.isEmpty { throw AccordError(diagnostics) }
        compiledByLanguage = compiled
        detector = LanguageDetector(languages: groups.languages)
    }

    /// Loads and compiles every pack file under some directories.
    ///
    /// - Parameters:
    ///   - directories: Directories (searched recursively for `.yaml`/`.yml`) or single pack files.
    ///   - extractors: Extractors packs may name.
    ///   - resultTypes: Hosts' types for custom kinds (``ResultType``).
    ///   - limits: Resource limits.
    /// - Throws: ``AccordError`` with the problems of all files.
    public init(directories: [URL], extractors: [any Extractor] = Engine.builtInExtractors, resultTypes: [ResultType] = [],
                limits: Limits = .default) throws(AccordError) {
        var packs: [Pack] = []
        var diagnostics: [Diagnostic] = []
        for directory in directories {
            do throws(AccordError) {
                packs += try Pack.packs(inDirectory: directory, limits: limits)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw AccordError(diagnostics) }
        try self.init(packs: packs, extractors: extractors, resultTypes: resultTypes, limits: limits)
    }

    /// Compiles packs given as YAML strings.
    ///
    /// - Parameters:
    ///   - yaml: One string per pack.
    ///   - extractors: Extractors packs may name.
    ///   - resultTypes: Hosts' types for custom kinds (``ResultType``).
    ///   - limits: Resource limits.
    /// - Throws: ``AccordError``, locating problems as `<string 1>:line:column`.
    public init(yaml: [String], extractors: [any Extractor] = Engine.builtInExtractors, resultTypes: [ResultType] = [],
                limits: Limits = .default) throws(AccordError) {
        var packs: [Pack] = []
        var diagnostics: [Diagnostic] = []
        for (index, text) in yaml.enumerated() {
            do throws(AccordError) {
                packs.append(try Pack(yaml: text, file: "<string \(index + 1)>", limits: limits))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw AccordError(diagnostics) }
        try self.init(packs: packs, extractors: extractors, resultTypes: resultTypes, limits: limits)
    }

    /// The engine with Accord's shipped packs (`Rules/`), plus any extra packs and extractors.
    ///
    /// - Parameters:
    ///   - extraPacks: Packs to load after the standard ones; they may import them.
    ///   - extractors: Extractors packs may name.
    ///   - resultTypes: Hosts' types for custom kinds (``ResultType``).
    /// - Returns: An engine with the default ``Limits``; for others, use ``init(packs:extractors:resultTypes:limits:)``
    ///   with ``standardPacks()``.
    /// - Throws: ``AccordError`` when an extra pack is invalid (the shipped packs are tested) or a
    ///   result type does not fit its kind's rules.
    public static func standard(adding extraPacks: [Pack] = [], extractors: [any Extractor] = Engine.builtInExtractors,
                                resultTypes: [ResultType] = []) throws(AccordError) -> Engine {
        try Engine(packs: try standardPacks() + extraPacks, extractors: extractors, resultTypes: resultTypes)
    }

    /// The shipped packs, read from the package's resources.
    ///
    /// Use them with your own packs and your own ``Limits`` in ``init(packs:extractors:resultTypes:limits:)``,
    /// which ``standard(adding:extractors:resultTypes:)`` does not take.
    ///
    /// - Returns: The standard Vietnamese and English packs, in load order.
    /// - Throws: ``AccordError`` with ``Diagnostic/Code/fileUnreadable`` when the resources are
    ///   missing from the build.
    public static func standardPacks() throws(AccordError) -> [Pack] {
        let directories = StandardPacks.directories
        if directories.isEmpty {
            throw AccordError(.fileUnreadable, "the standard packs are missing from Accord's resources",
                              hint: "rebuild Accord; the `AccordRules` target copies Rules/ as resources")
        }
        var packs: [Pack] = []
        for directory in directories { packs += try Pack.packs(inDirectory: directory) }
        return packs
    }

    /// Analyses one text.
    ///
    /// - Parameters:
    ///   - text: The text, in NFC or NFD, with either Vietnamese tone placement.
    ///   - language: The text's language (`vi`, `en`); detected when `nil`. Only the packs written
    ///     for that language (and the packs they import) run.
    ///   - referenceDate: The date relative expressions count from (`năm tới`, `last month`);
    ///     without one they stay relative.
    /// - Returns: Every result, in text order, with spans into `text`.
    public func analyze(_ text: String, language: String? = nil, referenceDate: CalendarDate? = nil) -> Analysis {
        var session = AnalysisSession(engine: self)
        return session.analyze(text, language: language, referenceDate: referenceDate)
    }

    /// The language to analyse a text as: the caller's, else the detected one.
    func resolveLanguage(_ language: String?, for text: String) -> String? {
        language.map(LanguageGroups.normalize) ?? detector.detect(text)
    }

    /// ``resolveLanguage(_:for:)`` for the start of a text given as UTF-8 (its first
    /// ``LanguageDetector/sampleBytes`` are enough).
    func resolveLanguage(_ language: String?, utf8: UnsafeBufferPointer<UInt8>) -> String? {
        language.map(LanguageGroups.normalize) ?? detector.detect(utf8: utf8)
    }

    /// The result for a text in a language the engine has no packs for.
    func emptyAnalysis(language: String?) -> Analysis {
        var analysis = Analysis()
        analysis.language = language ?? ""
        return analysis
    }
}
