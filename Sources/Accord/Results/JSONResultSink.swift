/// Writes a document's results straight into the documented JSON line, for the CLI.
///
/// The typed ``Analysis`` costs a `String` per span, copies of four provenance strings per
/// result and their release afterwards; `accord extract` needs none of it. This sink writes
/// each result's object as ``ResultBuilder`` decides it: span text from the document's bytes,
/// provenance as bytes rendered once per rule, an agreement's amounts copied from the
/// amounts already written. The objects' layout is the one ``Analysis/jsonBytes(id:)`` uses
/// (`JSONWriter.party(span:id:provenance:)` and the rest), so both give the same bytes.
final class JSONResultSink: ResultSink {
    // The document's tokens and bytes, not the document: reading them through a stored struct
    // retained and released all of its arrays at every result. The bytes as a pointer, valid
    // while ``write(_:scalarBase:sentenceBase:keptIn:_:)`` runs: each result's text was a slice of the
    // array, retained and released per result. All three are the current document's, and empty
    // between documents (a kept sink must not hold the tables the next document reuses).
    private var tokens: [Token] = []
    private var utf8 = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var offsets = ScalarOffsets()
    private let provenances: [[UInt8]]
    /// The engine's string table, for a table id without a literal below.
    private let strings: StringTable
    /// The engine's table strings as JSON literals (``CompiledEngine/quotedStrings``).
    private let quotedStrings: [UInt8]
    private let quotedStringStarts: [Int32]
    // One writer per result array. Unchecked for exclusivity, as the session's workspace is: a
    // sink lives for one document on one thread, and no two accesses to a writer overlap (an
    // agreement reads `amounts` while it writes `agreements`). The dynamic checks cost more
    // than writing a party.
    @exclusivity(unchecked) private var parties = JSONWriter(capacity: 4096)
    @exclusivity(unchecked) private var forums = JSONWriter(capacity: 512)
    @exclusivity(unchecked) private var cooperations = JSONWriter(capacity: 2048)
    @exclusivity(unchecked) private var agreements = JSONWriter(capacity: 2048)
    @exclusivity(unchecked) private var amounts = JSONWriter(capacity: 1024)
    @exclusivity(unchecked) private var dates = JSONWriter(capacity: 1024)
    @exclusivity(unchecked) private var officials = JSONWriter(capacity: 512)
    @exclusivity(unchecked) private var matches = JSONWriter(capacity: 512)
    /// Where each amount's object is in `amounts`, for the agreements that attach it.
    @exclusivity(unchecked) private var amountObjects: [Range<Int>] = []
    /// Each date's value, or its text when it has none: what an agreement lists.
    @exclusivity(unchecked) private var dateValues: [String] = []
    /// Added to every scalar offset and sentence number: where a window of a longer document starts.
    private var scalarBase = 0
    private var sentenceBase = 0
    /// The results written (each result's object takes its span once, in `span(_:)`).
    private(set) var count = 0
    /// The engine whose strings and provenances the sink writes.
    private let engine: ObjectIdentifier

    /// A sink whose writers are kept for the next document, when they are no larger than this:
    /// one very long document must not hold its output's memory for the rest of the session.
    private static let keptBytes = 1 << 18

    /// Gives the results of the document `builder` builds to a sink, then the sink to `body`;
    /// the sink reads the document's bytes only while this runs.
    ///
    /// - Parameters:
    ///   - scalarBase: The scalars before the text in its document, when it is one window of it.
    ///   - sentenceBase: The sentences before the text in its document.
    ///   - workspace: Where a sink is kept between documents of a session, so each document
    ///     does not make and free the sink and its eight writers (a few thousand instructions a
    ///     document, whatever its length); nil for a sink of its own.
    static func write<Result>(
        _ builder: ResultBuilder, scalarBase: Int = 0, sentenceBase: Int = 0, keptIn workspace: AnalysisWorkspace? = nil,
        _ body: (JSONResultSink) -> Result
    ) -> Result {
        builder.index.document.utf8.withUnsafeBufferPointer { bytes in
            var sink = workspace?.jsonSink.take() ?? JSONResultSink(engine: builder.engine)
            assert(sink.engine == ObjectIdentifier(builder.engine), "a kept sink writes its own engine's strings")
            sink.begin(builder, bytes: bytes, scalarBase: scalarBase, sentenceBase: sentenceBase)
            builder.build(into: &sink)
            let result = body(sink)
            if sink.end(), let workspace { workspace.jsonSink = sink }
            return result
        }
    }

    private init(engine: CompiledEngine) {
        self.engine = ObjectIdentifier(engine)
        provenances = engine.provenanceJSON
        strings = engine.strings
        quotedStrings = engine.quotedStrings
        quotedStringStarts = engine.quotedStringStarts
        // An agreement lists amounts and dates by number: room for a few at once.
        amountObjects.reserveCapacity(8)
        dateValues.reserveCapacity(8)
    }

    /// Takes a document.
    private func begin(_ builder: ResultBuilder, bytes: UnsafeBufferPointer<UInt8>, scalarBase: Int, sentenceBase: Int) {
        self.scalarBase = scalarBase
        self.sentenceBase = sentenceBase
        tokens = builder.index.document.tokens
        utf8 = bytes
        offsets = builder.offsets
        count = 0
    }

    /// Lets the document go and empties the writers; whether the sink is small enough to keep.
    private func end() -> Bool {
        tokens = []
        utf8 = UnsafeBufferPointer(start: nil, count: 0)
        offsets = ScalarOffsets()
        let held = parties.reservedBytes + forums.reservedBytes + cooperations.reservedBytes + agreements.reservedBytes
            + amounts.reservedBytes + dates.reservedBytes + officials.reservedBytes + matches.reservedBytes
        guard held <= Self.keptBytes else { return false }
        parties.restart(); forums.restart(); cooperations.restart(); agreements.restart()
        amounts.restart(); dates.restart(); officials.restart(); matches.restart()
        amountObjects.removeAll(keepingCapacity: true)
        dateValues.removeAll(keepingCapacity: true)
        return true
    }

    /// A span of the document as the JSON layout writes it.
    private struct Span: JSONSpanSource {
        let text: UnsafeBufferPointer<UInt8>
        let start: Int
        let end: Int
        let sentence: Int

        func writeFields(to writer: inout JSONWriter) {
            writer.spanFields(text: text, start: start, end: end, sentence: sentence)
        }
    }

    /// A rule's provenance fields, rendered once per engine.
    private struct Rendered: JSONProvenanceSource {
        let bytes: [UInt8]

        func writeFields(to writer: inout JSONWriter) {
            bytes.withUnsafeBufferPointer { writer.append(written: $0, asElement: false) }
        }
    }

    private func span(_ place: ResultPlace) -> Span {
        let first = tokens[place.tokens.lowerBound], last = tokens[place.tokens.upperBound - 1]
        count += 1
        return Span(text: UnsafeBufferPointer(rebasing: utf8[Int(first.start)..<Int(last.end)]),
                    start: scalarBase + offsets.start(ofToken: place.tokens.lowerBound),
                    end: scalarBase + offsets.end(ofToken: place.tokens.upperBound - 1), sentence: sentenceBase + place.sentence)
    }

    private func provenance(_ place: ResultPlace) -> Rendered { Rendered(bytes: provenances[Int(place.rule)]) }

    /// A string value as JSON: its literal from the engine's table when its index is known,
    /// else escaped as it is written.
    private enum Value: JSONStringSource {
        case literal(UnsafeBufferPointer<UInt8>)
        case text(String)

        func writeValue(to writer: inout JSONWriter) {
            switch self {
            case .literal(let bytes): writer.append(written: bytes, asElement: true)
            case .text(let text): writer.string(text)
            }
        }
    }

    /// Calls `body` with a string's JSON value (see ``Value``).
    private func withValue(_ string: InternedText, _ body: (Value) -> Void) {
        guard string.index >= 0, Int(string.index) + 1 < quotedStringStarts.count else { return body(.text(string.text(in: strings))) }
        let literal = literal(string.index)
        quotedStrings.withUnsafeBufferPointer { body(.literal(UnsafeBufferPointer(rebasing: $0[literal]))) }
    }

    /// Where table string `index`'s literal is in `quotedStrings`.
    private func literal(_ index: Int32) -> Range<Int> {
        Int(quotedStringStarts[Int(index)])..<Int(quotedStringStarts[Int(index) + 1])
    }

    /// Writes the table string `index` as an element, from its literal.
    private func writeLiteral(_ index: Int32, to writer: inout JSONWriter) {
        let literal = literal(index)
        quotedStrings.withUnsafeBufferPointer { writer.append(written: UnsafeBufferPointer(rebasing: $0[literal]), asElement: true) }
    }

    /// An agreement's id numbers (``MentionIDs``) as JSON: a table id from its literal, another escaped.
    private struct IDList: JSONStringList {
        let numbers: [Int32]
        let ids: MentionIDs
        let sink: JSONResultSink

        func writeElements(to writer: inout JSONWriter) {
            for number in numbers {
                if number >= 0 { sink.writeLiteral(number, to: &writer) } else { writer.string(ids.text(of: number)) }
            }
        }
    }

    /// An agreement's dates, by their numbers among the document's dates: each one's value, or its text.
    private struct DateList: JSONStringList {
        let numbers: [Int]
        let values: [String]

        func writeElements(to writer: inout JSONWriter) {
            for number in numbers { writer.string(values[number]) }
        }
    }

    func party(id: InternedText, at place: ResultPlace) {
        withValue(id) { parties.party(span: span(place), id: $0, provenance: provenance(place)) }
    }

    func forum(id: InternedText, edition: Int?, at place: ResultPlace) {
        withValue(id) { forums.forum(span: span(place), id: $0, edition: edition, provenance: provenance(place)) }
    }

    func cooperation(area: InternedText, at place: ResultPlace) {
        withValue(area) { cooperations.cooperation(span: span(place), area: $0, provenance: provenance(place)) }
    }

    func amount(_ amount: AmountValue, at place: ResultPlace) {
        // The object without the comma that separates it from the one before.
        let start = amounts.count + (amountObjects.isEmpty ? 0 : 1)
        amounts.amount(span: span(place), amount, provenance: provenance(place))
        amountObjects.append(start..<amounts.count)
    }

    func date(_ date: DateValue, at place: ResultPlace) {
        let span = span(place)
        dates.date(span: span, date, provenance: provenance(place))
        dateValues.append(date.value ?? String(decoding: span.text, as: UTF8.self))
    }

    func official(title: String, name: String?, party: String?, at place: ResultPlace) {
        officials.official(span: span(place), title: title, name: name, party: party, provenance: provenance(place))
    }

    func match(kind: String, id: String?, fields: [String: FieldValue], at place: ResultPlace) {
        matches.match(span: span(place), kind: kind, id: id, fields: fields, provenance: provenance(place))
    }

    func agreement(_ agreement: AgreementFields, ids: MentionIDs, at place: ResultPlace) {
        let first = tokens[agreement.trigger.lowerBound], last = tokens[agreement.trigger.upperBound - 1]
        agreements.agreement(
            span: span(place), kind: agreement.kind, status: agreement.status.rawValue,
            trigger: UnsafeBufferPointer(rebasing: utf8[Int(first.start)..<Int(last.end)]),
            parties: IDList(numbers: agreement.parties, ids: ids, sink: self), areas: IDList(numbers: agreement.areas, ids: ids, sink: self),
            forums: IDList(numbers: agreement.forums, ids: ids, sink: self), dates: DateList(numbers: agreement.dates, values: dateValues),
            provenance: provenance(place)
        ) { writer in
            for number in agreement.amounts {
                amounts.withBytes(in: amountObjects[number]) { writer.append(written: $0, asElement: true) }
            }
        }
    }

    /// The document's JSON line.
    ///
    /// - Parameters:
    ///   - id: The input record's id, echoed first when given.
    ///   - language: The language the document was analysed in.
    func json(id: String?, language: String) -> [UInt8] {
        let total = parties.count + forums.count + cooperations.count + agreements.count + amounts.count + dates.count
            + officials.count + matches.count
        // The line is assembled in the array returned: the document's keys and brackets are
        // drained into it as they are written, each kind's objects copied in between. Writing
        // it all into one writer and copying that out was a second copy of the whole line.
        var line: [UInt8] = []
        line.reserveCapacity(256 + total)
        var writer = JSONWriter(capacity: 256)
        writer.document(id: id, language: language, warnings: []) { array, writer in
            writer.drain { line.append(contentsOf: $0) }
            // Straight after `[`: the first object needs no comma, and the writer is not told
            // of them, as `]` is all it writes next.
            withElements(of: array) { line.append(contentsOf: $0) }
        }
        writer.drain { line.append(contentsOf: $0) }
        return line
    }

    /// Calls `body` with each result array's objects, comma-separated, in the documented order.
    func forEachArray(_ body: (JSONWriter.ResultArray, UnsafeBufferPointer<UInt8>) -> Void) {
        for array in JSONWriter.ResultArray.allCases { withElements(of: array) { body(array, $0) } }
    }

    /// Calls `body` with one result array's objects, comma-separated.
    private func withElements(of array: JSONWriter.ResultArray, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        switch array {
        case .parties: parties.withBytes(in: 0..<parties.count, body)
        case .forums: forums.withBytes(in: 0..<forums.count, body)
        case .cooperations: cooperations.withBytes(in: 0..<cooperations.count, body)
        case .agreements: agreements.withBytes(in: 0..<agreements.count, body)
        case .amounts: amounts.withBytes(in: 0..<amounts.count, body)
        case .dates: dates.withBytes(in: 0..<dates.count, body)
        case .officials: officials.withBytes(in: 0..<officials.count, body)
        case .matches: matches.withBytes(in: 0..<matches.count, body)
        }
    }
}
