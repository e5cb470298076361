/// What the analyser decided about each match of one document, recorded only when a text is
/// explained (`accord explain`, deep lint): normal analysis carries no trace and pays nothing.
final class ExplainTrace {
    /// What became of a span a rule's pattern matched.
    enum Outcome: Hashable {
        /// Kept for the overlap resolution of its kind.
        case selected
        /// A context condition (its index in the rule's conditions) did not hold.
        case conditionFailed(Int)
        /// An earlier, longer match of the same rule already covers its start.
        case overlapsSameRule(start: Int32, end: Int32)
    }

    /// One match of a rule's pattern in a sentence.
    struct CandidateRecord: Hashable {
        var rule: Int32
        var start: Int32
        var end: Int32
        var sentence: Int32
        var outcome: Outcome
    }

    /// Why the overlap policy preferred the winner (the first criterion that differed).
    enum OverlapReason: String, Hashable {
        case priority, length, position, order
    }

    /// A result of some kind dropped because an accepted one of the same kind overlaps it.
    struct OverlapDrop {
        var dropped: RawResult
        var winner: RawResult
        var reason: OverlapReason
    }

    var candidates: [CandidateRecord] = []
    var drops: [OverlapDrop] = []
    /// The document as the analysis left it: tokens, ids, hits and every accepted result.
    var index: DocumentIndex?
}
