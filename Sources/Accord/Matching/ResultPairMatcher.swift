/// A context pattern that is two results with a gap of any tokens between them
/// (`sentence: '@party #any{0,60} @party'`, "two parties in the sentence, at most 60 tokens apart").
///
/// A `sentence` condition only asks whether the pattern matches somewhere in the sentence, and
/// for this shape that is a question about the sentence's results, answered from the result
/// index: the pattern machine ran it from every result of the first kind, two steps a gap token,
/// a seventh of all its steps over the benchmark corpus.
struct ResultPairMatcher: Sendable, Hashable {
    /// The first result's kind, and the id it must have (a string-table index), or -1 for any.
    var firstKind: Int32
    var firstID: Int32
    /// The second result's kind and id, likewise.
    var secondKind: Int32
    var secondID: Int32
    /// How many tokens may lie between the two results.
    var gap: ClosedRange<Int32>

    /// Recognises the program `reference(A) tokenClass(any){m} (split tokenClass(any)){n−m}
    /// reference(B) match` at `entry`, every split skipping the rest of the gap (how
    /// `@A #any{m,n} @B` compiles); `nil` for any other shape (captures, other classes,
    /// unbounded gaps, more elements).
    init?(matcher: Int32, entry: Int32, program: [Instruction]) {
        var pc = Int(entry)
        guard pc < program.count, case .reference(let firstKind, let firstID) = program[pc] else { return nil }
        pc += 1
        var least: Int32 = 0
        while pc < program.count, case .tokenClass(.any) = program[pc] {
            least += 1
            pc += 1
        }
        // The optional copies: each split either takes one more gap token or leaves the gap.
        var most = least
        var gapEnd: Int32?
        while pc + 1 < program.count, case .split(let take, let leave) = program[pc], take == Int32(pc + 1),
              case .tokenClass(.any) = program[pc + 1] {
            guard gapEnd == nil || gapEnd == leave else { return nil }
            gapEnd = leave
            most += 1
            pc += 2
        }
        if let gapEnd, gapEnd != Int32(pc) { return nil }
        guard pc + 1 < program.count, case .reference(let secondKind, let secondID) = program[pc],
              case .match(let number) = program[pc + 1], number == matcher else { return nil }
        self.firstKind = firstKind
        self.firstID = firstID ?? -1
        self.secondKind = secondKind
        self.secondID = secondID ?? -1
        gap = least...most
    }

    /// Whether a result is of the first (or second) kind with the id asked for.
    @inline(__always)
    func isFirst(_ result: ResultSpan) -> Bool { result.kind == firstKind && (firstID < 0 || result.id == firstID) }

    @inline(__always)
    func isSecond(_ result: ResultSpan) -> Bool { result.kind == secondKind && (secondID < 0 || result.id == secondID) }
}
