/// All lexicon phrases of all loaded packs, compiled into one trie per token form.
///
/// Phrases are sequences of interned token ids, so matching walks integer
/// transitions: from each token of a sentence the trie is followed as far as
/// the text allows, reporting every phrase that ends on the way. The walk is
/// bounded by the longest phrase, so the cost is linear in the text.
///
/// Case-sensitive phrases go into the folded trie with their exact ids as a check
/// (``add(_:form:entry:requiringExact:)``): a token's folded spelling follows from its exact
/// one, so every text the exact phrase matches walks the same folded path, and the check keeps
/// only those. One walk over the document then finds both, where an exact trie of its own
/// cost a second walk, with its unpredictable "does a phrase start here" test at every token,
/// and a merge of the two forms' hits.
struct LexiconAutomaton: Sendable {
    /// What a phrase stands for.
    struct Entry: Sendable, Hashable {
        /// The lexicon's index in the compiled engine.
        var lexicon: Int32
        /// The canonical id (an index into the engine's string table).
        var id: Int32
        /// Whether the phrase is an exclusion of its lexicon rather than a match.
        var isExclusion: Bool
    }

    /// What the walk reads of one trie node, in one record: a node's outputs, its children's
    /// filter and (for the many nodes with a single child) that child sit together, so a step
    /// costs one memory access where separate tables cost three or four, most of them misses.
    private struct Node: Sendable {
        /// One bit per `token id % 64` of the node's children: most tokens continue no phrase,
        /// and this says so without a probe into the (cache-cold) transition table.
        var childMask: UInt64 = 0
        /// The token of the node's only child, or ``TokenVocabulary/unknown`` (never a phrase
        /// token) when it has none or several.
        var onlyToken: UInt32 = TokenVocabulary.unknown
        /// The node's only child, when ``onlyToken`` names it.
        var onlyChild: Int32 = 0
        /// The node's phrases are `flatOutputs[outputStart..<outputEnd]`.
        var outputStart: Int32 = 0
        var outputEnd: Int32 = 0

        /// The child of this node (number `number`) along `token`, or `nil`: the transition both
        /// walks take, the document's and the on-demand one.
        ///
        /// - Parameter children: The trie's map of branching nodes' edges.
        @inline(__always)
        func child(numbered number: Int32, along token: UInt32, in children: IntegerMap) -> Int32? {
            // A masking shift: the amount is below 64 already, and the checked one tested it at every step.
            guard token != TokenVocabulary.unknown, childMask & (1 &<< (UInt64(token) & 63)) != 0 else { return nil }
            if onlyToken == token { return onlyChild }
            guard onlyToken == TokenVocabulary.unknown else { return nil }   // a single child, and not this token
            return children.value(for: UInt64(UInt32(bitPattern: number)) << 32 | UInt64(token))
        }
    }

    /// A phrase ending at a node: its entry, and the exact ids the text must also have there
    /// (an index into the automaton's checks), or -1 when its form's ids are enough.
    private struct Output: Hashable, Comparable {
        var entry: Int32
        var check: Int32

        static func < (a: Output, b: Output) -> Bool { (a.entry, a.check) < (b.entry, b.check) }
    }

    private struct Trie: Sendable {
        var children = IntegerMap()            // (node << 32 | token) → node, below the root
        /// Token id → child of the root, or 0: a dense table, because every token of every
        /// document asks it and most tokens start no phrase.
        var roots: [Int32] = []
        var outputs: [[Output]] = [[]]         // node → phrases ending there; node 0 is the root
        /// The nodes as the walk reads them, built once the automaton is complete (``sealed()``).
        var nodes: [Node] = []
        /// `outputs` flattened by ``sealed()``, read through ``Node/outputStart``: each entry with
        /// its check in one record, as the walk reads both (as two tables, a node's outputs were
        /// two first-level cache misses, a fifth of the walk's).
        var flatOutputs: [Output] = []
        var isEmpty: Bool { outputs.count == 1 }
    }

    /// The phrases every document is walked for, one trie per form.
    private var tries = [Trie](repeating: Trie(), count: NormalizationForm.allCases.count)
    /// The phrases of the lexicons matched on demand (``add(_:form:entry:requiringExact:onDemand:)``),
    /// one trie per form: never walked over a whole document, only from the tokens a context
    /// condition asks about (``appendOnDemandHits(from:before:id:into:)``).
    private var onDemandTries = [Trie](repeating: Trie(), count: NormalizationForm.allCases.count)
    /// The lexicons whose phrases went into the on-demand tries.
    private(set) var onDemandLexicons: Set<Int32> = []
    /// The forms with on-demand phrases, set by ``sealed()``.
    private var onDemandForms: [NormalizationForm] = []
    private(set) var entries: [Entry] = []
    /// Each entry's index in `entries`, while phrases are added (a search of `entries` per
    /// phrase made building quadratic in the number of entries); empty once sealed.
    private var entryIndices: [Entry: Int32] = [:]
    /// The exact ids of the case-sensitive phrases in the folded trie: check `c` is
    /// `checkIDs[checkStarts[c]..<checkStarts[c + 1]]`.
    private var checkIDs: [UInt32] = []
    private var checkStarts: [Int32] = [0]
    /// Each check's index, while phrases are added, so a phrase listed twice is one check
    /// (and one hit); empty once sealed.
    private var checkIndices: [[UInt32]: Int32] = [:]
    /// What a trie is swapped for while it is mutated: shared, so the swap allocates nothing.
    private static let placeholder = Trie()

    /// Whether some phrase in the folded trie is checked against exact ids.
    private var hasChecks: Bool { checkStarts.count > 1 }

    /// The forms documents need ids in for the phrases: those with a trie, and the exact form
    /// when phrases are checked against it.
    var activeForms: [NormalizationForm] {
        NormalizationForm.allCases.filter {
            !tries[Int($0.rawValue)].isEmpty || !onDemandTries[Int($0.rawValue)].isEmpty || ($0 == .exact && hasChecks)
        }
    }

    /// Adds a phrase (already normalised to token ids in `form`).
    ///
    /// - Parameters:
    ///   - exact: The phrase's exact ids, when it is case-sensitive and `tokens` are its folded
    ///     ids: it then matches where the text's tokens have both (see the type's discussion).
    ///   - onDemand: The phrase's lexicon is matched on demand: its hits are not in a document's
    ///     ``collectHits(in:ids:into:)``, only in ``appendOnDemandHits(from:before:id:into:)``.
    mutating func add(
        _ tokens: [UInt32], form: NormalizationForm, entry: Entry, requiringExact exact: [UInt32]? = nil, onDemand: Bool = false
    ) {
        guard !tokens.isEmpty else { return }
        precondition(exact == nil || (form == .folded && exact?.count == tokens.count),
                     "a checked phrase is walked in the folded form, one exact id per token")
        // A sealed automaton's transition map keeps only branching nodes' edges: phrases go in before.
        assert(tries[Int(form.rawValue)].nodes.isEmpty && onDemandTries[Int(form.rawValue)].nodes.isEmpty,
               "add(_:form:entry:) after sealed()")
        let entryIndex: Int32
        if let existing = entryIndices[entry] {
            entryIndex = existing
        } else {
            entryIndex = Int32(entries.count)
            entries.append(entry)
            entryIndices[entry] = entryIndex
        }
        var trie = onDemand ? onDemandTries[Int(form.rawValue)] : tries[Int(form.rawValue)]
        // Keep the trie uniquely referenced while mutating.
        if onDemand { onDemandTries[Int(form.rawValue)] = Self.placeholder } else { tries[Int(form.rawValue)] = Self.placeholder }
        var node: Int32 = 0
        for token in tokens {
            if node == 0 {
                if trie.roots.count <= Int(token) { trie.roots += [Int32](repeating: 0, count: Int(token) + 1 - trie.roots.count) }
                if trie.roots[Int(token)] == 0 {
                    trie.roots[Int(token)] = Int32(trie.outputs.count)
                    trie.outputs.append([])
                }
                node = trie.roots[Int(token)]
                continue
            }
            let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(token)
            if let next = trie.children.value(for: key) {
                node = next
            } else {
                let next = Int32(trie.outputs.count)
                trie.outputs.append([])
                trie.children.set(next, for: key)
                node = next
            }
        }
        var checkIndex: Int32 = -1
        if let exact { checkIndex = check(for: exact) }
        let output = Output(entry: entryIndex, check: checkIndex)
        if !trie.outputs[Int(node)].contains(output) { trie.outputs[Int(node)].append(output) }
        if onDemand {
            onDemandTries[Int(form.rawValue)] = trie
            onDemandLexicons.insert(entry.lexicon)
        } else {
            tries[Int(form.rawValue)] = trie
        }
    }

    /// The check of a sequence of exact ids, added on first use.
    private mutating func check(for exact: [UInt32]) -> Int32 {
        if let existing = checkIndices[exact] { return existing }
        let index = Int32(checkStarts.count - 1)
        checkIDs += exact
        checkStarts.append(Int32(checkIDs.count))
        checkIndices[exact] = index
        return index
    }

    /// The automaton with its outputs flattened for matching; the compiled engine keeps this form.
    func sealed() -> LexiconAutomaton {
        var copy = self
        copy.entryIndices = [:]
        copy.checkIndices = [:]
        for form in copy.tries.indices {
            Self.seal(&copy.tries[form])
            Self.seal(&copy.onDemandTries[form])
        }
        copy.onDemandForms = NormalizationForm.allCases.filter { !copy.onDemandTries[Int($0.rawValue)].isEmpty }
        return copy
    }

    /// Flattens a trie's outputs into the nodes the walk reads.
    private static func seal(_ trie: inout Trie) {
        var nodes = [Node](repeating: Node(), count: trie.outputs.count)
        var flat: [Output] = []
        for (number, node) in trie.outputs.enumerated() {
            nodes[number].outputStart = Int32(flat.count)
            // In entry order, so each form's hits come out ordered by start, end and entry,
            // and the document index merges the forms instead of sorting them.
            flat.append(contentsOf: node.sorted())
            nodes[number].outputEnd = Int32(flat.count)
        }
        var childCounts = [Int32](repeating: 0, count: nodes.count)
        trie.children.forEach { key, child in
            let parent = Int(key >> 32), token = UInt32(truncatingIfNeeded: key)
            nodes[parent].childMask |= 1 << (key & 63)
            childCounts[parent] += 1
            nodes[parent].onlyToken = token
            nodes[parent].onlyChild = child
        }
        for number in nodes.indices where childCounts[number] != 1 {
            nodes[number].onlyToken = TokenVocabulary.unknown
            nodes[number].onlyChild = 0
        }
        // The walk reads a single child from its node: the map keeps only the edges of nodes
        // with several, and is smaller and warmer for them.
        var branching = IntegerMap()
        trie.children.forEach { key, child in
            if childCounts[Int(key >> 32)] > 1 { branching.set(child, for: key) }
        }
        trie.children = branching
        trie.nodes = nodes
        trie.flatOutputs = flat
    }

    /// Appends every phrase occurrence inside each sentence (token indices) to `hits`, form by
    /// form; the automaton must be ``sealed()``.
    ///
    /// A phrase never crosses a sentence end. The whole document is one call, so each form's
    /// tables are opened once (per sentence, copying a trie's arrays cost a retain each).
    ///
    /// - Parameter ids: For each form, the token ids of the document.
    /// - Returns: Where each form's hits end in `hits`, for the forms that have phrases: each
    ///   form's run is ordered by start, then end, then entry.
    func collectHits(in sentences: [Range<Int>], ids: TokenIDs, into hits: inout [LexiconHit]) -> [Int] {
        var runEnds: [Int] = []
        let exactIDs = hasChecks ? ids[.exact] : []
        for form in NormalizationForm.allCases {
            let trie = tries[Int(form.rawValue)]
            if trie.isEmpty { continue }
            assert(!trie.nodes.isEmpty, "collectHits needs a sealed() automaton")
            ids[form].withUnsafeBufferPointer { tokenIDs in
            trie.roots.withUnsafeBufferPointer { roots in
            trie.nodes.withUnsafeBufferPointer { nodes in
            trie.flatOutputs.withUnsafeBufferPointer { outputs in
                // Inlined, and most nodes (no output) leave at the first test: as a call, with its
                // range built and checked for every node, this was a tenth of the walk.
                @inline(__always) func emit(_ node: Node, _ start: Int, _ end: Int) {
                    guard node.outputStart < node.outputEnd else { return }
                    // Token indices fit in Int32 (the tokeniser's limit): converted without a check.
                    for slot in Int(node.outputStart)..<Int(node.outputEnd) {
                        let output = outputs[slot]
                        if output.check >= 0 && !exactIDsMatch(output.check, from: start, id: { exactIDs[$0] }) { continue }
                        hits.append(LexiconHit(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end),
                                               entry: output.entry))
                    }
                }
                for sentence in sentences {
                    var start = sentence.lowerBound
                    while start < sentence.upperBound {
                        // The tokens that start no phrase (most of them) skipped in a tight loop: as
                        // the walk's loop, its index lived on the stack, spilled by the walk below.
                        var first = Int(tokenIDs[start])
                        while first >= roots.count || roots[first] == 0 {
                            start &+= 1
                            if start == sentence.upperBound { break }
                            first = Int(tokenIDs[start])
                        }
                        if start == sentence.upperBound { break }
                        defer { start &+= 1 }
                        var number = roots[first]
                        var node = nodes[Int(number)]
                        var position = start &+ 1   // inside the sentence: cannot overflow
                        emit(node, start, position)
                        while position < sentence.upperBound {
                            guard let next = node.child(numbered: number, along: tokenIDs[position], in: trie.children) else { break }
                            number = next
                            node = nodes[Int(number)]
                            position += 1
                            emit(node, start, position)
                        }
                    }
                }
            }}}}
            runEnds.append(hits.count)
        }
        return runEnds
    }

    /// Whether the document's exact ids from token `start` on are those of check `check`.
    ///
    /// - Parameter id: A token's exact id.
    @inline(__always)
    private func exactIDsMatch(_ check: Int32, from start: Int, id: (Int) -> UInt32) -> Bool {
        let expected = Int(checkStarts[Int(check)])..<Int(checkStarts[Int(check) + 1])
        for (offset, slot) in expected.enumerated() where id(start + offset) != checkIDs[slot] { return false }
        return true
    }

    /// Appends the phrases of the lexicons matched on demand that start at token `start` and end
    /// at or before token `end` (the sentence's end), ordered by end, then entry: the hits
    /// ``collectHits(in:ids:into:)`` would give at `start` were the phrases walked with the others.
    ///
    /// Asked at a few tokens per context condition, mostly tokens that start none of them: that
    /// answer costs a root lookup per form with on-demand phrases.
    ///
    /// - Parameter id: A token's id in a form.
    @inline(__always)
    func appendOnDemandHits(
        from start: Int, before end: Int, id: (NormalizationForm, Int) -> UInt32, into hits: inout ScratchBuffer<LexiconHit>
    ) {
        guard start < end else { return }
        let first = hits.count
        var formsFound = 0
        for number in onDemandForms.indices {
            let form = onDemandForms[number]
            let firstID = Int(id(form, start))
            guard firstID < onDemandTries[Int(form.rawValue)].roots.count else { continue }
            let root = onDemandTries[Int(form.rawValue)].roots[firstID]
            guard root != 0 else { continue }
            if walkOnDemand(form: form, root: root, from: start, before: end, id: id, into: &hits) { formsFound += 1 }
        }
        // Each form's hits come by end, then entry; hits of several forms are put in that order too.
        if formsFound > 1 {
            hits.stableSort(first..<hits.count) { $0.entry }
            hits.stableSort(first..<hits.count) { $0.end }
        }
    }

    /// Whether a phrase of a lexicon matched on demand may start at a token with these ids (its
    /// first token starts one): most tokens start none, and this answers without a walk.
    @inline(__always)
    func mayStartOnDemandPhrase(id: (NormalizationForm) -> UInt32) -> Bool {
        for number in onDemandForms.indices {
            let form = onDemandForms[number], first = Int(id(form))
            if first < onDemandTries[Int(form.rawValue)].roots.count && onDemandTries[Int(form.rawValue)].roots[first] != 0 { return true }
        }
        return false
    }

    /// Walks an on-demand trie from the root child `root` of token `start`; whether it found a phrase.
    ///
    /// The trie's tables are read where they are: a trie taken out of its array (or passed
    /// `borrowing`) was copied, its tables retained and released at every call.
    @inline(__always)
    private func walkOnDemand(
        form: NormalizationForm, root: Int32, from start: Int, before end: Int,
        id: (NormalizationForm, Int) -> UInt32, into hits: inout ScratchBuffer<LexiconHit>
    ) -> Bool {
        let trie = Int(form.rawValue)
        let before = hits.count
        var number = root
        var position = start + 1
        while true {
            let node = onDemandTries[trie].nodes[Int(number)]
            for slot in Int(node.outputStart)..<Int(node.outputEnd) {
                let output = onDemandTries[trie].flatOutputs[slot]
                if output.check >= 0 && !exactIDsMatch(output.check, from: start, id: { id(.exact, $0) }) { continue }
                hits.append(LexiconHit(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: position),
                                       entry: output.entry))
            }
            guard position < end else { break }
            guard let next = node.child(numbered: number, along: id(form, position), in: onDemandTries[trie].children) else { break }
            number = next
            position += 1
        }
        return hits.count > before
    }
}

/// One occurrence of a lexicon phrase: tokens `start..<end`.
struct LexiconHit: Sendable, Hashable {
    var start: Int32
    var end: Int32
    /// Index into ``LexiconAutomaton/entries``.
    var entry: Int32
}
