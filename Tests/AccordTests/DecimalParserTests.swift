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
        ("12.5", .comma, "12.5"),
        ("3,25", .point, "3.25"),
        ("12345678901234567890123", .comma, "12345678901234567890123"),
        ("1.234.567,891", .comma, "1234567.891"),
    ])
    func parses(text: String, convention: DecimalParser.Convention, expected: String) throws {
        let value = try #require(DecimalParser.parse(Substring(text), convention: convention), "\(text) did not parse")
        #expect(value == Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX")), "\(text) gave \(value), expected \(expected)")
    }

    @Test("rejects malformed groups", arguments: ["1.23.4", "1,2,3", "12a", "1..2", "1.234,5,6", ",5", "5.", "", "1,5.000", "５", "1.2,34,5"])
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

/// Exact products of amounts and scale words.
@Suite("Exact numbers")
struct ExactNumberTests {
    @Test("products are exact, in integers and past 64 bits", arguments: [
        ("1.5", "1000000000", "1500000000"),
        ("25.822", "1000000", "25822000"),
        ("0.05", "1000", "50"),
        ("7", "1", "7"),
        ("9999999999999999999", "1000", "9999999999999999999000"),
        ("123456789012", "1000000000000", "123456789012000000000000"),
    ])
    func products(left: String, right: String, expected: String) throws {
        let a = try #require(DecimalParser.number(left.utf8), "\(left) did not parse")
        let b = try #require(DecimalParser.number(right.utf8), "\(right) did not parse")
        let product = (a * b).decimal
        #expect(product == Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX")), "\(left) × \(right) gave \(product)")
    }

    @Test("the whole value below 2^53 is found without Decimal arithmetic", arguments: [
        (UInt64(5), 9, Int?(5_000_000_000)), (15, -1, nil), (150, -1, 15), (0, -100, 0), (0, 40, 0),
        (1 << 53, 0, nil), ((1 << 53) - 1, 0, 9_007_199_254_740_991), (9, 15, 9_000_000_000_000_000), (1, 16, nil),
        (UInt64.max, 3, nil), (UInt64.max, -5, nil), (10_000_000_000_000_000_000, -19, 1), (10_000_000_000_000_000_000, -1, nil),
        (10, -20, nil),
        (7, 1_000_000, nil), (1_000, -3, 1), (25_822, 3, 25_822_000),
    ])
    func wholeValue(significand: UInt64, exponent: Int, expected: Int?) {
        let number = ExactNumber(significand: significand, exponent: exponent)
        #expect(number.wholeBelow2to53 == expected, "\(significand)e\(exponent) gave \(String(describing: number.wholeBelow2to53))")
    }

    @Test("an amount written from its whole value is the bytes its Decimal writes")
    func wholeValueWritesTheDecimalsBytes() {
        var cases: [(UInt64, Int)] = [(5, 9), (150, -1), (15, -1), ((1 << 53) - 1, 0), (1 << 53, 0), (9, 15), (1, 16), (0, -3)]
        var generator = TextSampleGenerator(seed: 53)   // reproducible
        for _ in 0..<500 {
            cases.append((UInt64.random(in: 0...1_000_000_000_000_000, using: &generator), Int.random(in: -20...20, using: &generator)))
        }
        for (significand, exponent) in cases {
            let number = ExactNumber(significand: significand, exponent: exponent)
            var viaDecimal = JSONWriter(), viaWhole = JSONWriter()
            viaDecimal.decimal(number.decimal)
            if let whole = number.wholeBelow2to53 { viaWhole.int(whole) } else { viaWhole.decimal(number.decimal) }
            #expect(viaWhole.output == viaDecimal.output, "\(significand)e\(exponent): \(viaWhole.output) against \(viaDecimal.output)")
        }
    }
}
