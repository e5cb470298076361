/// Resource limits that keep hostile or mistaken input from exhausting a host.
///
/// The defaults suit packs and news text; raise them deliberately.
public struct Limits: Sendable, Hashable, Codable {
    /// The largest pack file read, in bytes.
    public var maxPackFileBytes: Int = 8 << 20
    /// The deepest YAML nesting accepted.
    public var maxYAMLDepth: Int = 64
    /// The most rules in all loaded packs together.
    public var maxRules: Int = 10_000
    /// The most lexicon phrases in all loaded packs together.
    public var maxPhrases: Int = 2_000_000
    /// The most instructions a single pattern may compile to.
    public var maxPatternSize: Int = 4_096
    /// The largest piece of a document analysed at once, in UTF-8 bytes. A longer document is
    /// analysed in windows cut at paragraph (else sentence, else word) boundaries, and the
    /// results are joined: memory stays bounded, nothing is refused. Agreement context
    /// ("hai bên") does not reach across a window boundary, and in text with no line or sentence
    /// break the cut falls at a space, so a multi-word phrase straddling it is not found.
    public var maxWindowBytes: Int = 1 << 20
    /// The most results (of all kinds together) one document keeps. Past it, the results
    /// after the limit in text order are dropped and ``Analysis/warnings`` says from where
    /// (`ACC504`), so a hostile or runaway document cannot grow an analysis without bound.
    public var maxMatchesPerDocument: Int = 100_000

    /// The default limits.
    public static let `default` = Limits()

    /// Creates limits with the defaults.
    public init() {}

    var yaml: YAMLLimits {
        var limits = YAMLLimits()
        limits.maxBytes = maxPackFileBytes
        limits.maxDepth = maxYAMLDepth
        return limits
    }
}
