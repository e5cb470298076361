/// A result before typing: which rule matched which tokens.
///
/// Plain values only, so the sorting and copying that overlap resolution does cost no
/// reference counting: captures and an extractor's id and fields live in the document's
/// ``ResultStore``, which this result points into.
struct RawResult: Sendable, Hashable {
    var rule: Int32
    var kind: Int32
    var start: Int32
    var end: Int32
    var sentence: Int32
    /// `store.captures[captureStart..<captureStart + captureCount]` are its captures.
    var captureStart: Int32 = 0
    var captureCount: Int32 = 0
    /// The index of its extractor output in `store.extractions`, or -1 for pattern rules.
    var extraction: Int32 = -1
}

/// A span a pattern matched, with the head of its capture list.
struct Candidate: Sendable, Hashable {
    var matcher: Int32
    var start: Int32
    var end: Int32
    var captures: Int32
}
