/// Analyses a long document in windows and joins the results, so memory follows the window size.
///
/// Windows end at a line break when one lies in the second half of the window, else at a
/// sentence end (`. ` and the like), else at a space, else at a character boundary; every
/// span is moved back into the whole document's coordinates. ``StreamedJSONDocument`` cuts
/// the same windows from text that arrives in pieces.
struct DocumentWindows {
    let text: String
    let maxBytes: Int
    /// ``Limits/maxMatchesPerDocument``: once the joined results pass it, later windows are not analysed.
    let maxMatches: Int

    func analyze(with analyzer: DocumentAnalyzer) -> Analysis {
        var whole = Analysis()
        var text = self.text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        var start = 0
        var scalarOffset = 0
        while start < utf8.count {
            let end = text.utf8.withContiguousStorageIfAvailable { Self.windowEnd(in: $0, from: start, maxBytes: maxBytes) } ?? utf8.count
            let lower = utf8.index(utf8.startIndex, offsetBy: start), upper = utf8.index(utf8.startIndex, offsetBy: end)
            let window = String(String.UnicodeScalarView(text.unicodeScalars[lower..<upper]))   // scalar-aligned cut
            var part = analyzer.analyze(window)
            let shift = SpanShift(text: text, windowStart: lower, window: window,
                                  scalars: scalarOffset, sentences: whole.sentences.count)
            part.mapSpans(shift.apply)
            whole.append(part)
            whole.sentences += part.sentences.map { ($0.lowerBound + scalarOffset)..<($0.upperBound + scalarOffset) }
            scalarOffset += window.unicodeScalars.count
            start = end
            if whole.resultCount > maxMatches {
                whole.limitResults(to: maxMatches, text: text, more: start < utf8.count)
                break
            }
        }
        return whole
    }

    /// Where the window starting at byte `start` ends: a boundary within `maxBytes`, never
    /// splitting a scalar, and at least one scalar on.
    ///
    /// The answer depends only on the bytes up to `start + maxBytes`, and on whether the text
    /// goes past it: text that arrives in pieces is cut the same once that much has arrived.
    ///
    /// - Parameter utf8: Valid UTF-8: the whole text, or at least `maxBytes + 1` bytes from `start`.
    static func windowEnd(in utf8: UnsafeBufferPointer<UInt8>, from start: Int, maxBytes: Int) -> Int {
        let limit = start + maxBytes
        guard limit < utf8.count else { return utf8.count }
        let half = start + maxBytes / 2
        var lastSentence: Int?
        var lastSpace: Int?
        var index = limit
        while index > half {
            let previous = index - 1
            let byte = utf8[previous]
            if byte == UInt8(ascii: "\n") { return index }
            if byte == UInt8(ascii: " "), lastSpace == nil { lastSpace = index }
            if byte == UInt8(ascii: " "), lastSentence == nil, previous > half,
               [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(utf8[previous - 1]) {
                lastSentence = index
            }
            index = previous
        }
        if let cut = lastSentence ?? lastSpace { return cut }
        // No boundary at all: cut on a scalar boundary (never inside a UTF-8 sequence)…
        var cut = limit
        while cut > start, utf8[cut] & 0xC0 == 0x80 { cut -= 1 }
        // …and move on by one scalar at least, even when a window is smaller than one.
        if cut == start {
            cut += 1
            while cut < utf8.count, utf8[cut] & 0xC0 == 0x80 { cut += 1 }
        }
        return cut
    }
}

/// Moves spans of a window's analysis into the coordinates of the whole document.
private struct SpanShift {
    let text: String
    let windowStart: String.Index
    let window: String
    let scalars: Int
    let sentences: Int

    func apply(_ span: TextSpan) -> TextSpan {
        let utf8 = text.utf8
        let lower = window.utf8.distance(from: window.utf8.startIndex, to: span.range.lowerBound)
        let upper = window.utf8.distance(from: window.utf8.startIndex, to: span.range.upperBound)
        let range = utf8.index(windowStart, offsetBy: lower)..<utf8.index(windowStart, offsetBy: upper)
        return TextSpan(text: span.text, range: range, start: span.start + scalars, end: span.end + scalars,
                        sentence: span.sentence + sentences)
    }
}

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
