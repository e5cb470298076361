// A found date's value as ISO 8601 text, written without string interpolation.
extension DateExtractor {
    /// The ISO 8601 form of a date's known parts: `2022-09-07`, `--09-07`, `2022-09`, `--09`,
    /// `2022`; `nil` without a month or a year.
    ///
    /// Written digit by digit into a small string: interpolating padded parts made a string for
    /// each part and its padding, a few thousand instructions a date.
    static func isoValue(year: Int?, month: Int?, day: Int?) -> String? {
        if year == nil && month == nil { return nil }
        // A year beyond four digits, a month or day beyond two, or a negative part, is not one
        // the scanner finds; written through `String(_:)` all the same rather than cut.
        func writable(_ part: Int?, below limit: Int) -> Bool { part.map { $0 >= 0 && $0 < limit } ?? true }
        guard writable(year, below: 10_000), writable(month, below: 100), writable(day, below: 100) else {
            return slowISOValue(year: year, month: month, day: day)
        }
        return String(unsafeUninitializedCapacity: 10) { bytes in
            var count = 0
            func put(_ byte: UInt8) {
                bytes[count] = byte
                count += 1
            }
            func digits(_ value: Int, _ width: Int) {
                var divisor = width == 4 ? 1000 : 10
                while divisor > 0 {
                    put(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                    divisor /= 10
                }
            }
            if let year {
                digits(year, 4)
            } else {
                put(UInt8(ascii: "-"))
                put(UInt8(ascii: "-"))
            }
            if let month {
                if year != nil { put(UInt8(ascii: "-")) }
                digits(month, 2)
                if let day {
                    put(UInt8(ascii: "-"))
                    digits(day, 2)
                }
            }
            return count
        }
    }

    /// ``isoValue(year:month:day:)`` for parts outside what it writes digit by digit.
    private static func slowISOValue(year: Int?, month: Int?, day: Int?) -> String? {
        func pad(_ value: Int, _ width: Int = 2) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        switch (year, month, day) {
        case let (year?, month?, day?): return "\(pad(year, 4))-\(pad(month))-\(pad(day))"
        case let (nil, month?, day?): return "--\(pad(month))-\(pad(day))"
        case let (year?, month?, nil): return "\(pad(year, 4))-\(pad(month))"
        case let (nil, month?, nil): return "--\(pad(month))"
        case let (year?, nil, _): return pad(year, 4)
        default: return nil
        }
    }
}
