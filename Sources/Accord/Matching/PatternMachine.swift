/// Runs the compiled pattern program over one sentence at a time: a Pike VM.
///
/// All matchers of a stage run in one left-to-right pass. Threads advance over
/// tokens, lexicon hits and earlier results; at each position a program state
/// is kept only once (for the leftmost, highest-priority thread), so the work
/// per position is bounded by the program size, never by backtracking.
struct PatternMachine {
    private struct Thread {
        var pc: Int32
        var start: Int32
        var captures: Int32
        var lastStart: Int32
        var last: ItemRef
    }

    private struct CaptureNode {
        var name: Int32
        var start: Int32
        var end: Int32        // -1 while open
        var item: ItemRef
        var previous: Int32
    }

    private let engine: CompiledEngine
    private var pending: [[Thread]] = []
    private var runnable: [Thread] = []
    private var stack: [Thread] = []
    private var visited: [UInt32]
    private var generation: UInt32 = 0
    private var captureNodes: [CaptureNode] = []
    private var activation: [UInt32]
    private var activated: [Int32] = []
    /// Threads waiting in `pending` at later positions, so anchored runs stop when none are left.
    private var pendingTotal = 0
    /// Regex results per (regex, token) for the current document: 0 unknown, 1 match, 2 no match.
    private var regexResults: [UInt8] = []

    /// Copies of hot engine tables, read per token: a `let` array of a class costs a retain per access.
    private let matcherStages: [Int]
    private let matcherEntries: [Int32]
    private let program: [Instruction]
    private let entryLexicons: [Int32]
    private let activeForms: [NormalizationForm]

    init(engine: CompiledEngine) {
        self.engine = engine
        matcherStages = engine.matchers.map(\.stage)
        matcherEntries = engine.matchers.map(\.entry)
        program = engine.program
        entryLexicons = engine.automaton.entries.map(\.lexicon)
        activeForms = engine.activeForms
        visited = [UInt32](repeating: 0, count: engine.program.count)
        activation = [UInt32](repeating: 0, count: engine.matchers.count)
    }

    /// Finds every candidate match of the stage's matchers inside `sentence`.
    mutating func run(
        stage: Int, sentence: Range<Int>, document: DocumentIndex, into candidates: inout [Candidate]
    ) {
        let stageInfo = engine.stages[stage]
        if stageInfo.matchers.isEmpty { return }
        let length = sentence.count
        if pending.count < length + 1 {
            pending.append(contentsOf: Array(repeating: [], count: length + 1 - pending.count))
        }
        for index in 0...length { pending[index].removeAll(keepingCapacity: true) }
        pendingTotal = 0

        let stageBit = UInt8(1) << UInt8(min(stage, 7))
        let startsOnHits = !stageInfo.startsByLexicon.isEmpty
        let startsOnResults = !stageInfo.startsByKind.isEmpty
        let startsOnTests = !stageInfo.testedStarts.isEmpty
        let testedFirstBytes = stageInfo.testedFirstBytes
        for offset in 0...length {
            let position = Int32(sentence.lowerBound + offset)
            // The common case, nothing alive and nothing that can start here: skip before any work.
            if pending[offset].isEmpty {
                if offset == length { continue }
                let index = Int(position)
                let testsMayStart = startsOnTests
                    && (testedFirstBytes.isEmpty || testedFirstBytes[Int(document.document.utf8[Int(document.document.tokens[index].start)])])
                if document.tokenStageMask[index] & stageBit == 0, !testsMayStart,
                   !startsOnHits || document.hitRange(at: index).isEmpty,
                   !startsOnResults || document.resultsStarting(at: index).isEmpty {
                    continue
                }
            }
            nextGeneration()
            if offset < length {
                collectActivated(at: Int(position), stage: stage, stageInfo: stageInfo, document: document)
            } else {
                activated.removeAll(keepingCapacity: true)
            }
            // Most positions start nothing and continue nothing: skip them without running the VM.
            if pending[offset].isEmpty && activated.isEmpty { continue }
            runnable.removeAll(keepingCapacity: true)
            pendingTotal -= pending[offset].count
            if pending[offset].count > 1 { pending[offset].sort { $0.start < $1.start } }
            for thread in pending[offset] { close(over: thread, at: position) }
            for matcher in activated {
                let entry = matcherEntries[Int(matcher)]
                close(over: Thread(pc: entry, start: position, captures: -1, lastStart: -1, last: .none), at: position)
            }
            for thread in runnable {
                step(thread, at: position, sentence: sentence, document: document, candidates: &candidates)
            }
        }
    }

    /// Runs context matchers anchored at every position of the sentence where they can start.
    ///
    /// Rule matches keep the leftmost start per state, which is right for leftmost-longest
    /// matching; a context condition needs every start (an `after` match may begin later than
    /// an overlapping one), so context patterns run anchored, one start at a time, and only
    /// for the rules that matched in the sentence.
    mutating func runContexts(
        _ regions: [(matcher: Int32, starts: Range<Int>)], sentence: Range<Int>, document: DocumentIndex, into candidates: inout [Candidate]
    ) {
        for (matcher, starts) in regions {
            let firsts = engine.anchors.firsts[Int(matcher)]
            for index in starts.clamped(to: sentence) where firsts.contains(where: { canStart($0, at: index, document) }) {
                runAnchored(matcher, at: index - sentence.lowerBound, sentence: sentence, document: document, into: &candidates)
            }
        }
    }

    /// Whether a first instruction can consume at a token (a cheap pre-check; the run decides).
    private mutating func canStart(_ first: Instruction, at index: Int, _ document: DocumentIndex) -> Bool {
        switch first {
        case .token(let form, let id):
            return document.ids.id(form, at: index) == id
        case .lexicon(let lexicon, _):
            return document.hitRange(at: index).contains { entryLexicons[Int(document.hits[$0].entry)] == lexicon }
        case .reference(let kind, _):
            return document.resultsStarting(at: index).contains { document.results[Int($0)].kind == kind }
        case .tokenClass, .regex:
            return passes(first, at: index, document)
        default:
            return true
        }
    }

    /// Runs one matcher from one start only, until no thread is left.
    private mutating func runAnchored(
        _ matcher: Int32, at startOffset: Int, sentence: Range<Int>, document: DocumentIndex, into candidates: inout [Candidate]
    ) {
        let length = sentence.count
        for index in startOffset...length { pending[index].removeAll(keepingCapacity: true) }
        pendingTotal = 0
        for offset in startOffset...length {
            if offset > startOffset {
                if pendingTotal == 0 { return }
                if pending[offset].isEmpty { continue }
            }
            let position = Int32(sentence.lowerBound + offset)
            nextGeneration()
            runnable.removeAll(keepingCapacity: true)
            pendingTotal -= pending[offset].count
            for thread in pending[offset] { close(over: thread, at: position) }
            if offset == startOffset {
                let entry = matcherEntries[Int(matcher)]
                close(over: Thread(pc: entry, start: position, captures: -1, lastStart: -1, last: .none), at: position)
            }
            for thread in runnable {
                step(thread, at: position, sentence: sentence, document: document, candidates: &candidates)
            }
        }
    }

    /// The captures of a candidate, in the order they closed.
    func captures(from head: Int32) -> [Capture] {
        var result: [Capture] = []
        var index = head
        while index >= 0 {
            let node = captureNodes[Int(index)]
            // An optional group that matched nothing captures nothing (`( name:(…) )?` and `name:(…)?` agree).
            if node.end > node.start { result.append(Capture(name: node.name, start: node.start, end: node.end, item: node.item)) }
            index = node.previous
        }
        return result.reversed()
    }

    /// Forgets capture nodes once a document is done.
    mutating func reset() {
        captureNodes.removeAll(keepingCapacity: true)
        regexResults.removeAll(keepingCapacity: true)
    }

    // MARK: Steps

    private mutating func nextGeneration() {
        generation &+= 1
        if generation == 0 {
            for index in visited.indices { visited[index] = 0 }
            generation = 1
        }
    }

    /// Follows non-consuming instructions from a thread, queueing consuming ones in priority order.
    private mutating func close(over thread: Thread, at position: Int32) {
        stack.append(thread)
        while var current = stack.popLast() {
            let pc = Int(current.pc)
            if visited[pc] == generation { continue }
            visited[pc] = generation
            switch program[pc] {
            case .jump(let target):
                current.pc = target
                stack.append(current)
            case .split(let first, let second):
                var other = current
                other.pc = second
                stack.append(other)
                current.pc = first
                stack.append(current)
            case .open(let name):
                captureNodes.append(CaptureNode(name: name, start: position, end: -1, item: .none, previous: current.captures))
                current.captures = Int32(captureNodes.count - 1)
                current.pc += 1
                stack.append(current)
            case .close(let name):
                var open = current.captures
                while open >= 0, !(captureNodes[Int(open)].name == name && captureNodes[Int(open)].end < 0) {
                    open = captureNodes[Int(open)].previous
                }
                let start = open >= 0 ? captureNodes[Int(open)].start : position
                let item = current.lastStart == start ? current.last : ItemRef.none
                captureNodes.append(CaptureNode(name: name, start: start, end: position, item: item, previous: current.captures))
                current.captures = Int32(captureNodes.count - 1)
                current.pc += 1
                stack.append(current)
            default:
                runnable.append(current)
            }
        }
    }

    private mutating func advance(_ thread: Thread, to end: Int32, from start: Int32, item: ItemRef, sentence: Range<Int>) {
        var next = thread
        next.pc += 1
        next.lastStart = start
        next.last = item
        pending[Int(end) - sentence.lowerBound].append(next)
        pendingTotal += 1
    }

    private mutating func step(
        _ thread: Thread, at position: Int32, sentence: Range<Int>, document: DocumentIndex, candidates: inout [Candidate]
    ) {
        let index = Int(position)
        let hasToken = index < sentence.upperBound
        switch program[Int(thread.pc)] {
        case .match(let matcher):
            if position > thread.start {
                candidates.append(Candidate(matcher: matcher, start: thread.start, end: position, captures: thread.captures))
            }
        case .token(let form, let id):
            if hasToken, document.ids.id(form, at: index) == id {
                advance(thread, to: position + 1, from: position, item: ItemRef(source: .token, index: position), sentence: sentence)
            }
        case .tokenClass(let tokenClass):
            if hasToken, document.token(index, is: tokenClass) {
                advance(thread, to: position + 1, from: position, item: ItemRef(source: .token, index: position), sentence: sentence)
            }
        case .regex(let regex):
            if hasToken, regexMatches(regex, at: index, document) {
                advance(thread, to: position + 1, from: position, item: ItemRef(source: .token, index: position, regex: regex),
                        sentence: sentence)
            }
        case .lexicon(let lexicon, let id):
            guard hasToken else { return }
            for hitIndex in document.hitRange(at: index) {
                let hit = document.hits[hitIndex]
                let entry = engine.automaton.entries[Int(hit.entry)]
                guard entry.lexicon == lexicon, id == nil || entry.id == id, Int(hit.end) <= sentence.upperBound else { continue }
                advance(thread, to: hit.end, from: position, item: ItemRef(source: .hit, index: Int32(hitIndex)), sentence: sentence)
            }
        case .reference(let kind, let id):
            guard hasToken else { return }
            for resultIndex in document.resultsStarting(at: index) {
                let result = document.results[Int(resultIndex)]
                guard result.kind == kind, Int(result.end) <= sentence.upperBound else { continue }
                if let id, document.resultID(Int(resultIndex)) != engine.strings[id] { continue }
                advance(thread, to: result.end, from: position, item: ItemRef(source: .result, index: resultIndex), sentence: sentence)
            }
        case .split, .jump, .open, .close:
            break   // handled in close(over:at:)
        }
    }

    /// Whether a first element's token test (class or regex) passes at a token.
    /// Whether a token matches a regex, remembered per document: many threads and starts ask
    /// about the same token, and running the regex engine costs more than all the rest of a step.
    private mutating func regexMatches(_ regex: Int32, at index: Int, _ document: DocumentIndex) -> Bool {
        let tokenCount = document.document.tokens.count
        if regexResults.count != engine.regexes.count * tokenCount {
            regexResults = [UInt8](repeating: 0, count: engine.regexes.count * tokenCount)
        }
        let slot = Int(regex) * tokenCount + index
        if regexResults[slot] == 0 {
            regexResults[slot] = document.token(index, matches: engine.regexes[Int(regex)]) ? 1 : 2
        }
        return regexResults[slot] == 1
    }

    private mutating func passes(_ test: Instruction, at index: Int, _ document: DocumentIndex) -> Bool {
        switch test {
        case .tokenClass(let tokenClass): return document.token(index, is: tokenClass)
        case .regex(let regex): return regexMatches(regex, at: index, document)
        default: return true
        }
    }

    /// The matchers of this stage whose first element can match at a token, in matcher order.
    private mutating func collectActivated(at index: Int, stage: Int, stageInfo: CompiledEngine.Stage, document: DocumentIndex) {
        activated.removeAll(keepingCapacity: true)
        let stamp = generation
        for form in activeForms {
            let id = Int(document.ids.id(form, at: index))
            if id < stageInfo.startsByToken[Int(form.rawValue)].count, stageInfo.startsByToken[Int(form.rawValue)][id],
               let matchers = engine.anchors.matchers(token: form, id: UInt32(id)) {
                for matcher in matchers { activate(matcher, stage: stage, stamp: stamp) }
            }
        }
        if !stageInfo.startsByLexicon.isEmpty {
            for hitIndex in document.hitRange(at: index) {
                let lexicon = entryLexicons[Int(document.hits[hitIndex].entry)]
                if stageInfo.startsByLexicon[Int(lexicon)], let matchers = engine.anchors.matchers(lexicon: lexicon) {
                    for matcher in matchers { activate(matcher, stage: stage, stamp: stamp) }
                }
            }
        }
        if !stageInfo.startsByKind.isEmpty {
            for resultIndex in document.resultsStarting(at: index) {
                let kind = document.results[Int(resultIndex)].kind
                if stageInfo.startsByKind.contains(kind), let matchers = engine.anchors.matchers(kind: kind) {
                    for matcher in matchers { activate(matcher, stage: stage, stamp: stamp) }
                }
            }
        }
        for (matcher, tests) in stageInfo.testedStarts {
            var passed = false
            for test in tests where passes(test, at: index, document) {
                passed = true
                break
            }
            if passed { activate(matcher, stage: stage, stamp: stamp) }
        }
        if activated.count > 1 { activated.sort() }
    }

    @inline(__always)
    private mutating func activate(_ matcher: Int32, stage: Int, stamp: UInt32) {
        if matcherStages[Int(matcher)] == stage && activation[Int(matcher)] != stamp {
            activation[Int(matcher)] = stamp
            activated.append(matcher)
        }
    }
}
