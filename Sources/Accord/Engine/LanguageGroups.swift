/// Splits packs by the language they are written for, each with the packs it imports.
///
/// A Vietnamese document runs only the Vietnamese packs: an English lexicon's
/// `us` must never fire on Vietnamese text, nor a Vietnamese rule on English.
struct LanguageGroups {
    /// Languages in the order their first pack was loaded.
    let languages: [String]
    private let packs: [PackDefinition]

    init(packs: [PackDefinition]) {
        self.packs = packs
        var languages: [String] = []
        for pack in packs {
            let language = Self.normalize(pack.language)
            if !languages.contains(language) { languages.append(language) }
        }
        self.languages = languages
    }

    /// The packs of a language plus everything they import, transitively, in load order.
    func packs(for language: String) -> [PackDefinition] {
        var included = Set(packs.indices.filter { Self.normalize(packs[$0].language) == language })
        var queue = Array(included)
        let indexByID = Dictionary(packs.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        while let current = queue.popLast() {
            for imported in packs[current].imports {
                guard let index = indexByID[imported.value], !included.contains(index) else { continue }
                included.insert(index)
                queue.append(index)
            }
        }
        return packs.indices.filter(included.contains).map { packs[$0] }
    }

    /// The primary language subtag, lowercased: `vi-VN` → `vi`.
    static func normalize(_ language: String) -> String {
        String(language.split(separator: "-").first ?? Substring(language)).lowercased()
    }
}
