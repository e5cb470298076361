@testable import Accord
import Foundation
import Testing

@Suite("Decimal parser")
struct DecimalParserTests {
    @Test("reads news numbers exactly", arguments: [
        ("5.000", DecimalParser.Convention.comma, "5000"),
        ("1,5", .comma, "1.5"),
        ("25,822", .comma, "25.822"),
        ("1.234.567", .comma, "1234567"),
        ("1.234,5", .comma, "1234.5"),
        ("35", .comma, "35"),
        ("6.24", .point, "6.24"),
        ("5,000", .point, "5000"),
        ("1,234,567.25", .point, "1234567.25"),
        ("1.5", .comma, "1.5"),
    ])
    func parses(text: String, convention: DecimalParser.Convention, expected: String) throws {
        let value = try #require(DecimalParser.parse(Substring(text), convention: convention), "\(text) did not parse")
        #expect(value == Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX")), "\(text) gave \(value), expected \(expected)")
    }

    @Test("rejects malformed groups", arguments: ["1.23.4", "1,2,3", "12a", "1..2", "1.234,5,6"])
    func rejects(text: String) {
        #expect(DecimalParser.parse(Substring(text), convention: .comma) == nil, "\(text) should not parse")
    }

    @Test("builds plain literals exactly as Decimal(string:) reads them, printing the same digits", arguments: [
        "0", "7", "5000", "1000000000", "1000000000000", "1.5", "25.822", "0.05", "2.50", "1234567.25",
        "9999999999999999999", "12345678901234567890123", "1e9", "-3", "",
    ])
    func plainLiterals(literal: String) {
        let expected = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX"))
        let built = DecimalParser.decimal(literal)
        #expect(built == expected, "\(literal): built \(String(describing: built)), Foundation read \(String(describing: expected))")
        #expect(built?.description == expected?.description, "\(literal) prints differently")
    }
}

/// Amounts in the JSON output: the writer's fast path for whole numbers must print what
/// `Decimal.description` prints, for every kind of value.
@Suite("JSON decimals")
struct JSONDecimalTests {
    static var values: [Decimal] {
        var values: [Decimal] = ["0", "-0", "5", "-7", "1.5", "0.05", "-12.340", "5000000000000", "35000000000",
                                 "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
                                 "123456789012345678901234567890", "1e30", "2.5e-3", "100.000"].compactMap { Decimal(string: $0) }
        var generator = TextSampleGenerator(seed: 2026)   // reproducible
        for _ in 0..<500 {
            let mantissa = Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &generator)
            let exponent = Int.random(in: -6...12, using: &generator)
            values.append(Decimal(sign: mantissa < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(mantissa.magnitude)))
        }
        return values
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
