/// A set of versions, as `requires:` and versioned imports write them: comparators joined by
/// spaces or commas, all of which must hold (`>=0.2 <1.0`, `^0.3`, `~1.2.3`, `=0.3.0`, `0.3.0`).
///
/// `^0.3` allows `0.3.x` (for 0.x the minor version is breaking), `^1.2` allows `1.x` from
/// `1.2.0`; `~1.2.3` allows `1.2.x` from `1.2.3`. A missing minor or patch counts as 0.
struct VersionRange: Sendable, Hashable, CustomStringConvertible {
    private struct Bound: Sendable, Hashable {
        enum Relation: String, Sendable, Hashable { case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "=" }
        var relation: Relation
        var version: SemanticVersion

        func contains(_ candidate: SemanticVersion) -> Bool {
            switch relation {
            case .less: candidate < version
            case .lessOrEqual: candidate <= version
            case .greater: candidate > version
            case .greaterOrEqual: candidate >= version
            case .equal: candidate == version
            }
        }
    }

    private var bounds: [Bound]
    /// The range as written.
    let text: String

    /// Parses a range; `nil` when it is malformed.
    init?(_ text: String) {
        self.text = text
        var bounds: [Bound] = []
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard !parts.isEmpty else { return nil }
        for part in parts {
            guard let parsed = Self.bounds(part) else { return nil }
            bounds += parsed
        }
        self.bounds = bounds
    }

    /// Whether a version is in the range (a prerelease only when a bound names it exactly).
    func contains(_ version: SemanticVersion) -> Bool {
        bounds.allSatisfy { $0.contains(version) }
    }

    var description: String { text }

    private static func bounds(_ part: String) -> [Bound]? {
        let operators: [(String, Bound.Relation?)] = [(">=", .greaterOrEqual), ("<=", .lessOrEqual), (">", .greater), ("<", .less),
                                                      ("=", .equal), ("^", nil), ("~", nil)]
        for (symbol, relation) in operators where part.hasPrefix(symbol) {
            guard let version = partial(String(part.dropFirst(symbol.count))) else { return nil }
            if let relation { return [Bound(relation: relation, version: version)] }
            var upper = version
            if symbol == "~" || version.major == 0 {
                upper.minor += 1
                upper.patch = 0
            } else {
                upper.major += 1
                upper.minor = 0
                upper.patch = 0
            }
            upper.prerelease = nil
            return [Bound(relation: .greaterOrEqual, version: version), Bound(relation: .less, version: upper)]
        }
        return partial(part).map { [Bound(relation: .equal, version: $0)] }
    }

    /// `1`, `1.2` or `1.2.3` as a full version.
    private static func partial(_ text: String) -> SemanticVersion? {
        let count = text.split(separator: "-", maxSplits: 1).first?.split(separator: ".", omittingEmptySubsequences: false).count ?? 0
        switch count {
        case 1: return SemanticVersion(text + ".0.0")
        case 2: return SemanticVersion(text + ".0")
        default: return SemanticVersion(text)
        }
    }
}
