import Foundation

/// A non-negative number for the extractors' arithmetic: an integer significand and a power of
/// ten while the significand fits in 64 bits, a `Decimal` beyond.
///
/// An amount is a number times one or two scale words (`1,5 tỷ USD`); `Decimal`'s multiply costs
/// thousands of instructions, an integer multiply with an overflow check one. Values are exact
/// either way, and only turned into a `Decimal` for the result.
struct ExactNumber: Sendable {
    private enum Storage: Sendable {
        case scaled(significand: UInt64, exponent: Int)
        case decimal(Decimal)
    }

    private let storage: Storage

    /// One, the neutral factor.
    static let one = ExactNumber(significand: 1, exponent: 0)

    /// `significand × 10^exponent`.
    init(significand: UInt64, exponent: Int) {
        storage = .scaled(significand: significand, exponent: exponent)
    }

    /// A value too long for 64 bits, kept as a `Decimal`.
    init(_ decimal: Decimal) {
        storage = .decimal(decimal)
    }

    /// The value as a `Decimal`.
    var decimal: Decimal {
        switch storage {
        case .scaled(let significand, let exponent): return Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand))
        case .decimal(let value): return value
        }
    }

    /// The value as an integer when it is a whole number below 2^53 (what JSON writes as an
    /// integer), found without `Decimal` arithmetic; nil otherwise.
    var wholeBelow2to53: Int? {
        guard case .scaled(var significand, let exponent) = storage else { return nil }
        if significand == 0 { return 0 }
        if exponent >= 0 {
            // At most 16 multiplications before the value passes 2^53, none of them past 2^57.
            guard significand < 1 << 53 else { return nil }
            for _ in 0..<exponent {
                significand *= 10
                if significand >= 1 << 53 { return nil }
            }
        } else {
            // A 64-bit significand has at most 19 trailing zeros to divide away.
            guard exponent >= -19 else { return nil }
            for _ in 0..<(-exponent) {
                guard significand % 10 == 0 else { return nil }
                significand /= 10
            }
        }
        return significand < 1 << 53 ? Int(significand) : nil
    }

    /// The exact product: in integers when the significands' product fits, else in `Decimal`.
    static func * (lhs: ExactNumber, rhs: ExactNumber) -> ExactNumber {
        if case .scaled(let left, let leftExponent) = lhs.storage, case .scaled(let right, let rightExponent) = rhs.storage {
            let (product, overflow) = left.multipliedReportingOverflow(by: right)
            if !overflow { return ExactNumber(significand: product, exponent: leftExponent + rightExponent) }
        }
        return ExactNumber(lhs.decimal * rhs.decimal)
    }
}
