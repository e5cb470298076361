/// What a sentence must contain for a run of a stage to start anything: every way of matching
/// of every matcher the stage can start, as the items it needs.
///
/// The stage masks say where a matcher of a stage can begin, not whether the rest of what it
/// needs is in the sentence. Most sentences that pass the masks lack something for every such
/// matcher (``MatcherRequirements``), and a matcher is activated only where it holds
/// (``SentencePresence/holds(_:)``), so their runs start nothing. Checking the stage's ways of
/// matching against the sentence's items first, a few masks each, skips those runs whole.
struct StageStartFilter: ~Copyable {
    /// One way of matching: every item of `all`, and one item of each of
    /// `groups[groupStart..<groupEnd]` (alternatives every match passes through, `( "và" | "," )`).
    struct Way {
        var all: PresenceBits
        var groupStart: Int32
        var groupEnd: Int32
    }

    /// Per stage, its ways: `ways[wayStarts[s]..<wayStarts[s + 1]]`, when `checked[s]`.
    private let checked: ScratchBuffer<Bool>
    private let wayStarts: ScratchBuffer<Int32>
    private let ways: ScratchBuffer<Way>
    private let groups: ScratchBuffer<PresenceBits>

    /// - Parameters:
    ///   - starts: Which matchers each stage can start: listed by a token, lexicon or kind, or tested at a token.
    ///   - requirements: What each matcher's ways of matching need.
    init(starts: MatcherStarts, requirements: MatcherRequirements) {
        var checked: [Bool] = [], wayStarts: [Int32] = [0], ways: [Way] = [], groups: [PresenceBits] = []
        for matchers in Self.startable(starts) {
            // A stage is checked when every way of every matcher it can start needs some item.
            var found: [(all: PresenceBits, groups: [PresenceBits])] = []
            var checkable = !matchers.isEmpty
            for matcher in matchers where checkable {
                let alternatives = Int(requirements.alternativeStarts[Int(matcher)])..<Int(requirements.alternativeStarts[Int(matcher) + 1])
                if alternatives.isEmpty { checkable = false }   // it needs nothing
                for alternative in alternatives {
                    let checks = requirements.checks[Int(requirements.itemStarts[alternative])..<Int(requirements.itemStarts[alternative + 1])]
                    // An `always` check is one `SentencePresence.holds` never fails: it rules nothing out here either.
                    let sets = checks.filter { !$0.always }.map(\.bits)
                    if sets.isEmpty { checkable = false }
                    var all = PresenceBits(), alternatives: [PresenceBits] = []
                    for set in sets {
                        if set.count == 1 { all.formUnion(set) } else if !alternatives.contains(set) { alternatives.append(set) }
                    }
                    // Rules sharing a program, or alternatives, often need the same: each way once.
                    if !found.contains(where: { $0.all == all && $0.groups == alternatives }) { found.append((all, alternatives)) }
                }
            }
            checked.append(checkable)
            for way in found where checkable {
                ways.append(Way(all: way.all, groupStart: Int32(groups.count), groupEnd: Int32(groups.count + way.groups.count)))
                groups += way.groups
            }
            wayStarts.append(Int32(ways.count))
        }
        self.checked = ScratchBuffer(checked)
        self.wayStarts = ScratchBuffer(wayStarts)
        self.ways = ScratchBuffer(ways)
        self.groups = ScratchBuffer(groups)
    }

    /// Per stage, the matchers a run of it can start, in order.
    static func startable(_ starts: MatcherStarts) -> [[Int32]] {
        var byStage = [Set<Int32>](repeating: [], count: starts.stages.count)
        // List `l`'s matchers of stage `s` are the items of slot `l * stageCount + s`.
        if starts.stageCount > 0 {
            for slot in 0..<starts.listStarts.count - 1 {
                for item in Int(starts.listStarts[slot])..<Int(starts.listStarts[slot + 1]) {
                    byStage[slot % starts.stageCount].insert(starts.listItems[item])
                }
            }
        }
        for (stage, entry) in starts.stages.enumerated() {
            for tested in starts.tested[entry.tested] { byStage[stage].insert(tested.matcher) }
        }
        return byStage.map { $0.sorted() }
    }

    /// Whether a sentence with these items (``SentencePresence/items``) may let a run of the
    /// stage start something: false when every way of matching of every matcher the stage can
    /// start lacks an item.
    func mayStart(stage: Int, items: PresenceBits) -> Bool {
        guard checked[stage] else { return true }
        for number in IndexSequence(from: Int(wayStarts[stage]), to: Int(wayStarts[stage + 1])) {
            let way = ways[number]
            guard items.isSuperset(of: way.all) else { continue }
            var holds = true
            for group in Int(way.groupStart)..<Int(way.groupEnd) where !items.intersects(groups[group]) {
                holds = false
                break
            }
            if holds { return true }
        }
        return false
    }
}
