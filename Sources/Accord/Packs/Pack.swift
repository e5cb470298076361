import Foundation

/// A rule pack read from YAML: lexicons, rules and embedded examples, validated but not compiled.
///
/// Load packs from files, directories or strings, then compile them into an
/// ``Engine``. The pack format is documented in `Rules/README.md`.
///
/// ```swift
/// let pack = try Pack(yaml: """
///     accord: 1
///     pack: my-pack
///     version: 0.1.0
///     language: vi
///     description: Visits between heads of state.
///     rules:
///       - id: visit
///         kind: visit
///         pattern: "chuyến thăm"
///     """)
/// let engine = try Engine(packs: [pack])
/// ```
public struct Pack: Sendable, Hashable {
    let definition: PackDefinition

    /// The pack id, unique among loaded packs (`vi-parties`).
    public var id: String { definition.id }
    /// The pack's semantic version (`0.1.0`).
    public var version: String { definition.version }
    /// The language of the text the pack is written for (`vi`, `en`).
    public var language: String { definition.language }
    /// The one-line description.
    public var description: String { definition.description }
    /// Ids of the packs this pack imports.
    public var imports: [String] { definition.imports.map(\.value) }
    /// The file the pack came from, or the label given for a string.
    public var file: String { definition.file }
    /// The ids of the pack's rules, in order.
    public var ruleIDs: [String] { definition.rules.map(\.id) }
    /// The number of embedded examples.
    public var exampleCount: Int { definition.examples.count }
    /// The first 16 hex digits of the SHA-256 of the pack's bytes (what `sha256sum` prints for
    /// its file); every result's ``Provenance/packHash``.
    public var contentHash: String { definition.contentHash }
    /// Rule ids the pack retired, each with the id of the rule that replaced it (`deprecated_by:`).
    public var deprecatedRules: [String: String] {
        Dictionary(definition.deprecations.map { ($0.id, $0.replacement.value) }, uniquingKeysWith: { first, _ in first })
    }

    init(definition: PackDefinition) {
        self.definition = definition
    }

    /// Reads a pack from YAML text.
    ///
    /// - Parameters:
    ///   - yaml: The pack's YAML.
    ///   - file: A label used in diagnostics in place of a path.
    ///   - limits: Size and nesting limits.
    /// - Throws: ``AccordError`` with every problem found, each at `file:line:column`.
    public init(yaml: String, file: String = "<string>", limits: Limits = .default) throws(AccordError) {
        try self.init(bytes: Array(yaml.utf8), file: file, limits: limits)
    }

    /// Reads a pack from a YAML file.
    ///
    /// - Parameters:
    ///   - url: A `.yaml` file.
    ///   - limits: Size and nesting limits.
    /// - Throws: ``AccordError`` when the file cannot be read or is not a valid pack.
    public init(contentsOf url: URL, limits: Limits = .default) throws(AccordError) {
        let bytes = try PackFileReader.read(path: url.path, limits: limits)
        try self.init(bytes: bytes, file: PackFileReader.displayPath(url), limits: limits)
    }

    init(bytes: [UInt8], file: String, limits: Limits) throws(AccordError) {
        let root = try YAMLReader.parse(bytes, file: file, limits: limits.yaml)
        let source = SourceFile(path: file, bytes: bytes)
        var decoded = try PackDecoder.decode(root, source: source)
        decoded.contentHash = String(SHA256.hex(bytes).prefix(16))
        definition = decoded
    }

    /// Reads every `.yaml`/`.yml` file under a directory, in path order.
    ///
    /// - Parameters:
    ///   - url: A directory, searched recursively, or a single pack file.
    ///   - limits: Size and nesting limits, applied to each file.
    /// - Returns: The packs, in path order (the load order an engine uses to break ties).
    /// - Throws: ``AccordError`` with the problems of all files together.
    public static func packs(inDirectory url: URL, limits: Limits = .default) throws(AccordError) -> [Pack] {
        let files = try PackFileReader.packFiles(in: url)
        // Files are read and decoded on all cores (each on its own, into its own slot), a
        // third of start-up; the packs and their problems are then taken in path order.
        let loaded = ConcurrentResults.map(files.count) { index -> Result<Pack, AccordError> in
            do throws(AccordError) {
                return .success(try Pack(contentsOf: files[index], limits: limits))
            } catch {
                return .failure(error)
            }
        }
        var packs: [Pack] = []
        var diagnostics: [Diagnostic] = []
        for result in loaded {
            switch result {
            case .success(let pack): packs.append(pack)
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw AccordError(diagnostics) }
        return packs
    }
}
