/// Where a result stands in the analysed text.
///
/// `range` indexes the original `String` given to ``Engine/analyze(_:language:referenceDate:)``;
/// `start` and `end` are the same span as Unicode-scalar offsets, the form
/// the JSON output uses.
public struct TextSpan: Sendable, Hashable {
    /// The original text of the span, exactly as in the input.
    public var text: String
    /// The span in the analysed string.
    public var range: Range<String.Index>
    /// The offset of the first Unicode scalar.
    public var start: Int
    /// The offset just past the last Unicode scalar.
    public var end: Int
    /// The 0-based index of the sentence the span starts in.
    public var sentence: Int

    /// Creates a span.
    ///
    /// - Parameters:
    ///   - text: The original text of the span.
    ///   - range: The span in the analysed string.
    ///   - start: The offset of the first Unicode scalar.
    ///   - end: The offset just past the last Unicode scalar.
    ///   - sentence: The 0-based index of the sentence the span starts in.
    public init(text: String, range: Range<String.Index>, start: Int, end: Int, sentence: Int) {
        self.text = text
        self.range = range
        self.start = start
        self.end = end
        self.sentence = sentence
    }
}

/// Which pack and rule produced a result.
public struct Provenance: Sendable, Hashable, Codable {
    /// The pack id.
    public var pack: String
    /// The pack's version.
    public var packVersion: String
    /// The rule id within the pack.
    public var rule: String
    /// The pack's content hash (``Pack/contentHash``): which exact pack file produced the result,
    /// even when its version was not bumped.
    public var packHash: String

    /// Creates a provenance.
    ///
    /// - Parameters:
    ///   - pack: The pack id.
    ///   - packVersion: The pack's version.
    ///   - rule: The rule id within the pack.
    ///   - packHash: The pack's content hash.
    public init(pack: String, packVersion: String, rule: String, packHash: String = "") {
        self.pack = pack
        self.packVersion = packVersion
        self.rule = rule
        self.packHash = packHash
    }

    /// Decodes a provenance; one written before packs had content hashes gets an empty `packHash`.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when `pack`, `packVersion` or `rule` is missing or not text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        pack = try container.decode(String.self, forKey: .pack)
        packVersion = try container.decode(String.self, forKey: .packVersion)
        rule = try container.decode(String.self, forKey: .rule)
        packHash = try container.decodeIfPresent(String.self, forKey: .packHash) ?? ""
    }
}
