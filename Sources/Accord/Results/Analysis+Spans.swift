/// Moving and joining results: a long document is analysed window by window, each window's
/// results moved into the whole document's offsets (``DocumentWindows``, ``StreamedJSONDocument``).
extension Analysis {
    /// Replaces every result's span, agreements' amounts and dates included.
    mutating func mapSpans(_ transform: (TextSpan) -> TextSpan) {
        for index in parties.indices { parties[index].span = transform(parties[index].span) }
        for index in forums.indices { forums[index].span = transform(forums[index].span) }
        for index in cooperations.indices { cooperations[index].span = transform(cooperations[index].span) }
        for index in amounts.indices { amounts[index].span = transform(amounts[index].span) }
        for index in dates.indices { dates[index].span = transform(dates[index].span) }
        for index in officials.indices { officials[index].span = transform(officials[index].span) }
        for index in matches.indices { matches[index].span = transform(matches[index].span) }
        for index in agreements.indices {
            agreements[index].span = transform(agreements[index].span)
            for amount in agreements[index].amounts.indices {
                agreements[index].amounts[amount].span = transform(agreements[index].amounts[amount].span)
            }
            for date in agreements[index].dates.indices {
                agreements[index].dates[date].span = transform(agreements[index].dates[date].span)
            }
        }
    }

    /// Appends another analysis's results, kind by kind.
    mutating func append(_ other: Analysis) {
        parties += other.parties
        forums += other.forums
        cooperations += other.cooperations
        amounts += other.amounts
        dates += other.dates
        officials += other.officials
        matches += other.matches
        agreements += other.agreements
    }
}
