/// A Swift extractor that packs can call by name: the engine's plugin protocol.
///
/// Accord's own money and date extraction use this protocol, exactly as a host
/// app's extractors do. A pack rule names the extractor and gives it options;
/// options listed in ``lexiconOptionKeys`` name lexicons of the pack, which the
/// engine resolves when it compiles and hands over as ``ExtractorInput/hits(_:)``.
///
/// ```swift
/// struct TreatyNumberExtractor: Extractor {
///     let name = "treaty-number"
///     func extract(from input: ExtractorInput) -> [Extraction] {
///         (0..<input.tokenCount).compactMap { index in
///             let token = input.token(at: index)
///             guard token.text.hasPrefix("UNTS-") else { return nil }
///             return Extraction(tokens: index..<index + 1, id: String(token.text))
///         }
///     }
/// }
/// let engine = try Engine(packs: packs, extractors: Engine.builtInExtractors + [TreatyNumberExtractor()])
/// ```
public protocol Extractor: Sendable {
    /// The name a pack writes in `extractor:`.
    var name: String { get }
    /// The option keys whose values are lexicon names.
    var lexiconOptionKeys: Set<String> { get }
    /// The option keys the extractor understands; others are reported as unknown.
    var optionKeys: Set<String> { get }
    /// Checks options when a pack is compiled.
    ///
    /// A sentence returned here becomes an ``Diagnostic/Code/invalidExtractorOptions`` (`ACC407`)
    /// error located at the rule.
    ///
    /// - Parameter options: The options of a rule that names this extractor.
    /// - Returns: A sentence describing the problem, or `nil` when the options are usable.
    func validate(_ options: ExtractorOptions) -> String?
    /// Finds extractions in one document.
    ///
    /// Called once per analysed document (or window of a long one), from any task: an extractor
    /// must not depend on mutable shared state.
    ///
    /// - Parameter input: The document's tokens and sentences, the rule's options, and the hits
    ///   of the lexicons those options name.
    /// - Returns: What was found, as token ranges with an id and typed fields; an empty or
    ///   out-of-range token range is ignored.
    func extract(from input: ExtractorInput) -> [Extraction]
}

extension Extractor {
    /// No lexicon options by default.
    public var lexiconOptionKeys: Set<String> { [] }
    /// By default, exactly the lexicon options.
    public var optionKeys: Set<String> { lexiconOptionKeys }
    /// Accepts any options by default.
    ///
    /// - Parameter options: The options of a rule that names the extractor.
    /// - Returns: `nil`.
    public func validate(_ options: ExtractorOptions) -> String? { nil }
}

/// The options a pack rule gives its extractor.
public struct ExtractorOptions: Sendable, Hashable {
    /// Every option as written in the pack.
    public var values: [String: String]

    /// Creates options.
    ///
    /// - Parameter values: Every option as written in the pack, by key.
    public init(_ values: [String: String]) {
        self.values = values
    }

    /// The option's value, if given.
    ///
    /// - Parameter key: The option's key, such as `currencies`.
    public subscript(key: String) -> String? { values[key] }
}

/// What an extractor found: a token range and its typed fields.
///
/// For the built-in kinds the engine reads these fields: `amount` takes
/// `value` (a decimal), `currency` and `approximate`; `date` takes `value`,
/// `year`, `month`, `day` and `relative`. Other kinds keep all fields as text.
public struct Extraction: Sendable, Hashable {
    /// The tokens covered, as indices into ``ExtractorInput``'s tokens.
    public var tokens: Range<Int>
    /// A canonical id, when the extraction has one.
    public var id: String?
    /// Typed fields by name.
    public var fields: [String: FieldValue] {
        get { storedFields.dictionary }
        set { storedFields = .dictionary(newValue) }
    }
    /// The fields as given: the built-in extractors give typed fields, which the engine reads
    /// without a dictionary (see ``ExtractionFields``).
    var storedFields: ExtractionFields

    /// Creates an extraction.
    ///
    /// - Parameters:
    ///   - tokens: The tokens covered, as indices into the input's tokens; the span reported is
    ///     the text from the first token's start to the last token's end.
    ///   - id: A canonical id, when the extraction has one.
    ///   - fields: Typed fields by name.
    public init(tokens: Range<Int>, id: String? = nil, fields: [String: FieldValue] = [:]) {
        self.tokens = tokens
        self.id = id
        storedFields = .dictionary(fields)
    }

    /// Creates an extraction with a built-in extractor's typed fields.
    init(tokens: Range<Int>, id: String? = nil, storedFields: ExtractionFields) {
        self.tokens = tokens
        self.id = id
        self.storedFields = storedFields
    }

    /// Whether two extractions cover the same tokens with the same id and fields, however the
    /// fields were given.
    public static func == (lhs: Extraction, rhs: Extraction) -> Bool {
        lhs.tokens == rhs.tokens && lhs.id == rhs.id && lhs.fields == rhs.fields
    }

    /// Hashes the tokens, id and fields, as ``==(_:_:)`` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(tokens)
        hasher.combine(id)
        hasher.combine(fields)
    }
}
