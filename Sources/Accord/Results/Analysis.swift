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
    /// Results of custom kinds.
    public var matches: [Match] = []
    /// The number of sentences the text was split into.
    public var sentenceCount: Int = 0

    /// Creates an empty analysis.
    public init() {}

    /// Whether nothing at all was found.
    public var isEmpty: Bool {
        parties.isEmpty && forums.isEmpty && cooperations.isEmpty && agreements.isEmpty
            && amounts.isEmpty && dates.isEmpty && matches.isEmpty
    }

    /// The custom-kind matches of one kind.
    public func matches(ofKind kind: String) -> [Match] {
        matches.filter { $0.kind == kind }
    }
}
