/// Turns relative dates into calendar values against a reference date.
///
/// `tháng 3 vừa qua` read on 2022-09-08 is March 2022; `năm tới` is 2023;
/// `hôm qua` is 2022-09-07; `năm nay` (this year) is 2022. Periods (`P5Y`) and dates with a
/// year are left as they are.
struct RelativeDateResolver {
    let reference: CalendarDate

    func resolve(_ mention: inout DateValue, unit: String?, offsetDays: Int?) {
        if let offsetDays {
            let day = reference.adding(days: offsetDays)
            mention.year = day.year
            mention.month = day.month
            mention.day = day.day
            mention.value = day.description
            return
        }
        if let value = mention.value, value.hasPrefix("P") { return }
        if mention.year == nil, let month = mention.month {
            // A month without a year: the last such month for `past`, the next for `future`,
            // and the current year otherwise (news speaks of the year it is written in).
            var year = reference.year
            if mention.relative == "past", month > reference.month { year -= 1 }
            if mention.relative == "future", month < reference.month { year += 1 }
            mention.year = year
            let prefix = "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))"
            mention.value = mention.day.map { prefix + "-" + CalendarDate.pad($0, 2) } ?? prefix
            return
        }
        guard mention.value == nil, let unit, let relative = mention.relative else { return }
        let step = relative == "future" ? 1 : relative == "present" ? 0 : -1
        switch unit {
        case "Y":
            mention.year = reference.year + step
            mention.value = CalendarDate.pad(reference.year + step, 4)
        case "M":
            let (year, month) = reference.adding(months: step)
            mention.year = year
            mention.month = month
            mention.value = "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))"
        case "D":
            let day = reference.adding(days: step)
            mention.value = day.description
        default:
            break   // weeks stay relative: ISO week numbers would surprise more than help
        }
    }
}
