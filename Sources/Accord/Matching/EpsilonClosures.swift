/// For each state a thread can be in when it is queued or started, the consuming states (and
/// `match`) it reaches without consuming, in the pattern machine's priority order, with the
/// capture instructions on the way to each: the machine's closure step reads a list instead of
/// walking splits and jumps one by one.
///
/// The lists reproduce the walk exactly. A walk marks every state it passes for the current
/// position, so a later thread stops where an earlier one passed; but the earlier one then
/// claimed every consuming state beyond that point, so a later thread finds them all claimed
/// either way. Marking only the consuming states therefore keeps the same threads, in the same
/// order, with the same captures (capture nodes replayed per target hold the same values).
struct EpsilonClosures: Sendable {
    /// One consuming state reachable from a start state.
    struct Target: Sendable {
        var pc: Int32
        /// `ops[opsStart..<opsStart + opsCount]` are the `open`/`close` instructions on the path.
        var opsStart: Int32
        var opsCount: Int32
    }

    /// Start state → range in ``targets``, or -1 when the state gets no list (too large: the
    /// machine walks those).
    private(set) var listStarts: [Int32]
    private(set) var listEnds: [Int32]
    private(set) var targets: [Target] = []
    private(set) var ops: [PatternOp] = []

    /// Lists longer than this are walked instead (a long alternation's head).
    static let maxTargets = 64

    init(program: [PatternOp], entries: [Int32]) {
        listStarts = [Int32](repeating: -1, count: program.count)
        listEnds = [Int32](repeating: -1, count: program.count)
        var starts = Set(entries)
        for (pc, op) in program.enumerated() where pc + 1 < program.count {
            switch op.code {
            case .token, .tokenClass, .regex, .lexicon, .reference: starts.insert(Int32(pc + 1))
            default: break
            }
        }
        var visited = [Int32](repeating: -1, count: program.count)
        for start in starts.sorted() { build(from: start, program: program, visited: &visited) }
    }

    /// The targets of a start state, or `nil` when the machine must walk.
    @inline(__always)
    func list(_ pc: Int32) -> Range<Int>? {
        let start = listStarts[Int(pc)]
        return start < 0 ? nil : Int(start)..<Int(listEnds[Int(pc)])
    }

    private mutating func build(from start: Int32, program: [PatternOp], visited: inout [Int32]) {
        // The machine's walk, recorded: depth first, a split's first target first.
        var stack: [(pc: Int32, path: [PatternOp])] = [(start, [])]
        var found: [(pc: Int32, path: [PatternOp])] = []
        while let (pc, path) = stack.popLast() {
            guard visited[Int(pc)] != start else { continue }
            visited[Int(pc)] = start
            let op = program[Int(pc)]
            switch op.code {
            case .jump: stack.append((op.a, path))
            case .split:
                stack.append((op.b, path))
                stack.append((op.a, path))
            case .open, .close: stack.append((pc + 1, path + [op]))
            default:
                found.append((pc, path))
                if found.count > Self.maxTargets { return }
            }
        }
        listStarts[Int(start)] = Int32(targets.count)
        for (pc, path) in found {
            targets.append(Target(pc: pc, opsStart: Int32(ops.count), opsCount: Int32(path.count)))
            ops += path
        }
        listEnds[Int(start)] = Int32(targets.count)
    }
}
