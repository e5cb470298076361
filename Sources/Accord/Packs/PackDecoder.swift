/// Turns a pack file's YAML tree into a ``PackDefinition``, reporting every schema problem.
struct PackDecoder {
    static let supportedSchema = 1
    static let builtInKinds = ["party", "forum", "cooperation", "agreement", "amount", "date"]

    var reader: SchemaReader
    /// Retired rule ids (`deprecated_by:`), collected while the rules are decoded.
    var deprecations: [RuleDeprecation] = []

    init(source: SourceFile) {
        reader = SchemaReader(source: source)
    }

    /// Decodes a whole pack, or throws all problems found.
    static func decode(_ root: YAMLNode, source: SourceFile) throws(AccordError) -> PackDefinition {
        var decoder = PackDecoder(source: source)
        let pack = decoder.pack(root)
        if let pack, decoder.reader.diagnostics.isEmpty { return pack }
        throw AccordError(decoder.reader.diagnostics.isEmpty
            ? [Diagnostic(.internalInvariant, "the pack could not be decoded", at: source.location(root.mark))]
            : decoder.reader.diagnostics)
    }

    private mutating func pack(_ root: YAMLNode) -> PackDefinition? {
        let keys = ["accord", "pack", "version", "language", "description", "requires", "imports", "options",
                    "cues", "lexicons", "rules", "examples"]
        guard let map = reader.mapping(root, in: "the pack", allowed: keys,
                                       required: ["accord", "pack", "version", "language", "description"])
        else { return nil }

        if let node = map["accord"], let schema = reader.string(node, "accord") {
            if Int(schema) != Self.supportedSchema {
                reader.error(.unsupportedSchema, "pack format version '\(schema)' is not supported",
                             hint: "this Accord reads `accord: \(Self.supportedSchema)`", at: node.mark)
            }
        }
        var id = ""
        if let node = map["pack"], let value = reader.nonEmptyString(node, "pack") {
            if reader.identifier(value, "pack id", at: node) { id = value }
        }
        var version = ""
        if let node = map["version"], let value = reader.nonEmptyString(node, "version") {
            if SemanticVersion(value) == nil {
                reader.error(.invalidValue, "version '\(value)' is not a semantic version",
                             hint: "write MAJOR.MINOR.PATCH, such as 0.1.0", at: node.mark)
            }
            version = value
        }
        let language = map["language"].flatMap { reader.nonEmptyString($0, "language") } ?? ""
        let description = map["description"].flatMap { reader.nonEmptyString($0, "description") } ?? ""
        let requires = map["requires"].flatMap { self.requires($0, pack: id) }
        let (imports, importRanges) = map["imports"].map { self.imports($0) } ?? ([], [:])

        var options = MatchOptions()
        var abbreviations: [String] = []
        var terminators: [String] = []
        if let node = map["options"] {
            (options, abbreviations, terminators) = packOptions(node)
        }
        let cues = map["cues"].map { self.cues($0) } ?? CueDefinition()
        let lexicons = map["lexicons"].map { self.lexicons($0, defaults: options) } ?? []
        let rules = map["rules"].map { self.rules($0) } ?? []
        let examples = map["examples"].map { self.examples($0) } ?? []

        return PackDefinition(
            id: id, version: version, language: language, description: description,
            imports: imports, options: options, abbreviations: abbreviations, terminators: terminators, cues: cues,
            lexicons: lexicons, rules: rules, examples: examples,
            file: reader.source.path, location: reader.location(root),
            requires: requires, importRanges: importRanges, deprecations: deprecations)
    }

    // MARK: Requirements and imports

    /// `requires: {accord: RANGE}`: refused at once when this Accord is not in the range.
    private mutating func requires(_ node: YAMLNode, pack: String) -> Located<String>? {
        guard let map = reader.mapping(node, in: "requires", allowed: ["accord"], required: ["accord"]),
              let rangeNode = map["accord"], let text = reader.nonEmptyString(rangeNode, "requires.accord"),
              let range = versionRange(text, at: rangeNode)
        else { return nil }
        if let current = SemanticVersion(Engine.version), !range.contains(current) {
            reader.error(.unsatisfiedRequirement, "pack '\(pack)' requires Accord \(text), but this is Accord \(Engine.version)",
                         hint: "use a version of the pack written for Accord \(Engine.version), or upgrade Accord", at: rangeNode.mark)
        }
        return reader.located(text, rangeNode)
    }

    /// `imports:` items: a pack id, or `{pack: ID, version: RANGE}`.
    private mutating func imports(_ node: YAMLNode) -> ([Located<String>], [String: Located<String>]) {
        let items: [YAMLNode]
        switch node.content {
        case .scalar: items = [node]
        case .sequence(let list): items = list
        case .mapping:
            reader.error(.wrongType, "imports must be a list, found a mapping",
                         hint: "write `[vi-parties]`, or one `- {pack: vi-parties, version: \"^0.3\"}` per line", at: node.mark)
            return ([], [:])
        }
        var imports: [Located<String>] = []
        var ranges: [String: Located<String>] = [:]
        for item in items {
            if case .mapping = item.content {
                guard let map = reader.mapping(item, in: "an import", allowed: ["pack", "version"], required: ["pack"]),
                      let packNode = map["pack"], let pack = reader.nonEmptyString(packNode, "the imported pack")
                else { continue }
                imports.append(reader.located(pack, packNode))
                if let versionNode = map["version"], let text = reader.nonEmptyString(versionNode, "the import's version"),
                   versionRange(text, at: versionNode) != nil {
                    ranges[pack] = reader.located(text, versionNode)
                }
            } else if let pack = reader.string(item, "each item of imports") {
                imports.append(reader.located(pack, item))
            }
        }
        return (imports, ranges)
    }

    private mutating func versionRange(_ text: String, at node: YAMLNode) -> VersionRange? {
        if let range = VersionRange(text) { return range }
        reader.error(.invalidValue, "'\(text)' is not a version range",
                     hint: "write comparators such as \">=0.1 <1.0\", \"^0.3\", \"~0.3.1\" or an exact version \"0.3.0\"", at: node.mark)
        return nil
    }

    // MARK: Options and cues

    private mutating func packOptions(_ node: YAMLNode) -> (MatchOptions, [String], [String]) {
        guard let map = reader.mapping(node, in: "options", allowed: ["case", "diacritics", "abbreviations", "terminators"])
        else { return (MatchOptions(), [], []) }
        let options = matchOptions(map, defaults: MatchOptions())
        let abbreviations = map["abbreviations"].flatMap { reader.strings($0, "abbreviations") }?.map(\.value) ?? []
        var terminators: [String] = []
        for terminator in map["terminators"].flatMap({ reader.strings($0, "terminators") }) ?? [] {
            if terminator.value.isEmpty || terminator.value.contains(where: \.isWhitespace) {
                reader.error(.invalidValue, "terminator '\(terminator.value)' must be a single token without spaces",
                             hint: "write punctuation such as \"|\"", at: terminator.location)
            } else {
                terminators.append(terminator.value)
            }
        }
        return (options, abbreviations, terminators)
    }

    private mutating func matchOptions(_ map: [String: YAMLNode], defaults: MatchOptions) -> MatchOptions {
        var options = defaults
        if let node = map["case"], let value = reader.choice(node, "case", as: MatchOptions.Case.self) {
            options.caseMode = value
        }
        if let node = map["diacritics"], let value = reader.choice(node, "diacritics", as: MatchOptions.Diacritics.self) {
            options.diacritics = value
        }
        return options
    }

    private mutating func cues(_ node: YAMLNode) -> CueDefinition {
        var cues = CueDefinition()
        guard let map = reader.mapping(node, in: "cues", allowed: ["negation", "planned", "collective", "exclude", "window"])
        else { return cues }
        cues.negation = map["negation"].flatMap { reader.strings($0, "negation cues") } ?? []
        cues.planned = map["planned"].flatMap { reader.strings($0, "planned cues") } ?? []
        cues.collective = map["collective"].flatMap { reader.strings($0, "collective cues") } ?? []
        cues.exclusions = map["exclude"].flatMap { reader.strings($0, "cue exclusions") } ?? []
        cues.window = map["window"].flatMap { reader.integer($0, "window", in: 1...50) }
        return cues
    }

    // MARK: Lexicons

    private mutating func lexicons(_ node: YAMLNode, defaults: MatchOptions) -> [LexiconDefinition] {
        guard let pairs = reader.pairs(node, "lexicons") else { return [] }
        var result: [LexiconDefinition] = []
        for (name, keyNode, value) in pairs {
            guard reader.identifier(name, "lexicon name", at: keyNode, allowUnderscore: true) else { continue }
            guard let map = reader.mapping(value, in: "lexicon '\(name)'",
                                           allowed: ["case", "diacritics", "entries", "exclude"],
                                           required: ["entries"])
            else { continue }
            let options = matchOptions(map, defaults: defaults)
            var entries: [LexiconDefinition.Entry] = []
            if let entriesNode = map["entries"], let entryPairs = reader.pairs(entriesNode, "entries of lexicon '\(name)'") {
                for (id, idNode, phrasesNode) in entryPairs {
                    if let entry = entry(id: id, idNode: idNode, phrasesNode, defaults: options, lexicon: name) {
                        entries.append(entry)
                    }
                }
            }
            let exclusions = map["exclude"].flatMap { reader.strings($0, "exclude") } ?? []
            result.append(LexiconDefinition(
                name: name, entries: entries, exclusions: exclusions, options: options,
                location: reader.location(keyNode)))
        }
        return result
    }

    private mutating func entry(
        id: String, idNode: YAMLNode, _ node: YAMLNode, defaults: MatchOptions, lexicon: String
    ) -> LexiconDefinition.Entry? {
        if id.isEmpty || id.contains(where: { $0.isWhitespace }) {
            reader.error(.invalidID, "entry id '\(id)' in lexicon '\(lexicon)' must be one word without spaces",
                         hint: "use a canonical code such as JP or energy", at: idNode.mark)
            return nil
        }
        if case .mapping = node.content {
            guard let map = reader.mapping(node, in: "entry '\(id)'", allowed: ["phrases", "case", "diacritics"],
                                           required: ["phrases"]),
                  let phrases = map["phrases"].flatMap({ reader.strings($0, "phrases of '\(id)'") })
            else { return nil }
            return .init(id: id, phrases: phrases, options: matchOptions(map, defaults: defaults))
        }
        guard let phrases = reader.strings(node, "phrases of '\(id)'") else { return nil }
        return .init(id: id, phrases: phrases, options: defaults)
    }
}
