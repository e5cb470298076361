/// Runs the compiled pattern program over one sentence at a time: a Pike VM.
///
/// All matchers of a stage run in one left-to-right pass. Threads advance over
/// tokens, lexicon hits and earlier results; at each position a program state
/// is kept only once (for the leftmost, highest-priority thread), so the work
/// per position is bounded by the program size, never by backtracking.
///
/// The machine is the engine's inner loop: it reads the program as ``PatternOp``
/// records, the document through a ``DocumentView``, and keeps its queues in
/// ``ScratchBuffer``s reused across sentences and documents.
struct PatternMachine: ~Copyable {
    // The nested records are internal, not private: Swift 6.3 crashes ("Global is external,
    // but doesn't have external or weak linkage") when a private type fills a noncopyable
    // generic that another file destroys.
    struct Thread {
        var pc: Int32
        var start: Int32
        var captures: Int32
        var lastStart: Int32
        var last: ItemRef
    }

    /// A thread waiting at a later position, linked to the next one waiting at the same position.
    struct Queued {
        var thread: Thread
        var next: Int32
    }

    struct CaptureNode {
        var name: Int32
        var start: Int32
        var end: Int32        // -1 while open
        var item: ItemRef
        var previous: Int32
    }

    let engine: CompiledEngine
    private let closures: EpsilonClosures
    private let program: [PatternOp]
    let starts: MatcherStarts
    let matcherEntries: [Int32]
    let entryLexicons: [Int32]
    let entryIDs: [Int32]
    /// Per lexicon: its longest phrase in tokens.
    let lexiconLongest: [Int32]
    /// Per lexicon: whether it is matched on demand (``CompiledEngine/onDemandLexicon``): its
    /// hits are found from a token when asked (``findOnDemandHits(at:sentence:view:)``), not in the view.
    let onDemandLexicon: [Bool]
    /// The engine's automaton, held here so its on-demand phrases are read in place (read
    /// through the engine, each call copied it, retaining every table it has).
    let automaton: LexiconAutomaton
    /// The on-demand hits found at the token asked about last.
    var onDemandFound = ScratchBuffer<LexiconHit>(capacity: 16)
    let activeForms: [UInt8]

    /// Threads queued for later positions of the current sentence, as per-position FIFO lists.
    private var queue = ScratchBuffer<Queued>(capacity: 256)
    /// Entries of `queue` already taken, linked through `next`, for `enqueue` to reuse: the queue
    /// then holds the threads alive at once, not every thread the sentence ever queued (a long
    /// gap keeps about a hundred alive per token, which over a 1 MB sentence was half a gigabyte).
    private var freeEntries: Int32 = -1
    var heads = ScratchBuffer<Int32>(capacity: 256)
    var tails = ScratchBuffer<Int32>(capacity: 256)
    /// Threads queued at the current position, left to right by start.
    var arrived = ScratchBuffer<Thread>(capacity: 64)
    private var stack = ScratchBuffer<Thread>(capacity: 64)
    private var visited: ScratchBuffer<UInt32>
    private(set) var generation: UInt32 = 0
    var captureNodes = ScratchBuffer<CaptureNode>(capacity: 256)
    var activation: ScratchBuffer<UInt32>
    var activated = ScratchBuffer<Int32>(capacity: 16)
    /// Threads queued at later positions, so anchored runs stop when none are left.
    var pendingTotal = 0
    /// The last sentence offset a thread was queued at since the queues were cleared.
    var queuedUpTo = -1
    /// Regex results per (token spelling, regex), kept for a whole session: 0 unknown, 1 match, 2 no match.
    var regexResults = ScratchBuffer<UInt8>(capacity: 1024)
    /// Per (token spelling, stage) for stages whose tested starts are all regexes
    /// (``MatcherStarts/Stage/firstBytes``): 0 unknown, 1 one of them passes, 2 none does.
    var testedVerdicts = ScratchBuffer<UInt8>(capacity: 1024)

    /// What the current sentence contains, so matchers whose required items are missing stay idle.
    var presence: SentencePresence
    /// The rules' conditions and shared programs, per matcher.
    let conditions: RuleConditionTables
    /// Per stage: whether some matcher of the stage has requirements.
    private let stageHasRequirements: [Bool]
    /// What a sentence must contain for a run of a stage to start anything.
    private let startFilter: StageStartFilter
    /// The rules listed from the hit index instead of run: ``CompiledEngine/lexiconMatcherTable``
    /// in buffers of the machine's own (reading the table's arrays retained and released them).
    let lexiconMatcherList: ScratchBuffer<LexiconMatcher>
    let lexiconMatcherStarts: ScratchBuffer<Int32>
    /// ``LexiconMatcher/Table/stride``.
    let lexiconMatcherStride: Int
    /// Per matcher: ``CompiledEngine/longestMatch``, in a buffer of the machine's (see above).
    let longestMatch: ScratchBuffer<Int32>
    /// Per matcher: the stamp of the last sentence it matched in, and the furthest end it
    /// matched up to there (see `listLexiconMatches`).
    var matchedStamp: ScratchBuffer<UInt32>
    var matchedUpTo: ScratchBuffer<Int32>
    var listStamp: UInt32 = 0

    init(engine: CompiledEngine) {
        self.engine = engine
        program = engine.program.map(PatternOp.init)
        closures = engine.closures
        starts = engine.starts
        matcherEntries = engine.matchers.map(\.entry)
        entryLexicons = engine.automaton.entries.map(\.lexicon)
        entryIDs = engine.automaton.entries.map(\.id)
        lexiconLongest = engine.lexicons.map { Int32($0.longestPhrase) }
        onDemandLexicon = engine.onDemandLexicon
        automaton = engine.automaton
        activeForms = engine.activeForms.map(\.rawValue)
        visited = ScratchBuffer(repeating: 0, count: engine.program.count)
        activation = ScratchBuffer(repeating: 0, count: engine.matchers.count)
        presence = SentencePresence(engine: engine)
        lexiconMatcherList = ScratchBuffer(engine.lexiconMatcherTable.matchers)
        lexiconMatcherStarts = ScratchBuffer(engine.lexiconMatcherTable.starts)
        lexiconMatcherStride = engine.lexiconMatcherTable.stride
        longestMatch = ScratchBuffer(engine.longestMatch)
        matchedStamp = ScratchBuffer(repeating: 0, count: engine.matchers.count)
        matchedUpTo = ScratchBuffer(repeating: 0, count: engine.matchers.count)
        conditions = RuleConditionTables(engine: engine)
        stageHasRequirements = engine.stages.indices.map { stage in
            engine.matchers.indices.contains { engine.matchers[$0].stage == stage && engine.requirements.hasRequirements($0) }
        }
        startFilter = StageStartFilter(starts: starts, requirements: engine.requirements)
    }

    /// Prepares for a new document.
    ///
    /// - Parameter spellingsForgotten: The session's token spellings were renumbered, so
    ///   regex results remembered per spelling no longer apply.
    mutating func reset(spellingsForgotten: Bool) {
        captureNodes.removeAll()
        presence.beginDocument()
        if spellingsForgotten {
            regexResults.removeAll()
            testedVerdicts.removeAll()
        }
    }

    /// Finds every candidate match of the stage's matchers inside `sentence`.
    mutating func run(
        stage: Int, sentence: Range<Int>, view: DocumentView, index: DocumentIndex, into candidates: inout [Candidate]
    ) {
        // The last sentence's captures were copied out when its matches were selected: start
        // the nodes afresh, so a document's memory follows its longest sentence, not its length.
        captureNodes.removeAll()
        // A stage has lexicon matchers when its first and last starts differ.
        let listBase = stage * lexiconMatcherStride
        if lexiconMatcherStarts[listBase] != lexiconMatcherStarts[listBase + lexiconMatcherStride - 1] {
            listLexiconMatches(stage: stage, sentence: sentence, view: view, into: &candidates)
        }
        let stageStarts = starts.stages[stage]
        // Tests that begin with known bytes are in the stage masks (the index marks the tokens
        // that begin with one): the masks then say where anything of the stage can start.
        let testsInMask = stageStarts.firstBytes != nil
        // A sentence where nothing of this stage can start is skipped whole: no token or hit
        // starts one of its matchers, no token test can, and no earlier result starts inside it.
        if let first = sentence.first, stageStarts.tested.isEmpty || testsInMask,
           view.sentenceStageMask[Int(view.sentenceOfToken[first])] & stageStarts.bit == 0,
           !stageStarts.startsOnResults || view.resultStarts[sentence.lowerBound] == view.resultStarts[sentence.upperBound] {
            return
        }
        if stageHasRequirements[stage] {
            presence.note(sentence, view: view)
            // Most sentences that pass the masks have no matcher of the stage whose requirements
            // they meet (the masks know the starts, not the rest): nothing could be activated.
            if !startFilter.mayStart(stage: stage, items: presence.items) { return }
        }
        let length = sentence.count
        clearQueues(length: length)
        // Tests not in the masks (token classes, regexes without a known first byte) are tried at every token.
        let testsPossible = !stageStarts.tested.isEmpty && !testsInMask
        // When only tokens, hits and masked tests can start the stage's matchers, a stretch where
        // nothing is queued is crossed by reading the stage masks alone, to the next token that can start one.
        let startsOnMaskOnly = !testsPossible && !stageStarts.startsOnResults
        let listBit = UInt16(stageStarts.bit), testBit = UInt16(stageStarts.bit) << 8
        let startBits = listBit | testBit
        var offset = 0
        while offset <= length {
            defer { offset &+= 1 }
            if startsOnMaskOnly && pendingTotal == 0 {
                // Wrapping: token indices inside the sentence cannot overflow.
                var next = sentence.lowerBound &+ offset
                while next < sentence.upperBound && view.stageMask[next] & startBits == 0 { next &+= 1 }
                if next == sentence.upperBound { break }
                offset = next &- sentence.lowerBound
            }
            // Token indices fit in Int32 (the tokeniser's limit): converted without a check, as
            // below, where each check was a test at every position, step and capture.
            let position = Int32(truncatingIfNeeded: sentence.lowerBound &+ offset)
            let token = Int(position)
            // Whether anything of the stage can start here: a token or hit the masks mark, a token
            // its first byte lets through to a test (or any token, for tests of no known first
            // byte) whose spelling a test may pass (remembered when the tests are all regexes, see
            // `testsMayPass`), or an earlier result. Asked where threads are waiting too: seven in
            // ten of the positions that collected starts had none to collect, most of them such.
            var startsHere = false, testsMayStart = false
            if offset < length {
                let mask = view.stageMask[token]
                testsMayStart = (testsPossible || mask & testBit != 0) && testsMayPass(stage: stage, at: token, view: view, index: index)
                startsHere = mask & listBit != 0 || testsMayStart
                    || stageStarts.startsOnResults && view.resultStarts[token] != view.resultStarts[token + 1]
            }
            // The common case, nothing alive and nothing that can start here: skip before any work.
            if heads[offset] < 0 && !startsHere { continue }
            nextGeneration()
            activated.removeAll()
            if startsHere { collectActivated(at: token, stage: stage, testsMayStart: testsMayStart, view: view, index: index) }
            // Most positions start nothing and continue nothing: skip them without running the VM.
            if heads[offset] < 0 && activated.isEmpty { continue }
            takeArrived(at: offset)
            for thread in 0..<arrived.count {
                close(over: arrived[thread], at: position, sentence: sentence, view: view, index: index, candidates: &candidates)
            }
            for number in 0..<activated.count {
                let entry = matcherEntries[Int(activated[number])]
                close(over: Thread(pc: entry, start: position, captures: -1, lastStart: -1, last: .none), at: position,
                      sentence: sentence, view: view, index: index, candidates: &candidates)
            }
        }
    }

    // MARK: Queues

    /// How many queue entries the machine holds, taken or waiting: the most threads it had
    /// queued at once in the last sentence (tests check that it stays that small).
    var queueEntryCount: Int { queue.count }

    /// Makes the queues ready for a sentence of `length` tokens.
    ///
    /// Every run leaves `heads` and `tails` all -1 (each offset holding threads is taken before
    /// the run ends), so they only grow here: clearing them for every anchored context run was a
    /// memset of the whole sentence per start, quadratic in the sentence length.
    mutating func clearQueues(length: Int) {
        // The invariant above, checked in constant time: every queued thread was taken.
        assert(pendingTotal == 0, "a run left threads queued")
        queue.removeAll()
        freeEntries = -1
        heads.extend(to: length + 1, with: -1)
        tails.extend(to: length + 1, with: -1)
        pendingTotal = 0
        queuedUpTo = -1
    }

    /// Queues a thread at a later sentence offset, after the threads already queued there.
    @inline(__always)
    private mutating func enqueue(_ thread: Thread, at offset: Int) {
        let number: Int32
        if freeEntries >= 0 {
            number = freeEntries
            freeEntries = queue[Int(number)].next
            queue[Int(number)] = Queued(thread: thread, next: -1)
        } else {
            number = Int32(queue.count)
            queue.append(Queued(thread: thread, next: -1))
        }
        let tail = tails[offset]
        if tail < 0 { heads[offset] = number } else { queue[Int(tail)].next = number }
        tails[offset] = number
        pendingTotal &+= 1
        if offset > queuedUpTo { queuedUpTo = offset }
    }

    /// Moves the threads queued at an offset into `arrived`, ordered by start (leftmost first,
    /// queue order among equals).
    mutating func takeArrived(at offset: Int) {
        arrived.removeAll()
        var next = heads[offset]
        // Whether the threads came in order of start already: most positions take one thread, or
        // a few queued by the same start's closure, and the sort's call and pass were a third of this.
        var ordered = true, lastStart = Int32.min
        while next >= 0 {
            let queued = queue[Int(next)]
            arrived.append(queued.thread)
            if queued.thread.start < lastStart { ordered = false }
            lastStart = queued.thread.start
            queue[Int(next)].next = freeEntries   // taken: free for reuse
            freeEntries = next
            next = queued.next
        }
        heads[offset] = -1
        tails[offset] = -1
        pendingTotal &-= arrived.count
        if !ordered { arrived.stableSort(0..<arrived.count) { $0.start } }
    }

    // MARK: Steps

    mutating func nextGeneration() {
        generation &+= 1
        if generation == 0 {
            visited.reset(count: visited.count, to: 0)
            generation = 1
        }
    }

    /// Follows non-consuming instructions from a thread and steps each consuming state it reaches
    /// (``step(_:at:sentence:view:index:candidates:)``), in priority order.
    ///
    /// Stepping a state as soon as the closure reaches it queues the same threads in the same
    /// order as closing over every thread of a position first and stepping them after: a step
    /// queues only at later positions and claims no state, so it changes nothing the rest of the
    /// position's closure reads. The list of runnable threads between the two was a store and a
    /// load of every thread, and a call per step.
    mutating func close(
        over thread: Thread, at position: Int32, sentence: Range<Int>, view: DocumentView, index: DocumentIndex,
        candidates: inout [Candidate]
    ) {
        if let list = closures.list(thread.pc) {
            // The common case: the states this thread reaches are listed; take the unclaimed ones.
            for number in IndexSequence(list) {
                let target = closures.targets[number]
                let pc = Int(target.pc)
                if visited[pc] == generation { continue }
                visited[pc] = generation
                var current = thread
                current.pc = target.pc
                for opNumber in IndexSequence(from: Int(target.opsStart), to: Int(target.opsStart &+ target.opsCount)) {
                    capture(closures.ops[opNumber], on: &current, at: position)
                }
                step(current, at: position, sentence: sentence, view: view, index: index, candidates: &candidates)
            }
            return
        }
        stack.append(thread)
        while var current = stack.popLast() {
            let pc = Int(current.pc)
            if visited[pc] == generation { continue }
            visited[pc] = generation
            let op = program[pc]
            switch op.code {
            case .jump:
                current.pc = op.a
                stack.append(current)
            case .split:
                var other = current
                other.pc = op.b
                stack.append(other)
                current.pc = op.a
                stack.append(current)
            case .open, .close:
                capture(op, on: &current, at: position)
                current.pc += 1
                stack.append(current)
            default:
                step(current, at: position, sentence: sentence, view: view, index: index, candidates: &candidates)
            }
        }
    }

    /// Applies an `open` or `close` instruction to a thread's capture list.
    @inline(__always)
    private mutating func capture(_ op: PatternOp, on thread: inout Thread, at position: Int32) {
        if op.code == .open {
            captureNodes.append(CaptureNode(name: op.a, start: position, end: -1, item: .none, previous: thread.captures))
        } else {
            var open = thread.captures
            while open >= 0 {
                let node = captureNodes[Int(open)]
                if node.name == op.a && node.end < 0 { break }
                open = node.previous
            }
            let start = open >= 0 ? captureNodes[Int(open)].start : position
            let item = thread.lastStart == start ? thread.last : ItemRef.none
            captureNodes.append(CaptureNode(name: op.a, start: start, end: position, item: item, previous: thread.captures))
        }
        thread.captures = Int32(truncatingIfNeeded: captureNodes.count &- 1)
    }

    @inline(__always)
    private mutating func advance(_ thread: Thread, to end: Int32, from start: Int32, item: ItemRef, sentence: Range<Int>) {
        var next = thread
        next.pc += 1
        next.lastStart = start
        next.last = item
        enqueue(next, at: Int(end) - sentence.lowerBound)
    }

    mutating func step(
        _ thread: Thread, at position: Int32, sentence: Range<Int>, view: DocumentView, index: DocumentIndex,
        candidates: inout [Candidate]
    ) {
        let token = Int(position)
        let hasToken = token < sentence.upperBound
        let op = program[Int(thread.pc)]
        switch op.code {
        case .match:
            if position > thread.start {
                candidates.append(Candidate(matcher: op.a, start: thread.start, end: position, captures: thread.captures))
            }
        case .token:
            if hasToken, view.id(op.small, at: token) == UInt32(bitPattern: op.a) {
                advance(thread, to: position + 1, from: position, item: ItemRef(source: .token, index: position), sentence: sentence)
            }
        case .tokenClass:
            if hasToken, view.token(token, isClass: op.small) {
                advance(thread, to: position + 1, from: position, item: ItemRef(source: .token, index: position), sentence: sentence)
            }
        case .regex:
            if hasToken, regexMatches(op.a, at: token, view: view, index: index) {
                advance(thread, to: position + 1, from: position, item: ItemRef(source: .token, index: position, regex: op.a),
                        sentence: sentence)
            }
        case .lexicon:
            guard hasToken else { return }
            // A lexicon matched on demand is only ever a context pattern's whole pattern
            // (``OnDemandLexicons``), listed without a run: never stepped over here.
            assert(!onDemandLexicon[Int(op.a)], "a run reached a lexicon matched on demand")
            for hitIndex in view.hitRange(at: token) {
                let hit = view.hits[hitIndex]
                let entry = Int(hit.entry)
                guard entryLexicons[entry] == op.a, op.b < 0 || entryIDs[entry] == op.b, Int(hit.end) <= sentence.upperBound else { continue }
                advance(thread, to: hit.end, from: position, item: ItemRef(source: .hit, index: Int32(hitIndex)), sentence: sentence)
            }
        case .reference:
            guard hasToken else { return }
            for order in view.resultRange(at: token) {
                let resultIndex = view.resultOrder[order]
                let result = view.results[Int(resultIndex)]
                guard result.kind == op.a, Int(result.end) <= sentence.upperBound, op.b < 0 || result.id == op.b else { continue }
                advance(thread, to: result.end, from: position, item: ItemRef(source: .result, index: resultIndex), sentence: sentence)
            }
        case .split, .jump, .open, .close:
            break   // handled in close(over:at:sentence:view:index:candidates:)
        }
    }
}
