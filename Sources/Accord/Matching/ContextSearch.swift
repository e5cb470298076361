/// Where one context matcher is searched in a sentence: the hull of what the conditions of the
/// sentence's candidates ask of it (``PatternMachine/contextRegions(for:sentence:into:)``).
struct ContextSearch {
    /// The context matcher.
    var matcher: Int32
    /// The tokens its matches may start at.
    var starts: Range<Int>
    /// The token its matches may end at, at the latest: a `before` condition reads matches that
    /// end by its candidate's start; the others, the sentence's end.
    var lastEnd: Int
}
