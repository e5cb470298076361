import Foundation

/// An amount's fields besides its span and provenance, as ``ResultBuilder`` decides them for
/// any ``ResultSink``.
struct AmountValue {
    var value: Decimal
    var currency: String
    var approximate: Bool
    var upper: Decimal?
    /// ``ExtractionFields/Amount/valueInteger`` and ``ExtractionFields/Amount/upperInteger``,
    /// when the money extractor knew them.
    var valueInteger: Int? = nil
    var upperInteger: Int? = nil
}
