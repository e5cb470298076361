import Foundation

/// An ``Extraction``'s fields as they were given: the dictionary of the public API, or the typed
/// fields the built-in extractors give for the kinds the engine reads.
///
/// The built-in extractors' results are read by the engine, not by a host: building a
/// dictionary of four or five fields per amount or date (each name hashed on the way in and
/// compared on the way out, the storage allocated and freed) cost more than finding the amount.
/// The dictionary is made only when ``Extraction/fields`` is read.
enum ExtractionFields: Sendable {
    case dictionary([String: FieldValue])
    case amount(Amount)
    case date(Date)

    /// What ``MoneyExtractor`` finds: the fields `value`, `currency`, `approximate` and `upper`.
    struct Amount: Sendable, Hashable {
        var value: Decimal
        var currency: String
        var approximate: Bool
        var upper: Decimal?
        /// `value` and `upper` as integers when they are whole numbers below 2^53, known from
        /// the extractor's arithmetic: the JSON writer writes these without asking the `Decimal`
        /// (which took a bridge to `NSNumber` and back, 860 instructions an amount).
        var valueInteger: Int? = nil
        var upperInteger: Int? = nil
    }

    /// What ``DateExtractor`` finds: the fields `value`, `year`, `month`, `day`, `relative`,
    /// `unit` and `offsetDays`, each only when set.
    struct Date: Sendable, Hashable {
        var value: String?
        var year: Int?
        var month: Int?
        var day: Int?
        var relative: String?
        var unit: String?
        var offsetDays: Int?
    }

    /// The fields by name, as ``Extraction/fields`` gives them.
    var dictionary: [String: FieldValue] {
        switch self {
        case .dictionary(let fields):
            return fields
        case .amount(let amount):
            var fields: [String: FieldValue] = [
                "value": .decimal(amount.value), "currency": .string(amount.currency), "approximate": .bool(amount.approximate),
            ]
            if let upper = amount.upper { fields["upper"] = .decimal(upper) }
            return fields
        case .date(let date):
            var fields: [String: FieldValue] = [:]
            if let value = date.value { fields["value"] = .string(value) }
            if let year = date.year { fields["year"] = .integer(year) }
            if let month = date.month { fields["month"] = .integer(month) }
            if let day = date.day { fields["day"] = .integer(day) }
            if let relative = date.relative { fields["relative"] = .string(relative) }
            if let unit = date.unit { fields["unit"] = .string(unit) }
            if let offsetDays = date.offsetDays { fields["offsetDays"] = .integer(offsetDays) }
            return fields
        }
    }
}
