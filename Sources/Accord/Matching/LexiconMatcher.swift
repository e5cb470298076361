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
    /// Every stage's lexicon matchers grouped by stage, then lexicon, so a hit finds the
    /// matchers of its lexicon with two reads: stage s's of lexicon l are
    /// `matchers[starts[s * stride + l]..<starts[s * stride + l + 1]]`, in matcher order.
    ///
    /// One flat table, not a table per stage: the pattern machine copies it into buffers of its
    /// own, and reading nested arrays retained and released them in every (stage, sentence) run.
    struct Table: Sendable {
        let matchers: [LexiconMatcher]
        let starts: [Int32]
        /// Entries of ``starts`` per stage: one per lexicon, and one more.
        let stride: Int

        /// Groups each stage's matchers (`byStage[s]`) by lexicon.
        init(_ byStage: [[LexiconMatcher]], lexiconCount: Int) {
            stride = lexiconCount + 1
            var matchers: [LexiconMatcher] = [], starts: [Int32] = []
            starts.reserveCapacity(byStage.count * stride)
            for stageMatchers in byStage {
                // Stable: a lexicon's matchers stay in matcher order.
                let sorted = stageMatchers.enumerated()
                    .sorted { ($0.element.lexicon, $0.offset) < ($1.element.lexicon, $1.offset) }.map(\.element)
                var counts = [Int32](repeating: 0, count: stride)
                for direct in sorted { counts[Int(direct.lexicon) + 1] += 1 }
                var total = Int32(matchers.count)
                for lexicon in 0..<stride {
                    total += counts[lexicon]
                    starts.append(total)
                }
                matchers += sorted
            }
            self.matchers = matchers
            self.starts = starts
        }
    }
}
