/// Replays one rule's compiled pattern over an analysed document by backtracking, recording
/// where each top-level element started: how `accord explain` shows what every element of a
/// match consumed, and how far a rule that did not fire got ("why not").
///
/// The pattern machine keeps no such trail (it would cost every analysis); this replay reads
/// the same program, token ids, lexicon hits and accepted results, so it agrees with it. It is
/// linear per start (each program state and token position is visited once).
struct PatternTracer {
    /// How far the pattern got from one start token.
    struct Attempt: Hashable {
        /// The token the attempt started at.
        var start: Int32
        /// For each element reached, the token it started at.
        var elementStarts: [Int32]
        /// Where the last reached element starts (for a complete match: where the match ends).
        var position: Int32
        /// Whether every element matched.
        var isComplete: Bool

        /// How far it got: a complete match beats any partial one, then more elements reached.
        var rank: Int { isComplete ? Int.max : elementStarts.count }
    }

    let engine: CompiledEngine
    let index: DocumentIndex
    /// States explored per start at most; explanations of pathological patterns stop there.
    var maxStates = 200_000

    /// The element starts of a match of `rule` from `start` to exactly `end`, or `nil` if the
    /// program cannot match that span.
    func elementStarts(of rule: CompiledEngine.Rule, start: Int32, end: Int32, sentenceEnd: Int32) -> [Int32]? {
        guard let entry = rule.matcher.map({ engine.matchers[Int($0)].entry }) else { return nil }
        let attempt = explore(from: entry, start: start, limit: sentenceEnd, elements: rule.elements.map(\.pc), stopAt: end)
        return attempt.flatMap { $0.isComplete && $0.position == end ? $0.elementStarts : nil }
    }

    /// The attempt that matched the most elements of `rule` within a sentence (the earliest
    /// start wins ties), or `nil` when no element matches anywhere.
    func furthestAttempt(of rule: CompiledEngine.Rule, in sentence: Range<Int>) -> Attempt? {
        guard let entry = rule.matcher.map({ engine.matchers[Int($0)].entry }) else { return nil }
        var best: Attempt?
        for start in sentence {
            guard let attempt = explore(from: entry, start: Int32(start), limit: Int32(sentence.upperBound),
                                        elements: rule.elements.map(\.pc), stopAt: nil) else { continue }
            if best.map({ attempt.rank > $0.rank }) ?? true { best = attempt }
            if attempt.isComplete { break }
        }
        return best
    }

    // MARK: Search

    private struct Node {
        var pc: Int32
        var position: Int32
        var parent: Int32
    }

    /// Depth-first over (state, position) from one start, in the machine's priority order.
    /// Returns the best attempt: a complete match (ending at `stopAt` when given), else the one
    /// reaching the most elements.
    private func explore(from entry: Int32, start: Int32, limit: Int32, elements: [Int32], stopAt: Int32?) -> Attempt? {
        var elementOf: [Int32: Int] = [:]
        for (number, pc) in elements.enumerated() { elementOf[pc] = number }
        return index.withView { view -> Attempt? in
            var nodes: [Node] = [Node(pc: entry, position: start, parent: -1)]
            var stack: [Int32] = [0]
            var visited: Set<Int64> = []
            var bestNode: Int32 = -1, bestRank = -1
            while let current = stack.popLast(), nodes.count < maxStates {
                let node = nodes[Int(current)]
                guard visited.insert(Int64(node.pc) << 32 | Int64(node.position)).inserted else { continue }
                let reached: Int
                if case .match = engine.program[Int(node.pc)] {
                    if stopAt == nil || stopAt == node.position {
                        return attempt(ending: current, nodes: nodes, elementOf: elementOf, complete: true)
                    }
                    continue
                } else {
                    reached = elementOf[node.pc] ?? -1
                }
                if reached > bestRank { bestRank = reached; bestNode = current }
                var next: [(Int32, Int32)] = []   // (pc, position), in priority order
                switch engine.program[Int(node.pc)] {
                case .split(let first, let second): next = [(first, node.position), (second, node.position)]
                case .jump(let target): next = [(target, node.position)]
                case .open, .close: next = [(node.pc + 1, node.position)]
                case .match: break
                default:
                    if node.position < limit {
                        for end in consumed(engine.program[Int(node.pc)], at: Int(node.position), view: view)
                        where end <= limit {
                            next.append((node.pc + 1, end))
                        }
                    }
                }
                for (pc, position) in next.reversed() {
                    stack.append(Int32(nodes.count))
                    nodes.append(Node(pc: pc, position: position, parent: current))
                }
            }
            return bestNode < 0 ? nil : attempt(ending: bestNode, nodes: nodes, elementOf: elementOf, complete: false)
        }
    }

    private func attempt(ending node: Int32, nodes: [Node], elementOf: [Int32: Int], complete: Bool) -> Attempt {
        var starts: [Int: Int32] = [:]
        var current = node
        var first = nodes[Int(node)].position
        while current >= 0 {
            let step = nodes[Int(current)]
            // Walking back, the earliest visit of an element's first state is where it started.
            if let element = elementOf[step.pc] { starts[element] = step.position }
            first = step.position
            current = step.parent
        }
        let reached = starts.keys.max().map { $0 + 1 } ?? 0
        return Attempt(start: first, elementStarts: (0..<reached).map { starts[$0] ?? first },
                       position: nodes[Int(node)].position, isComplete: complete)
    }

    /// The positions after the item an instruction consumes at a token, if it matches there.
    private func consumed(_ instruction: Instruction, at position: Int, view: DocumentView) -> [Int32] {
        switch instruction {
        case .token(let form, let id):
            return view.id(form.rawValue, at: position) == id ? [Int32(position + 1)] : []
        case .tokenClass(let tokenClass):
            return view.token(position, isClass: tokenClass.code) ? [Int32(position + 1)] : []
        case .regex(let regex):
            return index.token(position, matches: engine.regexes[Int(regex)]) ? [Int32(position + 1)] : []
        case .lexicon(let lexicon, let id):
            let found = engine.onDemandLexicon[Int(lexicon)]
                ? index.onDemandHits(at: position, automaton: engine.automaton)
                : view.hitRange(at: position).map { view.hits[$0] }
            return found.compactMap { hit -> Int32? in
                let entry = engine.automaton.entries[Int(hit.entry)]
                guard entry.lexicon == lexicon, id.map({ $0 == entry.id }) ?? true else { return nil }
                return hit.end
            }
        case .reference(let kind, let id):
            return view.resultRange(at: position).compactMap { slot -> Int32? in
                let result = view.results[Int(view.resultOrder[slot])]
                guard result.kind == kind, id.map({ $0 == result.id }) ?? true else { return nil }
                return result.end
            }
        case .split, .jump, .open, .close, .match:
            return []
        }
    }
}
