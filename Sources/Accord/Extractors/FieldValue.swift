import Foundation

/// A typed value of a result field.
public enum FieldValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Text.
    case string(String)
    /// An exact decimal number.
    case decimal(Decimal)
    /// A whole number.
    case integer(Int)
    /// A truth value.
    case bool(Bool)

    /// The value as text.
    public var description: String {
        switch self {
        case .string(let value): return value
        case .decimal(let value): return "\(value)"
        case .integer(let value): return String(value)
        case .bool(let value): return String(value)
        }
    }

    /// The value as a string, when it is one.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The value as a whole number, when it is one.
    public var integerValue: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The value as a decimal, when it is a number.
    public var decimalValue: Decimal? {
        switch self {
        case .decimal(let value): return value
        case .integer(let value): return Decimal(value)
        default: return nil
        }
    }

    /// The value as a truth value, when it is one.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }
}
