import Foundation

/// A money amount with its exact value and currency.
public struct Amount: Sendable, Hashable, Codable {
    /// The exact value (`5.000 tỷ Yen` → 5000000000000).
    public var value: Decimal
    /// The ISO 4217 currency code (`JPY`).
    public var currency: String
    /// Whether the text hedges the value (`khoảng`, `gần`, `hơn`, about).
    public var approximate: Bool
    /// The upper bound when the text gives a range (`3-5 tỷ USD`: value 3e9, upper 5e9).
    public var upper: Decimal?
    /// Where the amount is.
    public var span: TextSpan
    /// The pack and rule that found it.
    public var provenance: Provenance

    /// The amount's text.
    public var text: String { span.text }

    /// Creates an amount.
    ///
    /// - Parameters:
    ///   - value: The exact value (the lower bound of a range).
    ///   - currency: The ISO 4217 currency code.
    ///   - approximate: Whether the text hedges the value.
    ///   - upper: The upper bound of a range, or `nil`.
    ///   - span: Where it is in the analysed text.
    ///   - provenance: The pack and rule that found it.
    public init(value: Decimal, currency: String, approximate: Bool, upper: Decimal? = nil, span: TextSpan, provenance: Provenance) {
        self.value = value
        self.upper = upper
        self.currency = currency
        self.approximate = approximate
        self.span = span
        self.provenance = provenance
    }
}
