/// A rule condition as the pattern machine reads it when it works out where the condition's
/// context pattern must be searched for a candidate (``PatternMachine/contextRegions(for:sentence:into:)``).
struct ConditionRegion {
    /// The context matcher.
    var matcher: Int32
    /// Before the candidate, after it, or anywhere in the sentence.
    var region: RuleDefinition.Context.Region
    /// The condition's window, else its rule's, in tokens; -1 for none (windows are 0…200).
    var window: Int32
    /// The most tokens a match of the context pattern spans, or -1 when unbounded.
    var longest: Int32

    init(_ condition: CompiledEngine.Rule.Condition, window: Int?, longest: Int32) {
        matcher = condition.matcher
        region = condition.region
        self.window = window.map { Int32($0) } ?? -1
        self.longest = longest
    }
}
