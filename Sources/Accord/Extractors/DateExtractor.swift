/// Finds dates and periods and normalises them: `7/9` → `--09-07`, `tháng 3` → `--03`, `5 năm tới` → `P5Y`.
///
/// The words come from the pack's lexicons, so the same extractor serves any
/// language: `day` (ngày), `month` (the word `tháng` with any id, or month
/// names with ids `1`…`12`), `year` (năm), `units` (phrase → `Y`, `M`, `W`, `D`),
/// `future` (tới, sau, next), `past` (qua, vừa qua, last) and `present` (nay, this),
/// `numbers` (number words
/// with numeric ids: `"5": [năm, five]`), `offsets` (day words with a day offset:
/// `"-1": [hôm qua, yesterday]`); `order` is `dmy` or `mdy`; `forms` lists the forms a rule
/// finds (all by default): `numeric` (`7/9`), `words` (`tháng 3`, `năm 2022`), `period`
/// (`5 năm tới`), `relative` (`năm tới`) and `offset` (`hôm qua`).
public struct DateExtractor: Extractor {
    /// `date`.
    public let name = "date"
    /// Creates the extractor.
    public init() {}

    /// The word lexicons.
    public var lexiconOptionKeys: Set<String> { ["day", "month", "year", "units", "future", "past", "present", "numbers", "offsets"] }
    /// The word lexicons, `order`, `direction` and `forms`.
    public var optionKeys: Set<String> { lexiconOptionKeys.union(["order", "direction", "forms"]) }


    /// Checks `order`, `direction` and `forms`.
    ///
    /// - Parameter options: The rule's options.
    /// - Returns: The problem, or `nil` when `order` is `dmy` or `mdy`, `direction` is
    ///   `after`, `before` or `both`, and `forms` names known forms (or they are absent).
    public func validate(_ options: ExtractorOptions) -> String? {
        if let order = options["order"], !["dmy", "mdy"].contains(order) { return "'order' must be dmy or mdy, not '\(order)'" }
        if let direction = options["direction"], !["after", "before", "both"].contains(direction) {
            return "'direction' must be after (5 năm tới), before (next five years) or both, not '\(direction)'"
        }
        if let forms = options["forms"] {
            let names = DateForm.names(in: forms), known = DateForm.allCases.map(\.rawValue)
            if names.isEmpty { return "'forms' is empty: list one or more of \(known.joined(separator: ", "))" }
            for name in names.map({ String(decoding: $0, as: UTF8.self) }) where DateForm(rawValue: name) == nil {
                return "'forms' lists \(known.joined(separator: ", ")) (7/9, tháng 3, 5 năm tới, năm tới, hôm qua), not '\(name)'"
                    + (SuggestionFinder.hint(for: name, in: known).map { "; \($0)" } ?? "")
            }
        }
        return nil
    }

    /// Finds every date in the document.
    ///
    /// - Parameter input: The document, with the hits of the lexicons the options name.
    /// - Returns: One extraction per date, with the fields `value`, `year`, `month`, `day` and
    ///   `relative` where they apply.
    public func extract(from input: ExtractorInput) -> [Extraction] {
        extract(from: input, settings: settings(from: input.options, slot: input.slot(ofKey:)))
    }
}

extension DateExtractor: OptionPreparingExtractor {
    /// What a rule's `order`, `direction` and `forms` ask for.
    struct Settings: Sendable {
        var dayFirst: Bool
        var directionAfter: Bool
        var directionBefore: Bool
        /// The start bits of each form the rule finds, from its `forms` and `direction`.
        fileprivate var masks: DateScanner.FormMasks
        /// Where the hits of each word lexicon are (``DateScanner/lexiconKeys`` order).
        var lexiconSlots: [Int32?]
    }

    func settings(from options: ExtractorOptions, slot: (String) -> Int32?) -> Settings {
        let direction = options["direction"] ?? "both"
        let after = direction != "before", before = direction != "after"
        let forms = options["forms"].map(DateForm.bits) ?? DateForm.all
        return Settings(dayFirst: options["order"] != "mdy", directionAfter: after, directionBefore: before,
                        masks: DateScanner.FormMasks(forms: forms, directionAfter: after, directionBefore: before),
                        lexiconSlots: DateScanner.lexiconKeys.map(slot))
    }

    func extract(from input: ExtractorInput, settings: Settings) -> [Extraction] {
        // Most short documents have no number and no word any of the rule's forms starts with:
        // the scanner, its nine hit indexes and its table of marks are not built for nothing.
        guard DateScanner.anyStart(in: input, masks: settings.masks, lexiconSlots: settings.lexiconSlots) else { return [] }
        return DateScanner(input: input, dayFirst: settings.dayFirst, directionAfter: settings.directionAfter,
                           directionBefore: settings.directionBefore, masks: settings.masks, lexiconSlots: settings.lexiconSlots).scan()
    }
}

/// A form ``DateExtractor`` finds, named as its `forms` option names it.
enum DateForm: String, CaseIterable {
    case numeric, words, period, relative, offset

    /// The form's bit in a set of forms.
    var bit: UInt8 {
        switch self {
        case .numeric: 1
        case .words: 2
        case .period: 4
        case .relative: 8
        case .offset: 16
        }
    }
    /// Every form: what a rule without `forms` finds.
    static let all = allCases.reduce(UInt8(0)) { $0 | $1.bit }

    /// The names in a `forms` value, separated by commas or spaces (`period, relative`), as
    /// UTF-8 slices.
    static func names(in value: String) -> [Substring.UTF8View] {
        value.utf8.split(whereSeparator: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: " ") })
    }

    /// The forms a (validated) `forms` value names, one ``bit`` each.
    static func bits(_ value: String) -> UInt8 {
        names(in: value).reduce(0) { bits, name in
            bits | (allCases.first { $0.rawValue.utf8.elementsEqual(name) }?.bit ?? 0)
        }
    }
}

/// The scanning state of ``DateExtractor`` over one document.
private struct DateScanner {
    let input: ExtractorInput
    let dayFirst: Bool
    /// Whether `future`/`past` words follow the unit (`5 năm tới`) and precede it (`next five years`).
    let directionAfter: Bool
    let directionBefore: Bool
    let days, months, years, units, future, past, present, numbers, offsets: MarkedHits
    /// Per token, what can start there: bit 0 a number, bit k + 1 the k-th option lexicon (in
    /// the order above). Computed once, so the scan skips every other token with one array read,
    /// and a form asks a lexicon's index only where its bit is set.
    private let starts: [UInt16]
    /// The start bits of the rule's forms.
    private let masks: FormMasks

    /// The start bits of each form a rule finds (0 for a form it does not, or one its
    /// directions rule out), and their union: tokens without one of these bits are passed over.
    struct FormMasks: Sendable {
        var numeric, words, period, relative, offset: UInt16
        var scan: UInt16 { numeric | words | period | relative | offset }

        /// - Parameter forms: One bit per form the rule finds (``DateForm/bit``).
        init(forms: UInt8, directionAfter: Bool, directionBefore: Bool) {
            func mask(_ form: DateForm, _ bits: UInt16) -> UInt16 { forms & form.bit != 0 ? bits : 0 }
            numeric = mask(.numeric, DateScanner.numericStarts)
            words = mask(.words, DateScanner.wordDateStarts)
            // A period starts at its count when the direction word follows (`5 năm tới`), at the
            // direction word when it comes first (`the next five years`); a relative unit at its unit
            // or its direction word, the same way.
            period = mask(.period, (directionAfter ? DateScanner.number | DateScanner.bit(7) : 0)
                          | (directionBefore ? DateScanner.bit(4) | DateScanner.bit(5) : 0))
            relative = mask(.relative, (directionAfter ? DateScanner.bit(3) : 0)
                            | (directionBefore ? DateScanner.bit(4) | DateScanner.bit(5) | DateScanner.bit(6) : 0))
            offset = mask(.offset, DateScanner.dayOffsetStarts)
        }
    }

    /// Whether any token of the document can start one of the forms: a number, when a form
    /// starts with one, or a hit of a lexicon a form starts with. When none can, ``scan()``
    /// finds nothing: only those tokens are marked.
    static func anyStart(in input: ExtractorInput, masks: FormMasks, lexiconSlots: [Int32?]) -> Bool {
        let scan = masks.scan
        // The digit tokens include words such as `G20`, which are no number: a superset.
        if scan & number != 0 && !input.digitTokens.isEmpty { return true }
        for place in lexiconSlots.indices where scan & bit(place) != 0 && input.hasHits(inSlot: lexiconSlots[place]) { return true }
        return false
    }

    /// The option keys of the word lexicons, in the order of ``bit(_:)``'s places.
    static let lexiconKeys = ["day", "month", "year", "units", "future", "past", "present", "numbers", "offsets"]

    /// - Parameters:
    ///   - masks: The start bits of the forms the rule finds.
    ///   - lexiconSlots: Where the hits of each lexicon of ``lexiconKeys`` are (``ExtractorInput/slot(ofKey:)``).
    init(input: ExtractorInput, dayFirst: Bool, directionAfter: Bool, directionBefore: Bool, masks: FormMasks, lexiconSlots: [Int32?]) {
        self.input = input
        self.dayFirst = dayFirst
        self.directionAfter = directionAfter
        self.directionBefore = directionBefore
        self.masks = masks
        var starts = [UInt16](repeating: 0, count: input.tokenCount)
        // From the document's digit tokens, found once for every extractor run: a pass over every
        // token per date rule cost as much as the nine hit indexes.
        TokenMarks.markNumbers(&starts, digitTokens: input.digitTokens, tokens: input.document.tokens, with: Self.number)
        // Each lexicon's index marks its starts with ``bit(_:)`` of its place in the order above.
        // Built one by one, not mapped over a list of the keys: the lists' allocations were most
        // of the scanner's cost on a short document.
        let tokenCount = input.tokenCount
        // The lexicons' places were looked up once for the rule: by key, each document compared
        // the nine keys with the rule's (a quarter of scanning a one-sentence document).
        func index(_ place: Int) -> HitIndex {
            HitIndex(input.hits(inSlot: lexiconSlots[place]), tokenCount: tokenCount, markingStarts: &starts, with: Self.bit(place))
        }
        let dayHits = index(0), monthHits = index(1), yearHits = index(2)
        let unitHits = index(3), futureHits = index(4), pastHits = index(5)
        let presentHits = index(6), numberHits = index(7), offsetHits = index(8)
        func marked(_ hits: HitIndex, _ place: Int) -> MarkedHits { MarkedHits(hits: hits, bit: Self.bit(place), marks: starts) }
        (days, months, years) = (marked(dayHits, 0), marked(monthHits, 1), marked(yearHits, 2))
        (units, future, past) = (marked(unitHits, 3), marked(futureHits, 4), marked(pastHits, 5))
        (present, numbers, offsets) = (marked(presentHits, 6), marked(numberHits, 7), marked(offsetHits, 8))
        self.starts = starts
    }

    func scan() -> [Extraction] {
        var results: [Extraction] = []
        results.reserveCapacity(8)   // a news document has a few dates: one allocation, not four
        var index = 0
        let count = starts.count   // one per token
        let scanMask = masks.scan
        while index < count {
            // Every form starts with a number or a date word: skip other tokens in one tight loop.
            index = starts.withUnsafeBufferPointer { TokenMarks.next(in: $0, from: index, mask: scanMask) }
            if index == count { break }
            // Each form is tried only where its first word or number can start: most candidates
            // start one form at most, and a failed try costs a few lexicon searches.
            index = scanForms(at: index, starting: starts[index], into: &results)
        }
        return results
    }

    /// Tries the forms that can start at `index` in order and appends the first found; returns
    /// where the scan goes on. Each form appends its own result and returns its end: returned
    /// as an `Extraction?`, the large value was copied out of every form tried, found or not.
    private func scanForms(at index: Int, starting here: UInt16, into results: inout [Extraction]) -> Int {
        if here & masks.numeric != 0, let end = numericDate(at: index, into: &results) { return end }
        if here & masks.words != 0, let end = wordDate(at: index, into: &results) { return end }
        if here & masks.period != 0, let end = period(at: index, into: &results) { return end }
        if here & masks.relative != 0, let end = relativeUnit(at: index, into: &results) { return end }
        if here & masks.offset != 0, let end = dayOffset(at: index, into: &results) { return end }
        return index + 1
    }

    // The start bits (see `starts`) each form can begin with; `bit(k)` is the k-th lexicon key.
    fileprivate static let number: UInt16 = 1
    fileprivate static func bit(_ key: Int) -> UInt16 { 1 << UInt16(key + 1) }
    /// `7/9`: a number.
    fileprivate static let numericStarts = number
    /// A day number (`7 Sept`), or a day, month or year word.
    fileprivate static let wordDateStarts = number | bit(0) | bit(1) | bit(2)
    /// A day-offset word (`hôm qua`).
    fileprivate static let dayOffsetStarts = bit(8)

    // MARK: Forms

    /// `7/9`, `13/7/2022`, optionally after a day word (`ngày 7/9`).
    private func numericDate(at index: Int, into results: inout [Extraction]) -> Int? {
        // `7-9` and `7.9` are dates only after a day word (`ngày 7-9`): alone they are ranges and scores.
        // Without any separator after the number there is no date, whatever comes before it.
        guard separator(at: index + 1, any: true) else { return nil }
        let dayWord = days.longest(endingAt: index)
        let anySeparator = dayWord != nil
        guard let first = number(at: index), separator(at: index + 1, any: anySeparator), let second = number(at: index + 2) else { return nil }
        let (day, month) = dayFirst ? (first, second) : (second, first)
        guard (1...31).contains(day), (1...12).contains(month) else { return nil }
        var end = index + 3
        var year: Int?
        if separator(at: end, any: anySeparator), let value = number(at: end + 1), (1000...2999).contains(value) {
            year = value
            end += 2
        }
        let start = dayWord?.tokens.lowerBound ?? index
        return append(make(start..<end, year: year, month: month, day: day, relative: nil), to: &results)
    }

    /// `ngày 7 tháng 9 năm 2022`, `tháng 3`, `tháng 3 vừa qua`, `September 7, 2022`, `7 Sept`, `năm 2022`.
    private func wordDate(at index: Int, into results: inout [Extraction]) -> Int? {
        var start = index
        var day: Int?
        var cursor = index
        if let dayWord = days.longest(startingAt: cursor), let value = number(at: dayWord.tokens.upperBound), (1...31).contains(value) {
            day = value
            cursor = dayWord.tokens.upperBound + 1
        } else if let value = number(at: cursor), (1...31).contains(value), monthName(at: cursor + 1) != nil {
            day = value   // `7 Sept`
            cursor += 1
        }
        var month: Int?
        if let monthHit = months.longest(startingAt: cursor) {
            if let named = Int(monthHit.id), (1...12).contains(named) {
                month = named
                cursor = monthHit.tokens.upperBound
                if day == nil, let value = number(at: cursor), (1...31).contains(value) {
                    day = value   // `September 7`
                    cursor += 1
                }
            } else if let value = number(at: monthHit.tokens.upperBound), (1...12).contains(value) {
                month = value
                cursor = monthHit.tokens.upperBound + 1
            }
        }
        guard month != nil || day == nil else { return nil }
        var year: Int?
        var yearCursor = cursor
        if month != nil, yearCursor < input.tokenCount, input.utf8(at: yearCursor).elementsEqual([UInt8(ascii: ",")]) { yearCursor += 1 }
        if let yearWord = years.longest(startingAt: yearCursor), let value = number(at: yearWord.tokens.upperBound), (1000...2999).contains(value) {
            year = value
            cursor = yearWord.tokens.upperBound + 1
        } else if month != nil, let value = number(at: yearCursor), (1000...2999).contains(value) {
            year = value
            cursor = yearCursor + 1
        }
        guard month != nil || year != nil else { return nil }
        if month == nil { start = years.longest(startingAt: index) != nil ? index : start }
        var relative: String?
        if let after = future.longest(startingAt: cursor) { relative = "future"; cursor = after.tokens.upperBound }
        else if let after = past.longest(startingAt: cursor) { relative = "past"; cursor = after.tokens.upperBound }
        return append(make(start..<cursor, year: year, month: month, day: day, relative: relative), to: &results)
    }

    /// `5 năm tới` → `P5Y` (future), `3 tháng qua` → `P3M` (past), and with the direction
    /// first, as English writes it: `the next five years`, `the past 3 months`.
    private func period(at index: Int, into results: inout [Extraction]) -> Int? {
        if directionBefore, let direction = direction(startingAt: index), let (count, countEnd) = count(at: direction.end),
           let unit = units.longest(startingAt: countEnd), Self.isUnit(unit.id) {
            let value = ExtractionFields.Date(value: "P\(count)\(unit.id)", relative: direction.relative)
            return append(Extraction(tokens: index..<unit.tokens.upperBound, storedFields: .date(value)), to: &results)
        }
        // The count is a number token (its unit right after it) or a number word: where neither
        // can be, the count is not parsed at all (most numbers are no period's count).
        guard directionAfter, units.hasStart(at: index + 1) || numbers.hasStart(at: index) else { return nil }
        guard let (count, countEnd) = count(at: index), let unit = units.longest(startingAt: countEnd),
              Self.isUnit(unit.id), let direction = direction(startingAt: unit.tokens.upperBound)
        else { return nil }   // a bare `5 năm` is a duration of something else, too ambiguous alone
        let value = ExtractionFields.Date(value: "P\(count)\(unit.id)", relative: direction.relative)
        return append(Extraction(tokens: index..<direction.end, storedFields: .date(value)), to: &results)
    }

    /// Whether a unit entry's id is one a period can have: `Y`, `M`, `W` or `D` (compared, not
    /// hashed: one-letter strings compare in a few instructions).
    private static func isUnit(_ id: String) -> Bool { id == "Y" || id == "M" || id == "W" || id == "D" }

    /// A future or past word starting at a token: its direction and end.
    private func direction(startingAt index: Int) -> (relative: String, end: Int)? {
        if let hit = future.longest(startingAt: index) { return ("future", hit.tokens.upperBound) }
        if let hit = past.longest(startingAt: index) { return ("past", hit.tokens.upperBound) }
        return nil
    }

    /// A future, past or present word starting at a token (`năm nay`, `this year` name the current period).
    private func anyDirection(startingAt index: Int) -> (relative: String, end: Int)? {
        if let found = direction(startingAt: index) { return found }
        if let hit = present.longest(startingAt: index) { return ("present", hit.tokens.upperBound) }
        return nil
    }

    /// A count written in digits or as a number word (`5`, `năm`, `five`): its value and end.
    private func count(at index: Int) -> (Int, Int)? {
        if let value = number(at: index) { return (value, index + 1) }
        if let word = numbers.longest(startingAt: index), let value = Int(word.id) { return (value, word.tokens.upperBound) }
        return nil
    }

    /// `hôm qua`, `hôm nay`, `yesterday`: a day relative to the reference date.
    private func dayOffset(at index: Int, into results: inout [Extraction]) -> Int? {
        guard let hit = offsets.longest(startingAt: index), let offset = Int(hit.id) else { return nil }
        let value = ExtractionFields.Date(relative: offset < 0 ? "past" : offset > 0 ? "future" : "present", offsetDays: offset)
        return append(Extraction(tokens: hit.tokens, storedFields: .date(value)), to: &results)
    }

    /// `năm tới` (next year), `tháng trước` (last month), and `next year`, `last month`.
    private func relativeUnit(at index: Int, into results: inout [Extraction]) -> Int? {
        if directionBefore, let direction = anyDirection(startingAt: index), let unit = units.longest(startingAt: direction.end),
           Self.isUnit(unit.id) {
            let value = ExtractionFields.Date(relative: direction.relative, unit: unit.id)
            return append(Extraction(tokens: index..<unit.tokens.upperBound, storedFields: .date(value)), to: &results)
        }
        guard directionAfter, let unit = units.longest(startingAt: index), Self.isUnit(unit.id) else { return nil }
        if let now = present.longest(startingAt: unit.tokens.upperBound) {
            let value = ExtractionFields.Date(relative: "present", unit: unit.id)
            return append(Extraction(tokens: index..<now.tokens.upperBound, storedFields: .date(value)), to: &results)
        }
        if let after = future.longest(startingAt: unit.tokens.upperBound) {
            let value = ExtractionFields.Date(relative: "future", unit: unit.id)
            return append(Extraction(tokens: index..<after.tokens.upperBound, storedFields: .date(value)), to: &results)
        }
        if let after = past.longest(startingAt: unit.tokens.upperBound) {
            let value = ExtractionFields.Date(relative: "past", unit: unit.id)
            return append(Extraction(tokens: index..<after.tokens.upperBound, storedFields: .date(value)), to: &results)
        }
        return nil
    }

    // MARK: Pieces

    private func number(at index: Int) -> Int? {
        input.smallNumber(at: index, maxDigits: 4)
    }

    /// Whether the token is `/` (or, with `any`, also `-` or `.`), glued to the numbers on both
    /// sides (`7/9`, not `7 / 9`).
    private func separator(at index: Int, any: Bool) -> Bool {
        guard index > 0, index + 1 < input.tokenCount else { return false }
        let bytes = input.utf8(at: index)
        guard bytes.count == 1, let byte = bytes.first else { return false }
        let isSeparator = byte == UInt8(ascii: "/") || (any && (byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")))
        return isSeparator && input.isGlued(at: index) && input.isGlued(at: index + 1)
    }

    private func monthName(at index: Int) -> Int? {
        guard let hit = months.longest(startingAt: index), let month = Int(hit.id), (1...12).contains(month) else { return nil }
        return month
    }

    /// Appends a found date and returns its end, where the scan goes on.
    private func append(_ found: consuming Extraction, to results: inout [Extraction]) -> Int {
        let end = found.tokens.upperBound
        results.append(found)   // moved, not copied
        return end
    }

    private func make(_ tokens: Range<Int>, year: Int?, month: Int?, day: Int?, relative: String?) -> Extraction {
        Extraction(tokens: tokens, storedFields: .date(.init(value: DateExtractor.isoValue(year: year, month: month, day: day),
                                                              year: year, month: month, day: day, relative: relative)))
    }


}
