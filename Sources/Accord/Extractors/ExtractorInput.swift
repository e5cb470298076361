/// One document as an extractor sees it: tokens, sentences and the lexicon hits its options name.
public struct ExtractorInput: Sendable {
    /// One token of the document.
    public struct TokenView: Sendable, Hashable {
        /// The token's text as written.
        public var text: Substring
        /// Whether the token is a number (`5.000`, `7`).
        public var isNumber: Bool
        /// Whether the token is a word.
        public var isWord: Bool
        /// Whether the token is punctuation.
        public var isPunctuation: Bool
        /// Whether the token starts with an uppercase letter.
        public var isCapitalized: Bool
        /// Whether no space separates this token from the previous one (`7/9`, `AMM-55`).
        public var isGlued: Bool
    }

    /// A lexicon phrase found in the document.
    public struct Hit: Sendable, Hashable {
        /// The tokens of the phrase.
        public var tokens: Range<Int>
        /// The entry's canonical id.
        public var id: String
    }

    /// The document.
    ///
    /// Made when first asked for in a document analysed from UTF-8 (the CLI's JSON lines), so
    /// an extractor that reads only tokens and hits never pays for it.
    public var text: String { document.text }
    /// The options the pack gave.
    public let options: ExtractorOptions
    /// Sentences as token ranges, in order.
    public let sentences: [Range<Int>]

    let document: TokenizedDocument
    /// The option keys that name lexicons, each with its lexicon's place in ``hitsBySlot``: a
    /// few keys, searched, not hashed (the rule's list, shared by its runs).
    let lexiconKeys: [(key: String, slot: Int32)]
    /// The document's hits of every lexicon some extractor option names, by place (one list
    /// for all of the document's extractor runs: a run makes no list of its own).
    let hitsBySlot: [[Hit]]
    let lexiconPhrases: [String: [String: String]]
    /// The indices of the tokens that contain a digit (numbers, `G20`, `5bn`), in order: found
    /// once per document for every extractor run, since the built-in extractors start only at
    /// these or at their lexicons' hits.
    let digitTokens: [Int32]

    /// The number of tokens.
    public var tokenCount: Int { document.tokens.count }

    /// The token at an index.
    ///
    /// - Parameter index: A token index, from 0 to ``tokenCount`` (exclusive).
    /// - Returns: The token's text and classes.
    public func token(at index: Int) -> TokenView {
        let token = document.tokens[index]
        return TokenView(
            text: document.substring(of: token),
            isNumber: token.kind == .number,
            isWord: token.kind == .word,
            isPunctuation: token.kind == .punctuation,
            isCapitalized: token.flags.contains(.capitalized),
            isGlued: token.flags.contains(.glued))
    }

    /// Whether the token at an index is a number, without building its view.
    ///
    /// - Parameter index: A token index; an index outside the document gives `false`.
    public func isNumber(at index: Int) -> Bool {
        index >= 0 && index < document.tokens.count && document.tokens[index].kind == .number
    }

    /// Whether the token at an index is a word that contains a digit (`G20`, `5bn`), without building its view.
    ///
    /// - Parameter index: A token index; an index outside the document gives `false`.
    public func hasDigit(at index: Int) -> Bool {
        index >= 0 && index < document.tokens.count && document.tokens[index].kind == .word
            && document.tokens[index].flags.contains(.hasDigit)
    }

    /// Whether no space separates the token at an index from the previous one, without building its view.
    /// Whether the token at an index is a word (letters, perhaps with digits).
    func isWord(at index: Int) -> Bool {
        index >= 0 && index < document.tokens.count && document.tokens[index].kind == .word
    }

    func isGlued(at index: Int) -> Bool {
        index >= 0 && index < document.tokens.count && document.tokens[index].flags.contains(.glued)
    }

    /// The token's text as UTF-8 bytes, without building its view.
    func utf8(at index: Int) -> ArraySlice<UInt8> {
        document.utf8[document.tokens[index].range]
    }

    /// The value of a number token of at most `maxDigits` plain digits (`2022`, not `5.000`), without building its view.
    func smallNumber(at index: Int, maxDigits: Int) -> Int? {
        guard isNumber(at: index) else { return nil }
        // Read in place: a slice of the text (``utf8(at:)``) retained and released it for every
        // number the date scanner tried, most of them no date's.
        let token = document.tokens[index]
        guard Int(token.end) - Int(token.start) <= maxDigits else { return nil }
        var value = 0
        for offset in Int(token.start)..<Int(token.end) {
            let byte = document.utf8[offset]
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// A token's text normalised as lexicons compare it: NFC, canonical tone marks, lower case.
    ///
    /// - Parameter index: A token index, from 0 to ``tokenCount`` (exclusive).
    public func normalizedText(at index: Int) -> String {
        document.normalized(index)
    }

    /// The canonical id of a phrase in the lexicon named by option `key`, compared as lexicons
    /// compare (NFC, tone marks, case folded); for text inside a token, such as the `bn` of `5bn`.
    ///
    /// - Parameters:
    ///   - phrase: The text to look up.
    ///   - key: An option key listed in ``Extractor/lexiconOptionKeys``.
    /// - Returns: The id of the lexicon entry with that phrase, or `nil`.
    public func lexiconID(of phrase: some StringProtocol, in key: String) -> String? {
        lexiconPhrases[key]?[TextNormalizer().normalize(String(phrase), form: .folded)]
    }

    /// The hits of the lexicon named by option `key`, ordered by position.
    ///
    /// - Parameter key: An option key listed in ``Extractor/lexiconOptionKeys``.
    /// - Returns: The hits, or none when the rule did not give that option.
    public func hits(_ key: String) -> [Hit] {
        hits(inSlot: slot(ofKey: key))
    }

    /// The place in ``hitsBySlot`` of the lexicon option `key` names, or nil when the rule did
    /// not give that option. The built-in extractors look their keys up once per rule
    /// (``OptionPreparingExtractor``), not per document.
    func slot(ofKey key: String) -> Int32? {
        Self.slot(ofKey: key, in: lexiconKeys)
    }

    /// The place `key` has in a rule's option keys (``ExtractorRun/lexicons``), or nil.
    static func slot(ofKey key: String, in lexiconKeys: [(key: String, slot: Int32)]) -> Int32? {
        // Lengths first: comparing two different strings went through the general string comparison.
        let length = key.utf8.count
        for index in lexiconKeys.indices where lexiconKeys[index].key.utf8.count == length && lexiconKeys[index].key == key {
            return lexiconKeys[index].slot
        }
        return nil
    }

    /// The hits of the lexicon at a place in ``hitsBySlot`` (``slot(ofKey:)``); none for nil.
    func hits(inSlot slot: Int32?) -> [Hit] {
        slot.map { hitsBySlot[Int($0)] } ?? []
    }

    /// Whether the lexicon at a place in ``hitsBySlot`` has hits in the document; false for nil.
    func hasHits(inSlot slot: Int32?) -> Bool {
        slot.map { !hitsBySlot[Int($0)].isEmpty } ?? false
    }
}
