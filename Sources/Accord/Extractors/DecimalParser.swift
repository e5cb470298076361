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
        number(text, convention: convention)?.decimal
    }

    /// ``parse(_:convention:)`` as an ``ExactNumber``, for arithmetic before the result.
    ///
    /// Read from the UTF-8 in one pass: digit runs ("parts") between separators, how long the
    /// first, middle and last parts are, and which separators occur.
    static func number(_ text: Substring, convention: Convention) -> ExactNumber? {
        number(utf8: text.utf8, convention: convention)
    }

    /// ``number(_:convention:)`` of text given as UTF-8 (a token's bytes).
    static func number(utf8 text: some Collection<UInt8>, convention: Convention) -> ExactNumber? {
        let group = convention == .comma ? UInt8(ascii: ".") : UInt8(ascii: ",")
        let fraction = convention == .comma ? UInt8(ascii: ",") : UInt8(ascii: ".")
        var partLength = 0
        var separators = 0
        var fractions = 0
        var lastSeparator: UInt8 = 0
        var middlePartsAreGroups = true   // every part between two separators has three digits
        for byte in text {
            if byte == group || byte == fraction {
                guard partLength > 0 else { return nil }
                if separators > 0 && partLength != 3 { middlePartsAreGroups = false }
                if byte == fraction { fractions += 1 }
                separators += 1
                lastSeparator = byte
                partLength = 0
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                partLength += 1
            } else {
                return nil
            }
        }
        guard partLength > 0 else { return nil }
        let lastPartIsGroup = separators == 0 || partLength == 3
        // How many digits at the end are decimals (the rest, separators dropped, is the integer).
        let decimals: Int
        switch (fractions, separators) {
        case (0, 0):
            decimals = 0
        case (0, _):
            if middlePartsAreGroups && lastPartIsGroup {
                decimals = 0
            } else if separators == 1 {
                decimals = partLength   // `1.5` where `,` is the decimal mark: the author meant a point
            } else {
                return nil
            }
        case (1, _) where lastSeparator == fraction:
            guard middlePartsAreGroups else { return nil }
            decimals = partLength
        default:
            return nil
        }
        var literal: [UInt8] = []
        literal.reserveCapacity(text.count)
        for byte in text where byte != group && byte != fraction { literal.append(byte) }
        if decimals > 0 { literal.insert(UInt8(ascii: "."), at: literal.count - decimals) }
        return number(literal)
    }

    /// The exact value of a plain literal (`5000`, `1.5`, as pack ids and parsed numbers are written).
    ///
    /// Up to 19 significant digits are assembled from integers; `Decimal(string:locale:)`, which
    /// takes thousands of instructions per call, only reads the rest.
    static func decimal(_ literal: String) -> Decimal? {
        number(literal.utf8)?.decimal
    }

    /// ``decimal(_:)`` as an ``ExactNumber``, from the literal's UTF-8 (a pack id's `utf8` view
    /// or assembled digits: no copy needed).
    static func number(_ literal: some Collection<UInt8>) -> ExactNumber? {
        var significand: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        for byte in literal {
            if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
                continue
            }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"), digits < 19 else {
                return Decimal(string: String(decoding: literal, as: UTF8.self), locale: posix).map(ExactNumber.init)
            }
            significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
            digits += 1
            if seenPoint { fractionDigits += 1 }
        }
        guard digits > 0 else { return nil }
        return ExactNumber(significand: significand, exponent: -fractionDigits)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
