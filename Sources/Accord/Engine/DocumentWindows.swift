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
        var text = self.text
        // Where each window ends and how many scalars it holds, read from the bytes at once.
        let windows = text.withUTF8 { utf8 in
            var windows: [(end: Int, scalars: Int)] = []
            var start = 0
            while start < utf8.count {
                let end = Self.windowEnd(in: utf8, from: start, maxBytes: maxBytes)
                windows.append((end, utf8[start..<end].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }))
                start = end
            }
            return windows
        }
        var whole = Analysis()
        let utf8 = text.utf8
        var lower = utf8.startIndex
        var scalarOffset = 0
        for (number, window) in windows.enumerated() {
            let upper = utf8.index(utf8.startIndex, offsetBy: window.end)
            let piece = String(String.UnicodeScalarView(text.unicodeScalars[lower..<upper]))   // scalar-aligned cut
            var part = analyzer.analyze(piece)
            let shift = SpanShift(text: text, windowStart: lower, window: piece,
                                  scalars: scalarOffset, sentences: whole.sentences.count)
            part.mapSpans(shift.apply)
            whole.append(part)
            whole.sentences += part.sentences.map { ($0.lowerBound + scalarOffset)..<($0.upperBound + scalarOffset) }
            scalarOffset += window.scalars
            lower = upper
            if whole.resultCount > maxMatches {
                whole.limitResults(to: maxMatches, text: text, more: number + 1 < windows.count)
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
