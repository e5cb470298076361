/// A named capture of a pattern, as the result-type check sees it.
struct CaptureUse: Sendable, Hashable {
    /// Whether every match of the pattern contains the capture.
    var always: Bool
    /// What the capture wraps.
    var node: PatternNode
    /// Where `name:` is written in the pattern (scalar offset).
    var offset: Int
}

extension PatternNode {
    /// Every named capture, by name, with whether every match fills it.
    var captureUses: [String: CaptureUse] {
        switch self {
        case .literal, .lexicon, .reference, .tokenClass, .regex:
            return [:]
        case .capture(let name, let inner, let offset):
            var uses = inner.captureUses
            uses[name] = CaptureUse(always: true, node: inner, offset: offset)
            return uses
        case .sequence(let items):
            return items.reduce(into: [:]) { uses, item in
                for (name, use) in item.captureUses {
                    if let known = uses[name] { uses[name]?.always = known.always || use.always } else { uses[name] = use }
                }
            }
        case .alternation(let branches):
            let all = branches.map(\.captureUses)
            var uses: [String: CaptureUse] = [:]
            for branch in all {
                for (name, use) in branch where uses[name] == nil {
                    var merged = use
                    merged.always = all.allSatisfy { $0[name]?.always == true }
                    uses[name] = merged
                }
            }
            return uses
        case .repetition(let inner, let min, _, _):
            var uses = inner.captureUses
            if min == 0 { for name in uses.keys { uses[name]?.always = false } }
            return uses
        }
    }

    /// What a capture of this node yields, when it can be known at compile time.
    enum CapturedValues {
        /// Canonical ids of these lexicons (an empty id list means every id of the lexicon).
        case lexiconIDs([(lexicon: String, id: String?)])
        /// These literal words (the capture's value is the matched text as written).
        case literals([String])
        /// A number token, or a regex group the pack author constrains.
        case numberLike
        /// Words or results whose values are not known before the text is seen.
        case text
    }

    /// What a capture around this node yields.
    var capturedValues: CapturedValues {
        switch self {
        case .lexicon(let name, let id, _): return .lexiconIDs([(name, id)])
        case .literal(let text, _): return .literals([text])
        case .tokenClass(.num, _), .regex: return .numberLike
        case .capture(_, let inner, _): return inner.capturedValues
        case .alternation(let branches):
            var lexicons: [(lexicon: String, id: String?)] = [], literals: [String] = []
            for branch in branches {
                switch branch.capturedValues {
                case .lexiconIDs(let ids): lexicons += ids
                case .literals(let words): literals += words
                case .numberLike, .text: return .text
                }
            }
            if literals.isEmpty { return .lexiconIDs(lexicons) }
            return lexicons.isEmpty ? .literals(literals) : .text
        case .reference, .tokenClass, .sequence, .repetition: return .text
        }
    }
}
