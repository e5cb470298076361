extension Diagnostic {
    /// A stable diagnostic code, such as `ACC202`.
    ///
    /// Codes never change meaning once released; new problems get new codes.
    /// The hundreds group them: `ACC1xx` reading files and YAML, `ACC2xx` pack
    /// schema, `ACC3xx` patterns, `ACC4xx` references and imports, `ACC5xx`
    /// limits, `ACC6xx` input text and documents, `ACC7xx` lint warnings (packs that
    /// compile but probably do not do what their author meant), `ACC9xx` Accord itself.
    public struct Code: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The code as printed, such as `ACC202`.
        public var rawValue: String
        /// Creates a code from its printed form.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code as printed.
        public var description: String { rawValue }

        // MARK: ACC1xx — files and YAML

        /// A file could not be read.
        public static let fileUnreadable = Code(rawValue: "ACC101")
        /// A file is not valid UTF-8.
        public static let invalidUTF8 = Code(rawValue: "ACC102")
        /// libyaml rejected the syntax.
        public static let yamlSyntax = Code(rawValue: "ACC103")
        /// The file has no YAML document.
        public static let emptyDocument = Code(rawValue: "ACC104")
        /// The file has more than one YAML document.
        public static let multipleDocuments = Code(rawValue: "ACC105")
        /// Anchors and aliases are not allowed in packs.
        public static let aliasNotAllowed = Code(rawValue: "ACC106")
        /// A mapping has the same key twice.
        public static let duplicateKey = Code(rawValue: "ACC107")
        /// A mapping key is not a plain scalar.
        public static let complexKey = Code(rawValue: "ACC108")

        // MARK: ACC2xx — pack schema

        /// A value has the wrong YAML type (mapping, list or scalar).
        public static let wrongType = Code(rawValue: "ACC201")
        /// A key is not part of the pack format.
        public static let unknownKey = Code(rawValue: "ACC202")
        /// A required key is missing.
        public static let missingKey = Code(rawValue: "ACC203")
        /// A value is not one of those allowed.
        public static let invalidValue = Code(rawValue: "ACC204")
        /// The `accord:` schema version is not supported.
        public static let unsupportedSchema = Code(rawValue: "ACC205")
        /// Two rules, lexicons or packs share an id.
        public static let duplicateID = Code(rawValue: "ACC206")
        /// An id is not in the allowed form.
        public static let invalidID = Code(rawValue: "ACC207")
        /// A lexicon phrase yields no tokens.
        public static let emptyPhrase = Code(rawValue: "ACC208")
        /// An embedded example is malformed.
        public static let invalidExample = Code(rawValue: "ACC209")

        // MARK: ACC3xx — patterns

        /// A pattern string does not parse.
        public static let patternSyntax = Code(rawValue: "ACC301")
        /// A bracket or parenthesis is not closed or not opened.
        public static let unbalancedBracket = Code(rawValue: "ACC302")
        /// A repetition `{m,n}` is malformed or out of range.
        public static let invalidRepetition = Code(rawValue: "ACC303")
        /// A single-token regular expression does not compile.
        public static let invalidRegex = Code(rawValue: "ACC304")
        /// A pattern can match an empty span.
        public static let emptyMatch = Code(rawValue: "ACC305")
        /// A token class is unknown.
        public static let unknownTokenClass = Code(rawValue: "ACC306")

        // MARK: ACC4xx — references and imports

        /// A pattern names a lexicon that does not exist.
        public static let unknownLexicon = Code(rawValue: "ACC401")
        /// A pattern names a result kind or rule that nothing produces.
        public static let unknownReference = Code(rawValue: "ACC402")
        /// An imported pack was not found.
        public static let missingImport = Code(rawValue: "ACC403")
        /// Packs import each other in a cycle.
        public static let importCycle = Code(rawValue: "ACC404")
        /// Rules depend on each other's results in a cycle.
        public static let ruleCycle = Code(rawValue: "ACC405")
        /// A rule names an extractor that is not registered.
        public static let unknownExtractor = Code(rawValue: "ACC406")
        /// An extractor rejected its options.
        public static let invalidExtractorOptions = Code(rawValue: "ACC407")
        /// A lexicon id is ambiguous between imported packs.
        public static let ambiguousReference = Code(rawValue: "ACC408")
        /// A host's result type (``ResultType``) does not fit the rules of its kind.
        public static let resultTypeMismatch = Code(rawValue: "ACC409")
        /// A pack's `requires:` or an import's version range is not satisfied.
        public static let unsatisfiedRequirement = Code(rawValue: "ACC410")

        // MARK: ACC5xx — limits

        /// A file is larger than ``Limits``.
        public static let fileTooLarge = Code(rawValue: "ACC501")
        /// YAML nesting is deeper than allowed.
        public static let nestingTooDeep = Code(rawValue: "ACC502")
        /// A pack has more rules, phrases or pattern states than allowed.
        public static let packTooLarge = Code(rawValue: "ACC503")
        /// A document produced more results than ``Limits/maxMatchesPerDocument``; the rest were dropped.
        public static let tooManyMatches = Code(rawValue: "ACC504")

        // MARK: ACC6xx — input text and documents

        /// An input document could not be decoded.
        public static let invalidInput = Code(rawValue: "ACC601")
        /// An embedded example did not give the expected results.
        public static let exampleFailed = Code(rawValue: "ACC602")
        /// A rule fires in none of its pack's embedded examples.
        public static let ruleNotCovered = Code(rawValue: "ACC603")

        // MARK: ACC7xx — lint warnings (the pack works, probably not as meant)

        /// On every embedded example where a rule matches, another rule's result wins the overlap.
        public static let ruleShadowed = Code(rawValue: "ACC701")
        /// `@kind=ID` names an id that no rule of that kind can produce, so it never matches.
        public static let unproducedID = Code(rawValue: "ACC702")
        /// A named capture whose value the rule's result never reads (a field its kind does not
        /// have, a field `set:` overrides, or any capture in a context condition).
        public static let unusedCapture = Code(rawValue: "ACC703")
        /// A lexicon, exclusion or cue phrase that can never match: it spans a sentence end, starts
        /// with an apostrophe the tokenizer glues to the letters after it, or contains an
        /// exclusion of its own lexicon.
        public static let unmatchablePhrase = Code(rawValue: "ACC704")
        /// The same phrase (as its lexicon compares it) belongs to two entries with different ids.
        public static let conflictingAlias = Code(rawValue: "ACC705")
        /// A name matched case-insensitively whose lower-case form is a very common word
        /// (`Pháp` in `giải pháp`, `US` as `us`).
        public static let commonWordAlias = Code(rawValue: "ACC706")

        // MARK: ACC9xx — Accord itself

        /// An internal invariant failed; please report it.
        public static let internalInvariant = Code(rawValue: "ACC901")
    }
}
