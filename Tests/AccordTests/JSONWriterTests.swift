@testable import Accord
import Foundation
import Testing

/// Amounts in the JSON output: the writer's fast path for whole numbers must print what
/// `Decimal.description` prints, for every kind of value.
@Suite("JSON decimals")
struct JSONDecimalTests {
    static var values: [Decimal] {
        var values: [Decimal] = ["0", "-0", "5", "-7", "1.5", "0.05", "-12.340", "5000000000000", "35000000000",
                                 "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
                                 "123456789012345678901234567890", "1e30", "2.5e-3", "100.000",
                                 // Around 2^53, where a Double stops holding every whole number.
                                 "9007199254740991", "9007199254740992", "9007199254740993", "-9007199254740993",
                                 "4503599627370495.5", "9007199254740991.5", "18014398509481985"].compactMap { Decimal(string: $0) }
        var generator = TextSampleGenerator(seed: 2026)   // reproducible
        for _ in 0..<500 {
            let mantissa = Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &generator)
            let exponent = Int.random(in: -6...12, using: &generator)
            values.append(Decimal(sign: mantissa < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(mantissa.magnitude)))
        }
        return values
    }

    @Test("whole numbers are written as String(_:) writes them, at every digit count")
    func integers() {
        var values = [0, 1, -1, 42, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -power, 7 * power + 3]
        }
        for value in values {
            var writer = JSONWriter()
            writer.int(value)
            #expect(writer.output == String(value), "\(value) was written as \(writer.output)")
        }
    }

    @Test("a decimal is written exactly as Decimal.description writes it")
    func decimals() {
        for value in Self.values {
            var writer = JSONWriter()
            writer.decimal(value)
            #expect(writer.output == value.description, "\(value.description) was written as \(writer.output)")
        }
    }
}

/// The writer's remembered provenance bytes must be exactly what four fields would write.
@Suite("JSON provenance")
struct JSONProvenanceTests {
    static func written(_ provenances: [Provenance], memoized: Bool) -> String {
        var writer = JSONWriter()
        writer.beginArray()
        for (number, provenance) in provenances.enumerated() {
            writer.beginObject()
            if number % 3 != 2 { writer.field("start", number) }   // every third object has no field before
            if memoized {
                writer.provenanceFields(provenance)
            } else {
                writer.field("rule", provenance.rule)
                writer.field("pack", provenance.pack)
                writer.field("packVersion", provenance.packVersion)
                writer.field("packHash", provenance.packHash)
            }
            writer.endObject()
        }
        writer.endArray()
        return writer.output
    }

    @Test("repeated, alternating and first-in-object provenances write the same bytes as plain fields")
    func provenances() {
        let a = Provenance(pack: "vi-parties", packVersion: "0.3.0", rule: "party-country", packHash: "ba24bbcd30d8a024")
        let b = Provenance(pack: "vi-forums", packVersion: "0.3.0", rule: "forum \"name\"", packHash: "")
        let sameAsA = Provenance(pack: String("vi-parties".reversed().reversed()), packVersion: "0.3.0", rule: "party-country",
                                 packHash: "ba24bbcd30d8a024")
        // Same pack, another rule or version: each differs from `a` in one field only.
        let otherRule = Provenance(pack: "vi-parties", packVersion: "0.3.0", rule: "party-dash", packHash: "ba24bbcd30d8a024")
        let otherVersion = Provenance(pack: "vi-parties", packVersion: "0.4.0", rule: "party-country", packHash: "ba24bbcd30d8a024")
        let otherHash = Provenance(pack: "vi-parties", packVersion: "0.3.0", rule: "party-country", packHash: "0000000000000000")
        let sequence = [a, a, a, b, a, sameAsA, b, b, a, b, a, otherRule, otherRule, a, otherVersion, a, otherHash, a]
        #expect(Self.written(sequence, memoized: true) == Self.written(sequence, memoized: false),
                "memoized provenance fields differ from plain ones")
    }
}

/// The word-at-a-time check for bytes to escape (the JSONL reader and the writer share it) must
/// agree with a byte-by-byte one.
@Suite("JSON string escapes")
struct JSONEscapeTests {
    static func bytewise(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
    }

    @Test("each byte value at each position of strings up to 20 bytes", arguments: [0, 1, 7, 8, 9, 15, 16, 17, 20])
    func everyByteEverywhere(length: Int) {
        // A plain background of letters and multi-byte UTF-8, one byte replaced at a time.
        let background = Array(String(repeating: "aé", count: length).utf8.prefix(length))
        for position in 0..<max(length, 1) where position < length {
            for value in 0...255 {
                var bytes = background
                bytes[position] = UInt8(value)
                let found = bytes.withUnsafeBufferPointer { JSONStringBytes.containsSpecial($0) }
                #expect(found == Self.bytewise(bytes), "byte 0x\(String(value, radix: 16)) at \(position) of \(length)")
            }
        }
        let plain = background.withUnsafeBufferPointer { JSONStringBytes.containsSpecial($0) }
        #expect(!plain, "a string of letters needs no escape")
    }

    @Test("strings with escapes are written escaped, others copied")
    func written() {
        var writer = JSONWriter()
        writer.beginArray()
        for text in ["Việt Nam", "say \"hi\"", "a\\b", "tab\there", "line\nbreak", "\u{1}", "đủ 16 byte nè!!", ""] {
            writer.string(text)
        }
        writer.endArray()
        #expect(writer.output == #"["Việt Nam","say \"hi\"","a\\b","tab\there","line\nbreak","\u0001","đủ 16 byte nè!!",""]"#)
    }

    @Test("a span's fields are the same bytes written at once or field by field", arguments: [
        ("Việt Nam", 0, 8, 0), ("Ấn Độ", 1_234_567, 1_234_572, 98_765), ("", 0, 0, 0),
        ("say \"hi\"", 5, 13, 1), ("line\nbreak", 10, 20, 2), ("a\\b", 9, 12, 3), ("G7", 9_999_999_999, 10_000_000_001, 10), ("Ấn Độ", Int.max, Int.max, Int.max),
    ])
    func spanFields(text: String, start: Int, end: Int, sentence: Int) {
        // The array's bytes take the one-reservation path; the same bytes through a lazy view,
        // which lends no contiguous storage, take the field-by-field one. Both first in their
        // object and after another field.
        func written(_ fields: (inout JSONWriter) -> Void) -> String {
            var writer = JSONWriter()
            writer.beginArray()
            writer.beginObject(); fields(&writer); writer.endObject()
            writer.beginObject(); writer.field("id", "x"); fields(&writer); writer.endObject()
            writer.endArray()
            return writer.output
        }
        let bytes = Array(text.utf8)
        let atOnce = written { $0.spanFields(text: bytes, start: start, end: end, sentence: sentence) }
        let byField = written { $0.spanFields(text: bytes.lazy.map { $0 }, start: start, end: end, sentence: sentence) }
        #expect(atOnce == byField, "at once: \(atOnce)\nby field: \(byField)")
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
        let fields = "\"text\":\"\(escaped)\",\"start\":\(start),\"end\":\(end),\"sentence\":\(sentence)"
        #expect(atOnce == "[{\(fields)},{\"id\":\"x\",\(fields)}]", "the documented layout; got \(atOnce)")
    }
}

/// The JSON writer's short copies: every length, with guard bytes on both sides of the target.
@Suite("Short byte copies")
struct ShortByteCopyTests {
    @Test("copies exactly the bytes asked for and touches nothing around them", arguments: 0...80)
    func copiesExactly(count: Int) {
        let source = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        // Eight guard bytes before and after the target, which no copy may write.
        var target = [UInt8](repeating: 0xA5, count: count + 16)
        let copied: Bool = source.withUnsafeBufferPointer { from in
            target.withUnsafeMutableBufferPointer { to in
                guard let base = to.baseAddress else { return false }
                // An empty array may have no storage: a zero-length copy reads from any valid pointer.
                ShortByteCopy.copy(from.baseAddress ?? UnsafePointer(base), to: base + 8, count: count)
                return true
            }
        }
        #expect(copied, "the target buffer had no storage")
        #expect(Array(target[8..<8 + count]) == source, "a copy of \(count) bytes changed what it copied")
        #expect(target[..<8].allSatisfy { $0 == 0xA5 }, "a copy of \(count) bytes wrote before its target")
        #expect(target[(8 + count)...].allSatisfy { $0 == 0xA5 }, "a copy of \(count) bytes wrote past its target")
    }
}
