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
    let compiled: CompiledEngine

    /// The packs the engine was compiled from, in load order.
    public let packs: [Pack]

    /// The extractors Accord ships: ``MoneyExtractor`` and ``DateExtractor``.
    public static var builtInExtractors: [any Extractor] { [MoneyExtractor(), DateExtractor()] }

    /// Compiles packs into an engine.
    ///
    /// - Parameters:
    ///   - packs: The packs, in load order (which breaks ties in the overlap policy).
    ///   - extractors: Extractors packs may name; by default the built-in ones. Add your own to these.
    ///   - limits: Resource limits.
    /// - Throws: ``AccordError`` with every problem found: missing imports, unknown lexicons, bad patterns…
    public init(packs: [Pack], extractors: [any Extractor] = Engine.builtInExtractors, limits: Limits = .default) throws(AccordError) {
        self.packs = packs
        compiled = try EngineCompiler.compile(packs: packs.map(\.definition), extractors: extractors, limits: limits)
    }

    /// Loads and compiles every pack file under some directories.
    ///
    /// - Parameters:
    ///   - directories: Directories (searched recursively for `.yaml`/`.yml`) or single pack files.
    ///   - extractors: Extractors packs may name.
    ///   - limits: Resource limits.
    /// - Throws: ``AccordError`` with the problems of all files.
    public init(directories: [URL], extractors: [any Extractor] = Engine.builtInExtractors, limits: Limits = .default) throws(AccordError) {
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
        try self.init(packs: packs, extractors: extractors, limits: limits)
    }

    /// Compiles packs given as YAML strings.
    ///
    /// - Parameters:
    ///   - yaml: One string per pack.
    ///   - extractors: Extractors packs may name.
    /// - Throws: ``AccordError``, locating problems as `<string 1>:line:column`.
    public init(yaml: [String], extractors: [any Extractor] = Engine.builtInExtractors, limits: Limits = .default) throws(AccordError) {
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
        try self.init(packs: packs, extractors: extractors, limits: limits)
    }

    /// The engine with Accord's shipped packs (`Rules/`), plus any extra packs and extractors.
    ///
    /// - Parameters:
    ///   - extraPacks: Packs to load after the standard ones; they may import them.
    ///   - extractors: Extractors packs may name.
    /// - Throws: ``AccordError`` when an extra pack is invalid (the shipped packs are tested).
    public static func standard(adding extraPacks: [Pack] = [], extractors: [any Extractor] = Engine.builtInExtractors) throws(AccordError) -> Engine {
        try Engine(packs: try standardPacks() + extraPacks, extractors: extractors)
    }

    /// The shipped packs, read from the package's resources.
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
    /// - Parameter text: The text, in NFC or NFD, with either Vietnamese tone placement.
    /// - Returns: Every result, in text order, with spans into `text`.
    public func analyze(_ text: String) -> Analysis {
        DocumentAnalyzer(engine: compiled).analyze(text)
    }
}
