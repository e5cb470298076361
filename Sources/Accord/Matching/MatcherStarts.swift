/// Which matchers start on which token, lexicon hit or result, as flat tables the pattern
/// machine indexes at every position without hashing.
///
/// Built once per compiled engine from its ``CompiledEngine/Anchors`` and stages.
struct MatcherStarts: Sendable {
    /// What decides, per stage, whether a position can start anything.
    struct Stage: Sendable {
        /// The stage's bit in a token's stage mask (stage 7 stands for all later ones).
        var bit: UInt8
        var startsOnHits: Bool
        var startsOnResults: Bool
        /// Matchers that start wherever a token test (class or regex) passes:
        /// a range of ``MatcherStarts/tested``.
        var tested: Range<Int>
        /// When every tested start is a regex with known first bytes (``TokenRegex/firstBytes``): the range of
        /// ``MatcherStarts/testedFirstBytes`` (256 flags) a token's first byte must pass.
        var firstBytes: Range<Int>?
        /// Whether every tested start is a regex (no token class): whether any passes is then a
        /// fact of the token's spelling, which the pattern machine remembers.
        var testsAreRegexes: Bool
    }

    /// A matcher that starts on a token test, with one of its first tests.
    struct TestedStart: Sendable {
        var matcher: Int32
        var test: PatternOp
    }

    var stages: [Stage] = []
    /// Per form: the offset of that form's table in ``tokenLists``.
    var tokenListBase: [Int] = []
    /// Per form table entry (token id): a list number, or -1 when no matcher starts on it.
    var tokenLists: [Int32] = []
    /// Per lexicon: a list number, or -1.
    var lexiconLists: [Int32] = []
    /// Per kind (a string-table index): a list number, or -1.
    var kindLists: [Int32] = []
    /// How many stages the lists are split into.
    var stageCount = 0
    /// `listItems[listStarts[n * stageCount + s]..<listStarts[n * stageCount + s + 1]]` are the
    /// matchers of list n that run in stage s, in matcher order: a position activates the
    /// matchers of the stage being run only, without reading (and skipping) the others.
    var listStarts: [Int32] = [0]
    var listItems: [Int32] = []
    var tested: [TestedStart] = []
    var testedFirstBytes: [Bool] = []
    /// Per first byte of a token: the stages (one bit each, shifted into the high byte as in
    /// ``DocumentView/stageMask``) whose tested starts all begin with known bytes, this one among them.
    var testMaskByFirstByte = [UInt16](repeating: 0, count: 256)
    /// Per matcher: its first consuming instructions, a range of ``firstOps``.
    var firstRanges: [Range<Int>] = []
    var firstOps: [PatternOp] = []
    /// Per matcher: its last consuming instructions (context matchers only), a range of ``lastOps``.
    var lastRanges: [Range<Int>] = []
    var lastOps: [PatternOp] = []
    /// Per matcher: whether every first consuming instruction is a lexicon, so its starts are
    /// that lexicon's hits (context runs read them from the hit index).
    var startsOnLexiconsOnly: [Bool] = []
    /// Per matcher: its first consuming instructions sorted for a context run's scan of a
    /// region, so a token is asked each kind of question once: the lexicons among them as bits
    /// (its hits read once), the token instructions (`scanTokens[scanTokenRanges[m]]`), and the
    /// rest (`scanOthers[scanOtherRanges[m]]`, lexicons too when an index is past the bits).
    var scanLexicons: [PresenceBits] = []
    var scanTokenRanges: [Range<Int>] = []
    var scanTokens: [PatternOp] = []
    var scanOtherRanges: [Range<Int>] = []
    var scanOthers: [PatternOp] = []

    init() {}

    /// - Parameter onDemand: Per lexicon, whether it is matched on demand (not in the hit index):
    ///   a context pattern that begins with one is started by testing tokens, not from the hits,
    ///   so its starts are asked through the lookups that know such lexicons.
    init(anchors: CompiledEngine.Anchors, stages compiled: [CompiledEngine.Stage], matcherStages: [Int], vocabularySizes: [Int],
         lexiconCount: Int, kindCount: Int, onDemand: [Bool] = []) {
        func isOnDemand(_ lexicon: Int32) -> Bool { Int(lexicon) < onDemand.count && onDemand[Int(lexicon)] }
        stageCount = compiled.count
        for form in NormalizationForm.allCases {
            tokenListBase.append(tokenLists.count)
            let size = vocabularySizes[Int(form.rawValue)] + 1   // ids run 1...count; 0 is unknown
            for id in 0..<size {
                tokenLists.append(addList(anchors.matchers(token: form, id: UInt32(id)), stages: matcherStages))
            }
        }
        lexiconLists = (0..<lexiconCount).map { addList(anchors.matchers(lexicon: Int32($0)), stages: matcherStages) }
        kindLists = (0..<kindCount).map { addList(anchors.matchers(kind: Int32($0)), stages: matcherStages) }
        for (number, stage) in compiled.enumerated() {
            let start = tested.count
            for (matcher, tests) in stage.testedStarts {
                for test in tests { tested.append(TestedStart(matcher: matcher, test: PatternOp(test))) }
            }
            var firstBytes: Range<Int>?
            if !stage.testedFirstBytes.isEmpty {
                firstBytes = testedFirstBytes.count..<testedFirstBytes.count + stage.testedFirstBytes.count
                testedFirstBytes += stage.testedFirstBytes
            }
            stages.append(Stage(bit: UInt8(1) << UInt8(min(number, 7)), startsOnHits: !stage.startsByLexicon.isEmpty,
                                startsOnResults: !stage.startsByKind.isEmpty, tested: start..<tested.count, firstBytes: firstBytes,
                                testsAreRegexes: tested[start...].allSatisfy { $0.test.code == .regex }))
            if let firstBytes {
                for byte in 0..<256 where testedFirstBytes[firstBytes.lowerBound + byte] {
                    testMaskByFirstByte[byte] |= UInt16(stages[number].bit) << 8
                }
            }
        }
        for lasts in anchors.lasts {
            lastRanges.append(lastOps.count..<lastOps.count + lasts.count)
            lastOps += lasts.map(PatternOp.init)
        }
        for firsts in anchors.firsts {
            let ops = firsts.map(PatternOp.init)
            firstRanges.append(firstOps.count..<firstOps.count + ops.count)
            firstOps += ops
            startsOnLexiconsOnly.append(!firsts.isEmpty && firsts.allSatisfy {
                if case .lexicon(let lexicon, _) = $0 { !isOnDemand(lexicon) } else { false }
            })
            var lexicons = PresenceBits()
            let tokenStart = scanTokens.count, otherStart = scanOthers.count
            for first in ops {
                switch first.code {
                case .lexicon where first.a >= 0 && Int(first.a) < PresenceBits.capacity && !isOnDemand(first.a):
                    lexicons.insert(Int(first.a))
                case .token: scanTokens.append(first)
                default: scanOthers.append(first)
                }
            }
            scanLexicons.append(lexicons)
            scanTokenRanges.append(tokenStart..<scanTokens.count)
            scanOtherRanges.append(otherStart..<scanOthers.count)
        }
    }

    /// Stores a list, grouped by stage (`stages[m]` is matcher m's), and returns its number, or -1 for none.
    private mutating func addList(_ matchers: [Int32]?, stages: [Int]) -> Int32 {
        guard let matchers, !matchers.isEmpty else { return -1 }
        let number = (listStarts.count - 1) / max(stageCount, 1)
        for stage in 0..<stageCount {
            listItems += matchers.filter { stages[Int($0)] == stage }
            listStarts.append(Int32(listItems.count))
        }
        return Int32(number)
    }
}
