/// Bounds on the YAML Accord will read, so a hostile or broken file fails fast.
///
/// ```swift
/// var limits = YAMLLimits.default
/// limits.maxDepth = 16
/// let root = try YAMLReader.parse(bytes, file: "pack.yaml", limits: limits)
/// ```
struct YAMLLimits: Sendable, Hashable {
    /// The largest file, in bytes (8 MiB).
    var maxBytes = 8 << 20
    /// The deepest nesting of lists and mappings; the top-level collection is level 1.
    var maxDepth = 64
    /// The most nodes (scalars, lists and mappings, keys included) in one file.
    var maxNodes = 1_000_000

    /// The limits packs are read with.
    static let `default` = YAMLLimits()
}
