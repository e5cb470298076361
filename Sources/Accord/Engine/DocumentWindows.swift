/// Analyses a long document in windows and joins the results, so memory follows the window size.
///
/// Windows end at a line break when one lies in the second half of the window, else at a
/// sentence end (`. ` and the like), else at a space, else at a character boundary; every
/// span is moved back into the whole document's coordinates.
struct DocumentWindows {
    let text: String
    let maxBytes: Int
    /// ``Limits/maxMatchesPerDocument``: once the joined results pass it, later windows are not analysed.
    let maxMatches: Int

    func analyze(with analyzer: DocumentAnalyzer) -> Analysis {
        var whole = Analysis()
        let utf8 = text.utf8
        var start = utf8.startIndex
        var scalarOffset = 0
        while start < utf8.endIndex {
            let end = windowEnd(from: start)
            let window = String(String.UnicodeScalarView(text.unicodeScalars[start..<end]))   // scalar-aligned cut
            let part = analyzer.analyze(window)
            let shift = SpanShift(text: text, windowStart: start, window: window,
                                  scalars: scalarOffset, sentences: whole.sentences.count)
            whole.parties += part.parties.map { var item = $0; item.span = shift.apply(item.span); return item }
            whole.forums += part.forums.map { var item = $0; item.span = shift.apply(item.span); return item }
            whole.cooperations += part.cooperations.map { var item = $0; item.span = shift.apply(item.span); return item }
            whole.amounts += part.amounts.map { shift.apply($0) }
            whole.dates += part.dates.map { var item = $0; item.span = shift.apply(item.span); return item }
            whole.officials += part.officials.map { var item = $0; item.span = shift.apply(item.span); return item }
            whole.matches += part.matches.map { var item = $0; item.span = shift.apply(item.span); return item }
            whole.agreements += part.agreements.map { agreement in
                var item = agreement
                item.span = shift.apply(item.span)
                item.amounts = item.amounts.map { shift.apply($0) }
                item.dates = item.dates.map { var date = $0; date.span = shift.apply(date.span); return date }
                return item
            }
            whole.sentences += part.sentences.map { ($0.lowerBound + scalarOffset)..<($0.upperBound + scalarOffset) }
            scalarOffset += window.unicodeScalars.count
            start = end
            if whole.resultCount > maxMatches {
                whole.limitResults(to: maxMatches, text: text, more: start < utf8.endIndex)
                break
            }
        }
        return whole
    }

    /// Where the window starting at `start` ends: a boundary within `maxBytes`, never splitting a scalar.
    private func windowEnd(from start: String.Index) -> String.Index {
        let utf8 = text.utf8
        guard let limit = utf8.index(start, offsetBy: maxBytes, limitedBy: utf8.endIndex), limit < utf8.endIndex else {
            return utf8.endIndex
        }
        let half = utf8.index(start, offsetBy: maxBytes / 2)
        var lastSentence: String.Index?
        var lastSpace: String.Index?
        var index = limit
        while index > half {
            let previous = utf8.index(before: index)
            let byte = utf8[previous]
            if byte == UInt8(ascii: "\n") { return index }
            if byte == UInt8(ascii: " "), lastSpace == nil { lastSpace = index }
            if byte == UInt8(ascii: " "), lastSentence == nil, previous > half,
               [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(utf8[utf8.index(before: previous)]) {
                lastSentence = index
            }
            index = previous
        }
        if let cut = lastSentence ?? lastSpace { return cut }
        // No boundary at all: cut on a scalar boundary (never inside a UTF-8 sequence).
        var cut = limit
        while cut > start, utf8[cut] & 0xC0 == 0x80 { cut = utf8.index(before: cut) }
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

    func apply(_ amount: Amount) -> Amount {
        var item = amount
        item.span = apply(item.span)
        return item
    }
}
