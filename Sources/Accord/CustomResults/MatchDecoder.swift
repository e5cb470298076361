import Foundation

/// A `Decoder` that reads a host's result type from one ``Match``: each property from the field
/// of the same name (captures and `set:` values), and `id`, `text`, `span`, `provenance` and
/// `kind` from the match itself.
struct MatchDecoder: Decoder {
    let match: Match
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(MatchFields<Key>(match: match))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "a match is a record of fields, not an array"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: "a match is a record of fields, not one value"))
    }
}

private struct MatchFields<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let match: Match
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] {
        (Array(match.fields.keys) + ["text", "span", "provenance", "kind"] + (match.id == nil ? [] : ["id"]))
            .sorted().compactMap { Key(stringValue: $0) }
    }

    func contains(_ key: Key) -> Bool { value(for: key.stringValue) != nil }
    func decodeNil(forKey key: Key) throws -> Bool { value(for: key.stringValue) == nil }

    /// The value behind a key: the match's own properties for its reserved keys, else a field.
    private func value(for key: String) -> Any? {
        switch key {
        case "id": return match.id ?? match.fields["id"]?.description
        case "span": return match.span
        case "provenance": return match.provenance
        case "kind": return match.kind
        case "text": return match.fields["text"] ?? .string(match.span.text)
        default: return match.fields[key]
        }
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let raw = value(for: key.stringValue) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: [key], debugDescription: "the match has no field '\(key.stringValue)'"))
        }
        if let typed = raw as? T { return typed }
        let field: FieldValue
        switch raw {
        case let value as FieldValue: field = value
        case let text as String: field = .string(text)
        default:
            throw DecodingError.typeMismatch(T.self, .init(codingPath: [key], debugDescription: "'\(key.stringValue)' is not \(T.self)"))
        }
        guard let converted = Self.convert(field, to: type) else {
            throw DecodingError.typeMismatch(T.self, .init(codingPath: [key], debugDescription: "'\(key.stringValue)' is \"\(field)\", not \(T.self)"))
        }
        return converted
    }

    /// A field value as the property's type: numbers and truth values written as text are read.
    static func convert<T>(_ field: FieldValue, to type: T.Type) -> T? {
        let text = field.description
        let result: Any?
        switch type {
        case is String.Type: result = text
        case is Int.Type: result = field.integerValue ?? Int(text)
        case is Int64.Type: result = (field.integerValue ?? Int(text)).map { Int64($0) }
        case is Int32.Type: result = (field.integerValue ?? Int(text)).flatMap { Int32(exactly: $0) }
        case is Double.Type: result = field.decimalValue.map { NSDecimalNumber(decimal: $0).doubleValue } ?? Double(text)
        case is Float.Type: result = (field.decimalValue.map { NSDecimalNumber(decimal: $0).doubleValue } ?? Double(text)).map { Float($0) }
        case is Decimal.Type: result = field.decimalValue ?? DecimalParser.decimal(text)
        case is Bool.Type: result = field.boolValue ?? ["true": true, "false": false][text]
        default:
            if let enumeration = type as? any (CaseIterable & RawRepresentable).Type {
                result = Self.enumCase(enumeration, rawValue: text)
            } else {
                result = nil
            }
        }
        return result as? T
    }

    private static func enumCase<E: CaseIterable & RawRepresentable>(_ type: E.Type, rawValue: String) -> E? {
        E.allCases.first { ($0.rawValue as? String) == rawValue }
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(type as Bool.Type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(type as String.Type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(type as Double.Type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decode(type as Float.Type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(type as Int.Type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decode(type as Int32.Type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decode(type as Int64.Type, key) }
    private func decode<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T { try decode(type, forKey: key) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.typeMismatch([String: Any].self, .init(codingPath: [key], debugDescription: "match fields are single values"))
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: [key], debugDescription: "match fields are single values"))
    }
    func superDecoder() throws -> any Decoder { MatchDecoder(match: match) }
    func superDecoder(forKey key: Key) throws -> any Decoder { MatchDecoder(match: match) }
}
