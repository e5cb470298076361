/// Token tests (classes and regexes) in the pattern machine, remembered per token spelling.
extension PatternMachine {
    /// Whether a token matches a regex, remembered per token spelling for the whole session:
    /// news text repeats its words, and running the regex engine costs more than all the rest of a step.
    mutating func regexMatches(_ regex: Int32, at token: Int, view: DocumentView, index: DocumentIndex) -> Bool {
        let regexCount = engine.regexes.count
        let slot = Int(view.spellings[token]) * regexCount + Int(regex)
        if slot >= regexResults.count { regexResults.extend(to: max(slot + 1, regexResults.count * 3 / 2), with: 0) }
        if regexResults[slot] == 0 {
            regexResults[slot] = index.token(token, matches: engine.regexes[Int(regex)]) ? 1 : 2
        }
        return regexResults[slot] == 1
    }

    /// Whether a tested start of the stage may pass at a token: `false` when its first byte
    /// rules every one out, or (for stages whose tests are all regexes) when none passed on
    /// this spelling before. A pass is exact for such stages; for others `true` means "try them".
    mutating func testsMayPass(stage: Int, at token: Int, view: DocumentView, index: DocumentIndex) -> Bool {
        let stageStarts = starts.stages[stage]
        if let bytes = stageStarts.firstBytes {
            guard starts.testedFirstBytes[bytes.lowerBound + Int(view.utf8[Int(view.tokens[token].start)])] else { return false }
        } else if !stageStarts.testsAreRegexes {
            return true
        }
        // Tokens that begin like a tested regex (`COP28` and every other word starting with C)
        // are judged once per spelling: the regexes' own results are remembered, but asking
        // each of them at every such token cost as much as the rest of the position's work.
        let slot = Int(view.spellings[token]) * starts.stages.count + stage
        if slot >= testedVerdicts.count { testedVerdicts.extend(to: max(slot + 1, testedVerdicts.count * 3 / 2), with: 0) }
        if testedVerdicts[slot] == 0 {
            var passed = false
            for tested in stageStarts.tested where passes(starts.tested[tested].test, at: token, view: view, index: index) {
                passed = true
                break
            }
            testedVerdicts[slot] = passed ? 1 : 2
        }
        return testedVerdicts[slot] == 1
    }

    /// Whether a first element's token test (class or regex) passes at a token.
    mutating func passes(_ test: PatternOp, at token: Int, view: DocumentView, index: DocumentIndex) -> Bool {
        switch test.code {
        case .tokenClass: return view.token(token, isClass: test.small)
        case .regex: return regexMatches(test.a, at: token, view: view, index: index)
        default: return true
        }
    }
}
