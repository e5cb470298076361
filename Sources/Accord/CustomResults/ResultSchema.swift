import Foundation

/// The fields a host's result type declares, found by decoding it once with placeholders
/// (``SchemaProbe``): what the engine checks a custom kind's rules against.
struct ResultSchema: Sendable, Hashable {
    /// What a property's type asks of its field.
    enum FieldType: Sendable, Hashable, CustomStringConvertible {
        case string, integer, double, decimal, bool, span, provenance
        /// A `CaseIterable` enum with these raw values.
        case enumeration(typeName: String, rawValues: [String])

        var description: String {
            switch self {
            case .string: "String"
            case .integer: "an integer"
            case .double: "Double"
            case .decimal: "Decimal"
            case .bool: "Bool"
            case .span: "TextSpan"
            case .provenance: "Provenance"
            case .enumeration(let name, _): name
            }
        }

        /// Whether a capture's text must be converted (and so must come from a number or a
        /// checked pattern) to fill it.
        var isNumericOrBool: Bool {
            switch self {
            case .integer, .double, .decimal, .bool: true
            default: false
            }
        }
    }

    struct Field: Sendable, Hashable {
        var name: String
        var type: FieldType
        var isOptional: Bool
    }

    /// Keys a match always has besides its captured and fixed fields.
    static let matchKeys: Set<String> = ["id", "text", "span", "provenance", "kind"]

    var typeName: String
    var fields: [Field]
}
