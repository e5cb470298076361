/// A result before typing: which rule matched which tokens, with its captures.
struct RawResult: Sendable {
    var rule: Int32
    var kind: Int32
    var start: Int32
    var end: Int32
    var sentence: Int32
    var captures: [Capture]
    /// Fields from an extractor, or none for pattern rules.
    var fields: [String: FieldValue] = [:]
    /// The id an extractor gave.
    var id: String?
}

/// A span a pattern matched, with the head of its capture list.
struct Candidate: Sendable, Hashable {
    var matcher: Int32
    var start: Int32
    var end: Int32
    var captures: Int32
}
