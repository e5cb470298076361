/// A mention of a party: a country, territory or organisation.
public struct Party: Sendable, Hashable, Codable {
    /// The canonical id: ISO 3166-1 alpha-2 for countries (`JP`), an upper-case acronym for organisations (`ASEAN`).
    public var id: String
    /// Where the mention is.
    public var span: TextSpan
    /// The pack and rule that found it.
    public var provenance: Provenance

    /// The mention's text.
    public var text: String { span.text }

    /// Creates a party.
    ///
    /// - Parameters:
    ///   - id: The canonical id (`JP`, `ASEAN`).
    ///   - span: Where it is in the analysed text.
    ///   - provenance: The pack and rule that found it.
    public init(id: String, span: TextSpan, provenance: Provenance) {
        self.id = id
        self.span = span
        self.provenance = provenance
    }
}
