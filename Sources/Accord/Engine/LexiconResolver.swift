/// Resolves `%name` and `%pack.name` in patterns, as seen from one pack.
///
/// A pack sees its own lexicons first, then those of the packs it imports
/// (transitively); a name found in two imported packs is ambiguous.
struct LexiconResolver: Sendable {
    let packIDs: [String]
    let packIndexByID: [String: Int]
    let lexiconsByPack: [[String: Int32]]
    let visiblePacks: [[Int]]
    let lexiconPacks: [Int]

    /// Resolves `%name` or `%pack.name` as seen from a pack.
    func resolve(_ name: String, from pack: Int) -> Result<Int32, PatternParser.Failure> {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        if parts.count == 2 {
            guard let target = packIndexByID[parts[0]], visiblePacks[pack].contains(target) else {
                return .failure(.init(code: .unknownLexicon, message: "pack '\(parts[0])' is not imported by '\(packIDs[pack])'",
                                      hint: "add '\(parts[0])' to `imports`", offset: 0))
            }
            if let index = lexiconsByPack[target][parts[1]] { return .success(index) }
            return .failure(unknownLexicon(parts[1], in: [target]))
        }
        if let own = lexiconsByPack[pack][name] { return .success(own) }
        let found = visiblePacks[pack].dropFirst().compactMap { lexiconsByPack[$0][name].map { ($0, packIDs[lexiconPacks[Int($0)]]) } }
        if found.count == 1 { return .success(found[0].0) }
        if found.count > 1 {
            return .failure(.init(code: .ambiguousReference,
                                  message: "lexicon '\(name)' exists in several imported packs: " + found.map(\.1).joined(separator: ", "),
                                  hint: "write %PACK.\(name) to choose one", offset: 0))
        }
        return .failure(unknownLexicon(name, in: visiblePacks[pack]))
    }

    private func unknownLexicon(_ name: String, in packIndices: [Int]) -> PatternParser.Failure {
        let names = packIndices.flatMap { lexiconsByPack[$0].keys }.sorted()
        let hint = SuggestionFinder.closest(to: name, in: names).map { "did you mean '%\($0)'?" }
            ?? (names.isEmpty ? "define it under `lexicons:` or import the pack that has it"
                              : "lexicons visible here: " + names.joined(separator: ", "))
        return .init(code: .unknownLexicon, message: "there is no lexicon '\(name)'", hint: hint, offset: 0)
    }
}
