/// Turns possibly overlapping spans into well-formed nested marks over a text.
///
/// Results overlap: an agreement trigger can contain a party, a forum's name contains a
/// country, and two spans can cross. HTML elements can only nest, so the text is cut at every
/// span boundary and each span is opened where it starts and closed where it ends; when a span
/// must close while spans opened inside it are still running, those are closed with it and
/// reopened just after (as continuations). Every scalar of the text lies inside exactly the
/// marks of the spans covering it, and appears exactly once, in order.
package struct HighlightSegmenter {
    /// One step of the nested rendering.
    package enum Event: Hashable, Sendable {
        /// Open the mark of span `index`; `continued` when an earlier part of it was already rendered.
        case open(Int, continued: Bool)
        /// Close the mark of span `index` (always the innermost open one).
        case close(Int)
        /// The text scalars in this offset range, inside every open mark.
        case text(Range<Int>)
    }

    /// The spans, as Unicode-scalar offset ranges; an index into this array names a span.
    package var spans: [Range<Int>]
    /// The number of Unicode scalars in the text.
    package var length: Int

    /// Creates a segmenter for `spans` over a text of `length` scalars.
    package init(spans: [Range<Int>], length: Int) {
        self.spans = spans
        self.length = max(0, length)
    }

    /// The open, close and text steps that render the whole text with every span marked.
    ///
    /// Spans that are empty or reach outside the text are clipped to it (and skipped when
    /// nothing is left), so a result from another text cannot make the page malformed. Among
    /// spans starting together the longer one is outer; equal spans nest in array order.
    package func events() -> [Event] {
        let clipped = spans.map { span -> Range<Int> in
            let start = min(max(span.lowerBound, 0), length)
            return start..<min(max(span.upperBound, start), length)
        }
        let order = clipped.indices.filter { !clipped[$0].isEmpty }.sorted { a, b in
            let x = clipped[a], y = clipped[b]
            if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
            if x.upperBound != y.upperBound { return x.upperBound > y.upperBound }
            return a < b
        }
        var cuts = Set([0, length])
        for index in order {
            cuts.insert(clipped[index].lowerBound)
            cuts.insert(clipped[index].upperBound)
        }
        let boundaries = cuts.sorted()

        // Outer marks first; spans that end later sit further out, so fewer need splitting.
        let outerFirst: (Int, Int) -> Bool = { a, b in
            let x = clipped[a], y = clipped[b]
            if x.upperBound != y.upperBound { return x.upperBound > y.upperBound }
            if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
            return a < b
        }
        var events: [Event] = []
        var stack: [Int] = []
        var opened = Set<Int>()
        var next = 0
        for (position, boundary) in boundaries.enumerated() {
            var reopen: [Int] = []
            if let lowest = stack.firstIndex(where: { clipped[$0].upperBound <= boundary }) {
                for index in stack[lowest...].reversed() { events.append(.close(index)) }
                reopen = stack[lowest...].filter { clipped[$0].upperBound > boundary }
                stack.removeSubrange(lowest...)
            }
            var starting: [Int] = []
            while next < order.count, clipped[order[next]].lowerBound == boundary {
                starting.append(order[next])
                next += 1
            }
            for index in (reopen + starting).sorted(by: outerFirst) {
                events.append(.open(index, continued: opened.contains(index)))
                opened.insert(index)
                stack.append(index)
            }
            if position + 1 < boundaries.count {
                events.append(.text(boundary..<boundaries[position + 1]))
            }
        }
        return events
    }
}
