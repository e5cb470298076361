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
