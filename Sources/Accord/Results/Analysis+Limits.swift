extension Analysis {
    /// The number of results of all kinds.
    var resultCount: Int {
        parties.count + forums.count + cooperations.count + agreements.count + amounts.count + dates.count
            + officials.count + matches.count
    }

    /// Keeps the first results in text order, up to the document's limit, and drops the rest,
    /// with an `ACC504` warning located at the first dropped result.
    ///
    /// - Parameters:
    ///   - documentLimit: ``Limits/maxMatchesPerDocument``.
    ///   - text: The analysed text, to turn the first dropped offset into a line and column.
    ///   - more: Whether part of the document was not analysed at all (the windows after this one).
    ///   - earlier: Results of the same document kept before `text` (a streamed document's
    ///     earlier windows, all of them before these results).
    ///   - origin: The line and column in the document where `text` starts.
    /// - Returns: Whether anything was dropped.
    @discardableResult
    mutating func limitResults(to documentLimit: Int, text: String, more: Bool = false, earlier: Int = 0,
                               origin: (line: Int, column: Int) = (1, 1)) -> Bool {
        let limit = documentLimit - earlier
        guard resultCount > limit else { return false }
        // The start offset below which everything fits: the limit-th smallest start.
        var starts: [Int] = []
        starts.reserveCapacity(resultCount)
        starts += parties.map(\.span.start)
        starts += forums.map(\.span.start)
        starts += cooperations.map(\.span.start)
        starts += agreements.map(\.span.start)
        starts += amounts.map(\.span.start)
        starts += dates.map(\.span.start)
        starts += officials.map(\.span.start)
        starts += matches.map(\.span.start)
        starts.sort()
        let cut = limit < starts.count ? starts[max(0, limit)] : (starts.last.map { $0 + 1 } ?? 0)
        // Results starting at the cut offset or later go, so whole positions are kept or dropped
        // together and the outcome does not depend on kind order.
        let before = resultCount
        parties.removeAll { $0.span.start >= cut }
        forums.removeAll { $0.span.start >= cut }
        cooperations.removeAll { $0.span.start >= cut }
        agreements.removeAll { $0.span.start >= cut }
        amounts.removeAll { $0.span.start >= cut }
        dates.removeAll { $0.span.start >= cut }
        officials.removeAll { $0.span.start >= cut }
        matches.removeAll { $0.span.start >= cut }
        let dropped = before - resultCount
        var line = origin.line, column = origin.column
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if offset >= cut { break }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        let what = more
            ? "the results from here on were dropped and the rest of the document was not analysed"
            : "the \(dropped) results from here on were dropped"
        warnings.append(Diagnostic(
            .tooManyMatches, "the document has more than \(documentLimit) results; \(what)",
            hint: "raise Limits.maxMatchesPerDocument, or split the document into smaller ones",
            at: SourceLocation(file: "<document>", line: line, column: column), severity: .warning))
        return true
    }
}
