/// A date or period in the text, normalised where possible.
public struct DateMention: Sendable, Hashable, Codable {
    /// The normalised value: ISO 8601 where it applies (`2022-07-13`, `--09-07` for a day without year,
    /// `--03` for a month, `2022`, `P5Y` for a period), `nil` when the text gives nothing to normalise.
    public var value: String?
    /// The year, when given.
    public var year: Int?
    /// The month (1–12), when given.
    public var month: Int?
    /// The day of the month, when given.
    public var day: Int?
    /// `past`, `future` or `present` for relative expressions (`tháng 3 vừa qua`, `năm tới`,
    /// `năm nay`), `nil` for the others.
    public var relative: String?
    /// Where the date is.
    public var span: TextSpan
    /// The pack and rule that found it.
    public var provenance: Provenance

    /// The date's text.
    public var text: String { span.text }

    /// Creates a date mention.
    ///
    /// - Parameters:
    ///   - value: The normalised value, or `nil` when there is nothing to normalise.
    ///   - year: The year, when given.
    ///   - month: The month (1–12), when given.
    ///   - day: The day of the month, when given.
    ///   - relative: `past`, `future` or `present` for a relative expression, else `nil`.
    ///   - span: Where it is in the analysed text.
    ///   - provenance: The pack and rule that found it.
    public init(value: String?, year: Int? = nil, month: Int? = nil, day: Int? = nil, relative: String? = nil,
                span: TextSpan, provenance: Provenance) {
        self.value = value
        self.year = year
        self.month = month
        self.day = day
        self.relative = relative
        self.span = span
        self.provenance = provenance
    }
}
