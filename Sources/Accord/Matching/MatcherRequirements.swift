/// The items every match of a matcher must consume, so the pattern machine can leave a matcher
/// alone in a sentence that lacks one of them.
///
/// Agreement rules start on common verbs (`nhất trí`, `agreed`) and then walk gaps of up to ten
/// tokens looking for a rarer instrument (`%agreement-triggers=memorandum`). Most sentences with
/// the verb have no such instrument; knowing that the instrument is required lets the machine
/// skip those starts without visiting a state. Requirements are found on the compiled program:
/// an item is required when no path from the matcher's entry to its `match` avoids it.
struct MatcherRequirements: Sendable {
    /// One thing a sentence must contain.
    enum Item: Sendable, Hashable {
        /// A hit of a lexicon entry (a lexicon with one canonical id).
        case entry(Int32)
        /// A hit of any entry of a lexicon.
        case lexicon(Int32)
        /// An accepted result of this kind.
        case kind(Int32)
        /// A token with this id in this form (``MatcherRequirements/requiredTokens``), by its bit.
        case token(bit: Int32)
        /// Nothing can satisfy it (a lexicon id no entry has): the matcher never matches.
        case impossible
        /// Any one of ``MatcherRequirements/choices``[start..<end] (a group of alternatives
        /// every match passes through: `( "bốn bên" | "tứ giác" )`).
        case anyOf(start: Int32, end: Int32)
    }

    /// Matcher m can match only where one of its alternatives holds: its alternatives are
    /// `alternativeStarts[m]..<alternativeStarts[m + 1]`, and alternative a's items (at most
    /// ``maxPerMatcher``) are `items[itemStarts[a]..<itemStarts[a + 1]]`. A matcher with no
    /// requirements has no alternatives. Offsets, not ranges: ``SentencePresence`` reads them as
    /// plain buffers.
    private(set) var alternativeStarts: [Int32] = [0]
    private(set) var itemStarts: [Int32] = [0]
    private(set) var items: [Item] = []
    /// The tokens some matcher requires, as (form, id), at most ``maxTokens``: token
    /// `requiredTokens[b]` is `.token(bit: b)`, and presence bit b. A sentence's tokens are
    /// summed up once per document (``DocumentIndex``), so checking a token costs no more than
    /// checking a lexicon.
    private(set) var requiredTokens: [(form: UInt8, id: UInt32)] = []
    /// The items of every ``Item/anyOf(start:end:)``, none of them itself a choice.
    private(set) var choices: [Item] = []

    /// The most required tokens: the rest of the ``PresenceBits`` go to entries, lexicons and kinds.
    static let maxTokens = 128

    /// One of ``items`` as a sentence is checked for it: present when the sentence has one of
    /// `bits` (its required tokens, then its entries, lexicons and result kinds, one bit each),
    /// or `always` when it cannot be checked (past the bits there are: a check left out only
    /// costs a pointless run).
    struct Check: Sendable, Hashable {
        var bits = PresenceBits()
        var always = false
    }

    /// Parallel to ``items``.
    private(set) var checks: [Check] = []
    /// Per lexicon entry: the bits a hit of it sets, 1 + bit in each byte (0 for none): its own,
    /// when an item names it, and its lexicon's.
    private(set) var hitBitsByEntry: [UInt16] = []
    /// Per result kind (a string-table index): 1 + its bit, or 0.
    private(set) var kindBits: [UInt8] = []

    /// More checks per start would cost more than the visits they save (each is a test of a few
    /// bit masks: 8 saved 1.2 M instructions over 4 on the 300-document set).
    static let maxPerMatcher = 8
    /// A pattern that can begin in more ways than this is judged from its entry as a whole.
    static let maxAlternatives = 8

    init() {}

    /// - Parameter closures: The program's epsilon closures: a matcher's entry's list is the
    ///   consuming states it can begin with.
    ///   - onDemand: Per lexicon, whether it is matched on demand: a sentence's presence bits
    ///     cannot say whether it has such a lexicon's phrases, so they are never required.
    init(
        program: [PatternOp], matcherEntries: [Int32], closures: EpsilonClosures, entries: [LexiconAutomaton.Entry],
        onDemand: [Bool] = []
    ) {
        var entryIndex: [Int64: Int32] = [:]
        for (index, entry) in entries.enumerated() where !entry.isExclusion {
            entryIndex[Int64(entry.lexicon) << 32 | Int64(UInt32(bitPattern: entry.id))] = Int32(index)
        }
        var visited = VisitedStates(count: program.count)
        for entry in matcherEntries {
            // A pattern of alternatives (`A … | B …`, or an optional prefix) requires little as a
            // whole but much along each way it can begin: each first consuming state is one
            // alternative, and the matcher can match only where one of them holds.
            let firsts = closures.list(entry).map { list in
                list.map { closures.targets[$0].pc }.filter { program[Int($0)].code != .match }
            } ?? []
            let starts = !firsts.isEmpty && firsts.count <= Self.maxAlternatives ? firsts : [entry]
            var found: [[Item]] = []
            for start in starts {
                let required = requiredItems(program, from: start, entries: entries, entryIndex: entryIndex, onDemand: onDemand,
                                             visited: &visited)
                if required.isEmpty {
                    found = []   // one way in needs nothing: the matcher has no requirements
                    break
                }
                if !found.contains(required) { found.append(required) }
            }
            for set in found {
                items += set
                itemStarts.append(Int32(items.count))
            }
            alternativeStarts.append(Int32(itemStarts.count - 1))
        }
        buildChecks(entries: entries)
    }

    /// Gives the entries, lexicons and kinds the items name one bit each, after the tokens' (as
    /// many as ``PresenceBits`` holds), and each item its ``Check``.
    private mutating func buildChecks(entries: [LexiconAutomaton.Entry]) {
        var entryBit: [Int32: Int] = [:], lexiconBit: [Int32: Int] = [:], kindBit: [Int32: Int] = [:]
        var nextBit = requiredTokens.count
        func give(_ key: Int32, in table: inout [Int32: Int]) {
            guard table[key] == nil, nextBit < PresenceBits.capacity else { return }
            table[key] = nextBit
            nextBit += 1
        }
        for item in items + choices {
            switch item {
            case .entry(let entry): give(entry, in: &entryBit)
            case .lexicon(let lexicon): give(lexicon, in: &lexiconBit)
            case .kind(let kind): give(kind, in: &kindBit)
            default: break
            }
        }
        hitBitsByEntry = entries.indices.map { entry in
            let own = entryBit[Int32(entry)].map { UInt16($0 + 1) } ?? 0
            let lexicon = lexiconBit[entries[entry].lexicon].map { UInt16($0 + 1) } ?? 0
            return own | lexicon << 8
        }
        kindBits = [UInt8](repeating: 0, count: Int(kindBit.keys.max() ?? -1) + 1)
        for (kind, bit) in kindBit { kindBits[Int(kind)] = UInt8(bit + 1) }
        func check(_ item: Item) -> Check {
            var result = Check()
            switch item {
            case .token(let bit): result.bits.insert(Int(bit))
            case .entry(let entry): if let bit = entryBit[entry] { result.bits.insert(bit) } else { result.always = true }
            case .lexicon(let lexicon): if let bit = lexiconBit[lexicon] { result.bits.insert(bit) } else { result.always = true }
            case .kind(let kind): if let bit = kindBit[kind] { result.bits.insert(bit) } else { result.always = true }
            case .impossible: break
            case .anyOf(let start, let end):
                for choice in choices[Int(start)..<Int(end)] {
                    let one = check(choice)
                    result.bits.formUnion(one.bits)
                    result.always = result.always || one.always
                }
            }
            return result
        }
        checks = items.map(check)
    }

    /// The items every match from `start` consumes (at most ``maxPerMatcher``).
    private mutating func requiredItems(
        _ program: [PatternOp], from start: Int32, entries: [LexiconAutomaton.Entry], entryIndex: [Int64: Int32],
        onDemand: [Bool], visited: inout VisitedStates
    ) -> [Item] {
        // A lexicon matched on demand is never required: presence bits cannot see its phrases.
        func isOnDemand(_ lexicon: Int32) -> Bool { Int(lexicon) < onDemand.count && onDemand[Int(lexicon)] }
        var found: [Item] = []
        for candidate in Self.candidates(program, from: start, visited: &visited) where found.count < Self.maxPerMatcher {
            guard !Self.reachesMatch(program, from: start, avoiding: candidate, visited: &visited) else { continue }
            let item: Item
            switch candidate.code {
            case .token:
                let token = (form: candidate.small, id: UInt32(bitPattern: candidate.a))
                if let bit = requiredTokens.firstIndex(where: { $0 == token }) {
                    item = .token(bit: Int32(bit))
                } else if requiredTokens.count < Self.maxTokens {
                    requiredTokens.append(token)
                    item = .token(bit: Int32(requiredTokens.count - 1))
                } else {
                    continue
                }
            case .lexicon where isOnDemand(candidate.a):
                continue
            case .lexicon where candidate.b >= 0:
                item = entryIndex[Int64(candidate.a) << 32 | Int64(UInt32(bitPattern: candidate.b))].map(Item.entry) ?? .impossible
            case .lexicon: item = .lexicon(candidate.a)
            default: item = .kind(candidate.a)
            }
            if !found.contains(item) { found.append(item) }
        }
        for set in Self.choiceSets(program, from: start, visited: &visited) where found.count < Self.maxPerMatcher {
            // A group with a lexicon matched on demand cannot be checked.
            if set.contains(where: { $0.code == .lexicon && isOnDemand($0.a) }) { continue }
            guard let items = presenceItems(set, entryIndex: entryIndex), !items.isEmpty else { continue }
            if items.count == 1 {
                if !found.contains(items[0]) { found.append(items[0]) }
                continue
            }
            // The same set required again (from another group) is one item.
            let known = found.contains { item in
                if case .anyOf(let first, let end) = item { return Array(choices[Int(first)..<Int(end)]) == items }
                return false
            }
            guard !known else { continue }
            choices += items
            found.append(.anyOf(start: Int32(choices.count - items.count), end: Int32(choices.count)))
        }
        // A required lexicon id implies its lexicon: keep only the finer item.
        let finer = found
        found.removeAll { item in
            guard case .lexicon(let lexicon) = item else { return false }
            return finer.contains { other in
                if case .entry(let entry) = other { return entries[Int(entry)].lexicon == lexicon }
                return false
            }
        }
        return found
    }

    /// The items a sentence can be checked for, one per consuming instruction of `set`, or `nil`
    /// when one of them (a token class, a regex, a token past ``maxTokens``) cannot be checked.
    private mutating func presenceItems(_ set: [PatternOp], entryIndex: [Int64: Int32]) -> [Item]? {
        var tokens: [(form: UInt8, id: UInt32)] = []
        var items: [Item] = []
        for op in set {
            switch op.code {
            case .token:
                let token = (form: op.small, id: UInt32(bitPattern: op.a))
                if !requiredTokens.contains(where: { $0 == token }) && !tokens.contains(where: { $0 == token }) { tokens.append(token) }
            case .lexicon where op.b >= 0:
                // A lexicon id no entry has can never be consumed: that way through the group is closed.
                if let entry = entryIndex[Int64(op.a) << 32 | Int64(UInt32(bitPattern: op.b))] { items.append(.entry(entry)) }
            case .lexicon: items.append(.lexicon(op.a))
            case .reference: items.append(.kind(op.a))
            default: return nil
            }
        }
        // All of the set's new tokens get bits, or the set is not checked.
        guard requiredTokens.count + tokens.count <= Self.maxTokens else { return nil }
        requiredTokens += tokens
        for op in set where op.code == .token {
            let token = (form: op.small, id: UInt32(bitPattern: op.a))
            if let bit = requiredTokens.firstIndex(where: { $0 == token }) { items.append(.token(bit: Int32(bit))) }
        }
        var unique: [Item] = []
        for item in items where !unique.contains(item) { unique.append(item) }
        return unique
    }

    /// The sets of consuming instructions one of which every match from `entry` consumes: for each
    /// branching state every path to a match passes through, the consuming states it leads to
    /// without consuming (none of them the match itself), when there are two to eight.
    private static func choiceSets(_ program: [PatternOp], from entry: Int32, visited: inout VisitedStates) -> [[PatternOp]] {
        var reachable: [Int32] = []
        visited.begin()
        var stack = [entry]
        while let pc = stack.popLast() {
            guard visited.insert(pc) else { continue }
            reachable.append(pc)
            let op = program[Int(pc)]
            switch op.code {
            case .match: break
            case .split: stack.append(op.b); stack.append(op.a)
            case .jump: stack.append(op.a)
            default: stack.append(pc + 1)
            }
        }
        var sets: [[PatternOp]] = []
        for pc in reachable.sorted() where program[Int(pc)].code == .split {
            // The cheap tests first: most branching states (a gap's `#word{0,10}`) lead on to a
            // token class, which a sentence cannot be checked for.
            guard let set = consumingClosure(program, from: pc, visited: &visited), (2...maxAlternatives).contains(set.count),
                  set.allSatisfy({ $0.code == .token || $0.code == .lexicon || $0.code == .reference }),
                  !reachesMatch(program, from: entry, avoidingState: pc, visited: &visited) else { continue }
            sets.append(set)
        }
        return sets
    }

    /// The consuming instructions reachable from `start` without consuming, or `nil` when the
    /// match is among them (a way through that consumes nothing).
    private static func consumingClosure(_ program: [PatternOp], from start: Int32, visited: inout VisitedStates) -> [PatternOp]? {
        visited.begin()
        var stack = [start]
        var found: [PatternOp] = []
        while let pc = stack.popLast() {
            guard visited.insert(pc) else { continue }
            let op = program[Int(pc)]
            switch op.code {
            case .match: return nil
            case .split: stack.append(op.b); stack.append(op.a)
            case .jump: stack.append(op.a)
            case .open, .close: stack.append(pc + 1)
            default:
                if !found.contains(where: { $0.code == op.code && $0.small == op.small && $0.a == op.a && $0.b == op.b }) { found.append(op) }
            }
        }
        return found
    }

    /// Whether a matcher has requirements at all.
    func hasRequirements(_ matcher: Int) -> Bool { alternativeStarts[matcher] < alternativeStarts[matcher + 1] }

    /// The alternatives of one matcher, each the items it requires.
    func alternatives(of matcher: Int) -> [ArraySlice<Item>] {
        (Int(alternativeStarts[matcher])..<Int(alternativeStarts[matcher + 1])).map {
            items[Int(itemStarts[$0])..<Int(itemStarts[$0 + 1])]
        }
    }

    /// The consuming instructions a matcher can reach that could be required: lexicon hits (by id,
    /// and by lexicon for any id), results and literal tokens, each once. Lexicons and results come
    /// first: they rule out more sentences per check.
    private static func candidates(_ program: [PatternOp], from entry: Int32, visited: inout VisitedStates) -> [PatternOp] {
        visited.begin()
        var stack = [entry]
        var found: [PatternOp] = []
        var tokens: [PatternOp] = []
        func add(_ op: PatternOp) {
            if !found.contains(where: { $0.code == op.code && $0.small == op.small && $0.a == op.a && $0.b == op.b }) { found.append(op) }
        }
        while let pc = stack.popLast() {
            guard visited.insert(pc) else { continue }
            let op = program[Int(pc)]
            switch op.code {
            case .split: stack.append(op.b); stack.append(op.a)
            case .jump: stack.append(op.a)
            case .match: break
            case .token:
                tokens.append(op)
                stack.append(pc + 1)
            case .open, .close, .tokenClass, .regex: stack.append(pc + 1)
            case .lexicon:
                add(op)
                if op.b >= 0 { var anyID = op; anyID.b = -1; add(anyID) }
                stack.append(pc + 1)
            case .reference:
                var anyID = op
                anyID.b = -1
                add(anyID)
                stack.append(pc + 1)
            }
        }
        for token in tokens { add(token) }
        return found
    }

    /// Whether a match is reachable from `entry` without consuming an item that `blocked` stands for
    /// (one with id -1 stands for all of its lexicon's or kind's ids).
    private static func reachesMatch(
        _ program: [PatternOp], from entry: Int32, avoiding blocked: PatternOp, visited: inout VisitedStates
    ) -> Bool {
        reachesMatch(program, from: entry, visited: &visited) { _, op in
            !(op.code == blocked.code && op.a == blocked.a && op.small == blocked.small && (blocked.b < 0 || op.b == blocked.b))
        }
    }

    /// Whether a match is reachable from `entry` without passing through the state `blocked`.
    private static func reachesMatch(
        _ program: [PatternOp], from entry: Int32, avoidingState blocked: Int32, visited: inout VisitedStates
    ) -> Bool {
        reachesMatch(program, from: entry, visited: &visited) { pc, _ in pc != blocked }
    }

    /// Whether a match is reachable from `entry`, going on only from the states `mayLeave` allows.
    private static func reachesMatch(
        _ program: [PatternOp], from entry: Int32, visited: inout VisitedStates, leaving mayLeave: (Int32, PatternOp) -> Bool
    ) -> Bool {
        visited.begin()
        var stack = [entry]
        while let pc = stack.popLast() {
            guard visited.insert(pc) else { continue }
            let op = program[Int(pc)]
            if op.code == .match { return true }
            guard mayLeave(pc, op) else { continue }
            switch op.code {
            case .split: stack.append(op.b); stack.append(op.a)
            case .jump: stack.append(op.a)
            default: stack.append(pc + 1)
            }
        }
        return false
    }
}
