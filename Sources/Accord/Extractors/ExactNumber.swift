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

    /// The exact product: in integers when the significands' product fits, else in `Decimal`.
    static func * (lhs: ExactNumber, rhs: ExactNumber) -> ExactNumber {
        if case .scaled(let left, let leftExponent) = lhs.storage, case .scaled(let right, let rightExponent) = rhs.storage {
            let (product, overflow) = left.multipliedReportingOverflow(by: right)
            if !overflow { return ExactNumber(significand: product, exponent: leftExponent + rightExponent) }
        }
        return ExactNumber(lhs.decimal * rhs.decimal)
    }
}
