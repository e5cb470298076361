/// What the linter needs to know about one language group of packs: how `%name` resolves
/// from each pack, and how the engine would split a phrase into sentences.
///
/// The engine compiles each language with its own packs (``LanguageGroups``), so lint does too:
/// an `@party=US` in a Vietnamese rule can only mean the parties of Vietnamese rules.
struct LintScope {
    /// The packs of the group, in load order.
    let packs: [PackDefinition]
    /// Every lexicon of the group, indexed as ``LexiconResolver`` returns them.
    let lexicons: [LexiconDefinition]
    /// The splitter with the abbreviations of every pack of the group, as the engine builds it.
    let splitter: SentenceSplitter
    /// The `terminators` of every pack of the group.
    let terminators: SentenceTerminators
    private let resolver: LexiconResolver

    init(packs: [PackDefinition]) {
        self.packs = packs
        var lexicons: [LexiconDefinition] = []
        var lexiconPacks: [Int] = []
        var lexiconsByPack = [[String: Int32]](repeating: [:], count: packs.count)
        var packIndexByID: [String: Int] = [:]
        for (index, pack) in packs.enumerated() {
            if packIndexByID[pack.id] == nil { packIndexByID[pack.id] = index }
            for lexicon in pack.lexicons where lexiconsByPack[index][lexicon.name] == nil {
                lexiconsByPack[index][lexicon.name] = Int32(lexicons.count)
                lexicons.append(lexicon)
                lexiconPacks.append(index)
            }
        }
        // The packs each pack sees, as the compiler resolves them.
        let visible = packs.indices.map { ImportGraph.visible(from: $0, packs: packs, indexByID: packIndexByID) }
        self.lexicons = lexicons
        resolver = LexiconResolver(packIDs: packs.map(\.id), packIndexByID: packIndexByID, lexiconsByPack: lexiconsByPack,
                                   visiblePacks: visible, lexiconPacks: lexiconPacks)
        var abbreviations = SentenceSplitter.defaultAbbreviations
        for pack in packs { abbreviations.formUnion(pack.abbreviations) }
        splitter = SentenceSplitter(abbreviations: abbreviations)
        terminators = SentenceTerminators(packs.flatMap(\.terminators))
    }

    /// The lexicon `%name` (or `%pack.name`) names from the pack at `pack`, if it resolves.
    func lexicon(_ name: String, from pack: Int) -> LexiconDefinition? {
        guard case .success(let index) = resolver.resolve(name, from: pack) else { return nil }
        return lexicons[Int(index)]
    }

    /// A phrase tokenised and split into sentences as the engine would see it in this group.
    func phrase(_ text: String) -> LintPhrase {
        LintPhrase(text, splitter: splitter, terminators: terminators)
    }
}
