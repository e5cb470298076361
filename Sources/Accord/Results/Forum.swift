/// A mention of a forum or cooperation mechanism (G7, Quad, a 2+2 dialogue, AMM-55).
public struct Forum: Sendable, Hashable, Codable {
    /// The lowercase id (`g7`, `two-plus-two`, `amm`).
    public var id: String
    /// The edition when the text gives one (`AMM-55` → 55).
    public var edition: Int?
    /// Where the mention is.
    public var span: TextSpan
    /// The pack and rule that found it.
    public var provenance: Provenance

    /// The mention's text.
    public var text: String { span.text }

    /// Creates a forum.
    ///
    /// - Parameters:
    ///   - id: The lowercase forum id (`g20`).
    ///   - edition: The edition, when the text gives one.
    ///   - span: Where it is in the analysed text.
    ///   - provenance: The pack and rule that found it.
    public init(id: String, edition: Int? = nil, span: TextSpan, provenance: Provenance) {
        self.id = id
        self.edition = edition
        self.span = span
        self.provenance = provenance
    }
}
