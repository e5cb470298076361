/// A parsed pattern: the tree form of the compact pattern syntax.
///
/// Offsets count Unicode scalars from the start of the pattern string, so
/// compile errors can point at the element inside the YAML scalar.
indirect enum PatternNode: Sendable, Hashable {
    /// Token literals, from a bare word or a quoted phrase (tokenised at compile time).
    case literal(String, offset: Int)
    /// A phrase of a lexicon, optionally one canonical id.
    case lexicon(String, id: String?, offset: Int)
    /// A result of another rule, by kind, optionally one id.
    case reference(String, id: String?, offset: Int)
    /// One token of a class.
    case tokenClass(TokenClass, offset: Int)
    /// One token matching a regular expression; `caseSensitive` is `nil` when the pack's `case` option decides.
    case regex(String, caseSensitive: Bool?, offset: Int)
    /// Elements in order.
    case sequence([PatternNode])
    /// Any one of the alternatives.
    case alternation([PatternNode])
    /// Repetition from `min` to `max` times (`max == nil`: unbounded).
    case repetition(PatternNode, min: Int, max: Int?, offset: Int)
    /// A named capture.
    case capture(String, PatternNode, offset: Int)

    /// Whether the node can match without consuming a token.
    var isNullable: Bool {
        switch self {
        case .literal(let text, _): return text.isEmpty
        case .lexicon, .reference, .tokenClass, .regex: return false
        case .sequence(let items): return items.allSatisfy(\.isNullable)
        case .alternation(let items): return items.contains(where: \.isNullable)
        case .repetition(let node, let min, _, _): return min == 0 || node.isNullable
        case .capture(_, let node, _): return node.isNullable
        }
    }

    /// Every result kind the pattern refers to with `@kind`.
    var referencedKinds: [String] {
        switch self {
        case .reference(let kind, _, _): return [kind]
        case .literal, .lexicon, .tokenClass, .regex: return []
        case .sequence(let items), .alternation(let items): return items.flatMap(\.referencedKinds)
        case .repetition(let node, _, _, _), .capture(_, let node, _): return node.referencedKinds
        }
    }
}

/// The token classes a pattern can name with `#`.
enum TokenClass: String, Sendable, Hashable, CaseIterable {
    /// A number token (`5.000`, `7`).
    case num
    /// A word token.
    case word
    /// A word starting with an uppercase letter.
    case cap
    /// A word whose letters are all uppercase.
    case upper
    /// A punctuation token.
    case punct
    /// Any token.
    case any
}
