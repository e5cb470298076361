/// Where rules start: the matchers a position activates, from its tokens, hits, results and tests.
extension PatternMachine {
    /// The matchers of this stage whose first element can match at a token, in matcher order.
    ///
    /// - Parameter testsMayStart: Whether a tested start of the stage may pass at the token (the
    ///   run's answer from the masks and ``testsMayPass(stage:at:view:index:)``, asked once there).
    mutating func collectActivated(at token: Int, stage: Int, testsMayStart: Bool, view: DocumentView, index: DocumentIndex) {
        let stamp = generation
        let stageStarts = starts.stages[stage]
        let maskHasStage = view.stageMask[token] & UInt16(stageStarts.bit) != 0
        if maskHasStage {
            for form in activeForms {
                let list = starts.tokenLists[starts.tokenListBase[Int(form)] &+ Int(view.id(form, at: token))]
                if list >= 0 { activateList(list, stage: stage, stamp: stamp) }
            }
        }
        if stageStarts.startsOnHits && maskHasStage {
            for hit in view.hitRange(at: token) {
                let list = starts.lexiconLists[Int(entryLexicons[Int(view.hits[hit].entry)])]
                if list >= 0 { activateList(list, stage: stage, stamp: stamp) }
            }
        }
        if stageStarts.startsOnResults {
            for order in view.resultRange(at: token) {
                let list = starts.kindLists[Int(view.results[Int(view.resultOrder[order])].kind)]
                if list >= 0 { activateList(list, stage: stage, stamp: stamp) }
            }
        }
        // Tests whose regexes all begin with known bytes pass nowhere else, and a spelling none
        // of them passed before passes none now: most tokens skip the test per matcher.
        for tested in testsMayStart ? stageStarts.tested : 0..<0 {
            let start = starts.tested[tested]
            if activation[Int(start.matcher)] != stamp, passes(start.test, at: token, view: view, index: index) {
                activate(start.matcher, stamp: stamp)
            }
        }
        if activated.count > 1 { activated.stableSort(0..<activated.count) { $0 } }
    }

    /// Activates the matchers of a list that run in this stage.
    @inline(__always)
    private mutating func activateList(_ list: Int32, stage: Int, stamp: UInt32) {
        let slot = Int(list) * starts.stageCount + stage
        for item in Int(starts.listStarts[slot])..<Int(starts.listStarts[slot + 1]) {
            activate(starts.listItems[item], stamp: stamp)
        }
    }

    /// Activates a matcher of the stage being run, once per position.
    @inline(__always)
    private mutating func activate(_ matcher: Int32, stamp: UInt32) {
        if activation[Int(matcher)] != stamp {
            activation[Int(matcher)] = stamp
            if presence.holds(Int(matcher)) { activated.append(matcher) }
        }
    }
}
