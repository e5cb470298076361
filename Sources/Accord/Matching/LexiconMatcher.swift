/// A rule whose whole pattern is one lexicon reference, optionally captured
/// (`%countries`, `area:%areas`, `trigger:%agreement-triggers=signing`).
///
/// Such a rule matches exactly the sentence's hits of the lexicon (of one entry, when the
/// pattern names it), so the pattern machine lists them from the hit index instead of
/// starting a thread at each: about half of all rule starts in the standard packs, each of
/// which cost a closure, a queue entry and three steps.
struct LexiconMatcher: Sendable, Hashable {
    var matcher: Int32
    var lexicon: Int32
    /// The entry id every hit must have (a string-table index), or -1 for any.
    var id: Int32
    /// The capture name around the reference, or -1 when it is not captured.
    var capture: Int32

    /// Recognises the program `open(n)? lexicon(L, id) close(n)? match` at `entry`; `nil` for any
    /// other shape (alternatives, repeats, more elements).
    init?(matcher: Int32, entry: Int32, program: [Instruction]) {
        var pc = Int(entry)
        func next() -> Instruction? {
            guard pc < program.count else { return nil }
            defer { pc += 1 }
            return program[pc]
        }
        var opened: Int32 = -1
        var instruction = next()
        if case .open(let name)? = instruction {
            opened = name
            instruction = next()
        }
        guard case .lexicon(let lexicon, let id)? = instruction else { return nil }
        instruction = next()
        if opened >= 0 {
            guard case .close(let name)? = instruction, name == opened else { return nil }
            instruction = next()
        }
        guard case .match(let number)? = instruction, number == matcher else { return nil }
        self.matcher = matcher
        self.lexicon = lexicon
        self.id = id ?? -1
        self.capture = opened
    }
}

extension LexiconMatcher {
    /// One stage's lexicon matchers grouped by lexicon, so a hit finds the matchers of its
    /// lexicon with two reads: lexicon l's are `matchers[starts[l]..<starts[l + 1]]`, in matcher order.
    struct ByLexicon: Sendable {
        let matchers: [LexiconMatcher]
        /// Empty when the stage has no lexicon matchers.
        let starts: [Int32]

        init(_ stageMatchers: [LexiconMatcher], lexiconCount: Int) {
            // Stable: a lexicon's matchers stay in matcher order.
            matchers = stageMatchers.enumerated().sorted { ($0.element.lexicon, $0.offset) < ($1.element.lexicon, $1.offset) }.map(\.element)
            guard !matchers.isEmpty else {
                starts = []
                return
            }
            var starts = [Int32](repeating: 0, count: lexiconCount + 1)
            for direct in matchers { starts[Int(direct.lexicon) + 1] += 1 }
            for lexicon in 0..<lexiconCount { starts[lexicon + 1] += starts[lexicon] }
            self.starts = starts
        }
    }
}
