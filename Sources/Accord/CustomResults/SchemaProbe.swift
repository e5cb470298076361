import Foundation

/// A `Decoder` that decodes a host's result type with placeholder values and records, for each
/// key the type asks for, the value type and whether it is optional (``ResultSchema``).
///
/// Synthesised `Decodable` conformances ask for optional properties with `decodeIfPresent`,
/// which calls `decodeNil(forKey:)` first: that call marks a field optional.
final class SchemaProbe: Decoder {
    /// A property whose type the probe cannot fill with a placeholder.
    struct Unsupported: Error, Sendable, Hashable {
        var key: String
        var typeName: String
    }

    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    private(set) var fields: [ResultSchema.Field] = []
    private var optionalKeys: Set<String> = []

    /// The schema of `type`, or the first property the probe could not fill.
    static func schema<T: Decodable>(of type: T.Type) -> Result<ResultSchema, Unsupported> {
        let probe = SchemaProbe()
        do {
            _ = try T(from: probe)
        } catch let unsupported as Unsupported {
            return .failure(unsupported)
        } catch {
            return .failure(Unsupported(key: probe.fields.last?.name ?? "?", typeName: String(describing: error)))
        }
        return .success(ResultSchema(typeName: String(describing: T.self), fields: probe.fields))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedProbe<Key>(probe: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw Unsupported(key: codingPath.last?.stringValue ?? "", typeName: "an array")
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { ValueProbe(probe: self) }

    fileprivate func markOptional(_ key: String) { optionalKeys.insert(key) }

    /// Records `key` and returns a placeholder of type `T`.
    fileprivate func placeholder<T: Decodable>(_ type: T.Type, key: String) throws -> T {
        let (fieldType, value) = try Self.placeholder(type, key: key)
        fields.append(.init(name: key, type: fieldType, isOptional: optionalKeys.contains(key)))
        return value
    }

    private static func placeholder<T: Decodable>(_ type: T.Type, key: String) throws -> (ResultSchema.FieldType, T) {
        func value(_ any: Any, _ fieldType: ResultSchema.FieldType) throws -> (ResultSchema.FieldType, T) {
            guard let typed = any as? T else { throw Unsupported(key: key, typeName: String(describing: T.self)) }
            return (fieldType, typed)
        }
        switch type {
        case is String.Type: return try value("", .string)
        case is Bool.Type: return try value(false, .bool)
        case is Int.Type: return try value(0, .integer)
        case is Int64.Type: return try value(Int64(0), .integer)
        case is Int32.Type: return try value(Int32(0), .integer)
        case is Double.Type: return try value(0.0, .double)
        case is Float.Type: return try value(Float(0), .double)
        case is Decimal.Type: return try value(Decimal(0), .decimal)
        case is TextSpan.Type:
            let text = ""
            return try value(TextSpan(text: text, range: text.startIndex..<text.endIndex, start: 0, end: 0, sentence: 0), .span)
        case is Provenance.Type: return try value(Provenance(pack: "", packVersion: "", rule: ""), .provenance)
        default: break
        }
        if let enumeration = type as? any (CaseIterable & RawRepresentable).Type,
           let (rawValues, first) = cases(of: enumeration), let typed = first as? T {
            return (.enumeration(typeName: String(describing: T.self), rawValues: rawValues), typed)
        }
        throw Unsupported(key: key, typeName: String(describing: T.self))
    }

    /// The raw values of a `CaseIterable` enum with `String` raw values, and its first case.
    private static func cases<E: CaseIterable & RawRepresentable>(of type: E.Type) -> ([String], Any)? {
        let all = Array(E.allCases)
        let raw = all.compactMap { $0.rawValue as? String }
        guard let first = all.first, raw.count == all.count else { return nil }
        return (raw, first)
    }
}

private struct KeyedProbe<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let probe: SchemaProbe
    var codingPath: [any CodingKey] { probe.codingPath }
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool {
        probe.markOptional(key.stringValue)
        return false
    }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try probe.placeholder(type, key: key.stringValue) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try probe.placeholder(type, key: key.stringValue) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try probe.placeholder(type, key: key.stringValue) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try probe.placeholder(type, key: key.stringValue) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try probe.placeholder(type, key: key.stringValue) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try probe.placeholder(type, key: key.stringValue) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try probe.placeholder(type, key: key.stringValue) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try probe.placeholder(type, key: key.stringValue) }
    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw SchemaProbe.Unsupported(key: key.stringValue, typeName: "a nested object")
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw SchemaProbe.Unsupported(key: key.stringValue, typeName: "an array")
    }
    func superDecoder() throws -> any Decoder { probe }
    func superDecoder(forKey key: Key) throws -> any Decoder { probe }
}

/// A result type decoded as one value (`singleValueContainer`) is not a record of fields.
private struct ValueProbe: SingleValueDecodingContainer {
    let probe: SchemaProbe
    var codingPath: [any CodingKey] { probe.codingPath }
    func decodeNil() -> Bool { false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        throw SchemaProbe.Unsupported(key: "", typeName: "a single \(T.self) value; declare a struct with one property per field")
    }
}
