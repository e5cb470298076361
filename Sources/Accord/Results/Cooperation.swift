/// A mention of cooperation in an area ("hợp tác trong lĩnh vực năng lượng sạch").
public struct Cooperation: Sendable, Hashable, Codable {
    /// The area, from ``CooperationArea/taxonomy``.
    public var area: CooperationArea
    /// Where the mention is.
    public var span: TextSpan
    /// The pack and rule that found it.
    public var provenance: Provenance

    /// The mention's text.
    public var text: String { span.text }

    /// Creates a cooperation mention.
    ///
    /// - Parameters:
    ///   - area: The area.
    ///   - span: Where it is in the analysed text.
    ///   - provenance: The pack and rule that found it.
    public init(area: CooperationArea, span: TextSpan, provenance: Provenance) {
        self.area = area
        self.span = span
        self.provenance = provenance
    }
}
