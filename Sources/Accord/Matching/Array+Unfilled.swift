extension Array where Element: BitwiseCopyable {
    /// An array of `count` elements left unwritten, for a caller that writes every one of them
    /// before it reads any: the zeros `init(repeating:count:)` writes first cost a pass over
    /// the memory (per document, for each per-token table).
    init(unfilledCount count: Int) {
        self.init(unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }
}
