import Foundation

/// Parses numbers as news writes them: `5.000` and `1,5` in Vietnamese, `5,000` and `1.5` in English.
enum DecimalParser {
    /// Which character separates the fraction.
    enum Convention: String, Sendable, CaseIterable {
        /// `1,5` is one and a half; `.` groups thousands (Vietnamese, most of Europe).
        case comma
        /// `1.5` is one and a half; `,` groups thousands (English).
        case point
    }

    /// The exact value of a number token, or `nil` when it is not a number in this convention.
    ///
    /// A lone separator followed by exactly three digits is read as a thousands
    /// group in that convention (`5.000` → 5000 with `.comma`); any other lone
    /// separator is a decimal mark, whichever character it is, since authors mix them.
    static func parse(_ text: Substring, convention: Convention) -> Decimal? {
        let group: Character = convention == .comma ? "." : ","
        let fraction: Character = convention == .comma ? "," : "."
        let parts = text.split(omittingEmptySubsequences: false) { $0 == group || $0 == fraction }
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let separators = text.filter { $0 == group || $0 == fraction }
        let groupsValid = parts.dropFirst().allSatisfy { $0.count == 3 }
        var integer = String(parts[0])
        var decimals = ""
        switch (separators.filter { $0 == fraction }.count, separators.last) {
        case (0, nil):
            break
        case (0, _):
            if groupsValid {
                integer = parts.joined()
            } else if separators.count == 1 {
                decimals = String(parts[1])   // `1.5` where `,` is the decimal mark: the author meant a point
            } else {
                return nil
            }
        case (1, fraction?):
            guard parts.dropFirst().dropLast().allSatisfy({ $0.count == 3 }), let last = parts.last else { return nil }
            integer = parts.dropLast().joined()
            decimals = String(last)
        default:
            return nil
        }
        let literal = decimals.isEmpty ? integer : integer + "." + decimals
        return decimal(literal)
    }

    /// The exact value of a plain literal (`5000`, `1.5`, as pack ids and parsed numbers are written).
    ///
    /// Up to 19 significant digits are assembled from integers; `Decimal(string:locale:)`, which
    /// takes thousands of instructions per call, only reads the rest.
    static func decimal(_ literal: String) -> Decimal? {
        var significand: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        for byte in literal.utf8 {
            if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
                continue
            }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"), digits < 19 else {
                return Decimal(string: literal, locale: posix)
            }
            significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
            digits += 1
            if seenPoint { fractionDigits += 1 }
        }
        guard digits > 0 else { return nil }
        return Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand))
    }

    private static let posix = Locale(identifier: "en_US_POSIX")
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
