/// An official named with an office title (`Ngoại trưởng Ấn Độ S. Jaishankar`, `Prime Minister Kishida`).
public struct Official: Sendable, Hashable, Codable {
    /// The office, as the title lexicon's id (`prime-minister`, `foreign-minister`).
    public var title: String
    /// The person's name as written, when the text gives one.
    public var name: String?
    /// The party the office belongs to, when the text names it with the title.
    public var party: String?
    /// Where the mention is.
    public var span: TextSpan
    /// The pack and rule that found it.
    public var provenance: Provenance

    /// The mention's text.
    public var text: String { span.text }

    /// Creates an official.
    ///
    /// - Parameters:
    ///   - title: The office, as the title lexicon's id.
    ///   - name: The person's name as written, if given.
    ///   - party: The party the office belongs to, if named with the title.
    ///   - span: Where it is in the analysed text.
    ///   - provenance: The pack and rule that found it.
    public init(title: String, name: String?, party: String?, span: TextSpan, provenance: Provenance) {
        self.title = title
        self.name = name
        self.party = party
        self.span = span
        self.provenance = provenance
    }
}
