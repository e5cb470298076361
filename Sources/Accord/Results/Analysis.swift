/// Everything an ``Engine`` found in one text, as typed arrays in text order.
///
/// ```swift
/// let analysis = engine.analyze("Nhật Bản và Ấn Độ nhất trí tăng cường hợp tác về năng lượng sạch.")
/// for agreement in analysis.agreements {
///     print(agreement.kind, agreement.parties, agreement.areas)   // consensus ["JP", "IN"] [energy]
/// }
/// ```
public struct Analysis: Sendable, Hashable, Codable {
    /// Parties mentioned.
    public var parties: [Party] = []
    /// Forums mentioned.
    public var forums: [Forum] = []
    /// Cooperation in an area.
    public var cooperations: [Cooperation] = []
    /// Agreements reported.
    public var agreements: [Agreement] = []
    /// Money amounts.
    public var amounts: [Amount] = []
    /// Dates and periods.
    public var dates: [DateMention] = []
    /// Officials with their titles (`Thủ tướng Nhật Bản Kishida Fumio`).
    public var officials: [Official] = []
    /// Results of custom kinds.
    public var matches: [Match] = []
    /// The language the text was analysed as (`vi`, `en`).
    public var language: String = ""
    /// The sentences, as Unicode-scalar offset ranges into the text, in order.
    public var sentences: [Range<Int>] = []
    /// What limited the analysis, if anything (``Limits/maxMatchesPerDocument``): empty for
    /// almost every document. Locations use the file name `<document>` and the text's lines.
    public var warnings: [Diagnostic] = []
    /// The number of sentences the text was split into.
    public var sentenceCount: Int { sentences.count }

    /// Creates an empty analysis.
    public init() {}

    /// Whether nothing at all was found.
    public var isEmpty: Bool {
        parties.isEmpty && forums.isEmpty && cooperations.isEmpty && agreements.isEmpty
            && amounts.isEmpty && dates.isEmpty && officials.isEmpty && matches.isEmpty
    }

    /// The custom-kind matches of one kind.
    ///
    /// - Parameter kind: The kind as the rules declare it (`treaty`).
    /// - Returns: Those matches, in text order.
    public func matches(ofKind kind: String) -> [Match] {
        matches.filter { $0.kind == kind }
    }
}
