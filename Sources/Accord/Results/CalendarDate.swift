/// A day in the Gregorian calendar, used as the reference for relative dates.
public struct CalendarDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The year.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month.
    public var day: Int

    /// Creates a date; `nil` when the month or day is out of range.
    ///
    /// - Parameters:
    ///   - year: The year.
    ///   - month: The month, 1–12.
    ///   - day: The day of the month, valid for that month and year (29 February only in a leap year).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    ///
    /// - Parameter text: A date such as `2024-05-20`; anything else, or an impossible date, gives `nil`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// Orders dates chronologically.
    ///
    /// - Parameters:
    ///   - lhs: A date.
    ///   - rhs: Another date.
    /// - Returns: Whether `lhs` is earlier than `rhs`.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The date `days` days later (earlier when negative).
    func adding(days: Int) -> CalendarDate {
        var result = self
        var remaining = days
        while remaining > 0 {
            if result.day < Self.days(inMonth: result.month, year: result.year) { result.day += 1 }
            else if result.month < 12 { result.month += 1; result.day = 1 }
            else { result.year += 1; result.month = 1; result.day = 1 }
            remaining -= 1
        }
        while remaining < 0 {
            if result.day > 1 { result.day -= 1 }
            else if result.month > 1 { result.month -= 1; result.day = Self.days(inMonth: result.month, year: result.year) }
            else { result.year -= 1; result.month = 12; result.day = 31 }
            remaining += 1
        }
        return result
    }

    /// The (year, month) `months` months later (earlier when negative).
    func adding(months: Int) -> (year: Int, month: Int) {
        let total = year * 12 + (month - 1) + months
        return (total / 12, total % 12 + 1)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
