/// A result of a custom kind that a pack defines (`visit`, `sanction`, …).
public struct Match: Sendable, Hashable, Codable {
    /// The kind, as the rule declares it.
    public var kind: String
    /// The canonical id, when the rule gives one.
    public var id: String?
    /// Captured and fixed fields, by name.
    public var fields: [String: FieldValue]
    /// Where the match is.
    public var span: TextSpan
    /// The pack and rule that found it.
    public var provenance: Provenance

    /// The match's text.
    public var text: String { span.text }

    /// Creates a match.
    ///
    /// - Parameters:
    ///   - kind: The kind, as the rule declares it.
    ///   - id: The canonical id, when the rule gives one.
    ///   - fields: Captured and fixed fields, by name.
    ///   - span: Where it is in the analysed text.
    ///   - provenance: The pack and rule that found it.
    public init(kind: String, id: String?, fields: [String: FieldValue], span: TextSpan, provenance: Provenance) {
        self.kind = kind
        self.id = id
        self.fields = fields
        self.span = span
        self.provenance = provenance
    }
}
