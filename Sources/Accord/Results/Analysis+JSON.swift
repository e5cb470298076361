import Foundation

extension Analysis {
    /// The version of the JSON document layout; it changes only with a major release.
    package static let jsonSchemaVersion = 1

    /// The analysis as one line of the documented JSON layout (see README, "JSON output").
    ///
    /// - Parameter id: The input record's id, echoed first when given.
    package func json(id: String? = nil) -> String {
        String(decoding: jsonBytes(id: id), as: UTF8.self)
    }

    /// ``json(id:)`` as UTF-8 bytes, for writers that need no `String`.
    package func jsonBytes(id: String? = nil) -> [UInt8] {
        // About 200 bytes a result: sized once instead of doubling two or three times per document.
        var writer = JSONWriter(capacity: 512 + 256 * resultCount)
        writer.document(id: id, language: language, warnings: warnings) { array, writer in
            writeElements(of: array, to: &writer)
        }
        return writer.bytes
    }

    /// Writes the objects of one result array, comma-separated, as elements of the writer's
    /// current array.
    func writeElements(of array: JSONWriter.ResultArray, to writer: inout JSONWriter) {
        switch array {
        case .parties:
            for party in parties { writer.party(span: party.span, id: party.id, provenance: party.provenance) }
        case .forums:
            for forum in forums { writer.forum(span: forum.span, id: forum.id, edition: forum.edition, provenance: forum.provenance) }
        case .cooperations:
            for cooperation in cooperations {
                writer.cooperation(span: cooperation.span, area: cooperation.area.rawValue, provenance: cooperation.provenance)
            }
        case .agreements:
            for agreement in agreements {
                writer.agreement(span: agreement.span, kind: agreement.kind.rawValue, status: agreement.status.rawValue,
                                 trigger: agreement.trigger.utf8, parties: agreement.parties, areas: agreement.areas.map(\.rawValue),
                                 forums: agreement.forums, dates: agreement.dates.map { $0.value ?? $0.text },
                                 provenance: agreement.provenance) { writer in
                    for amount in agreement.amounts { writer.amount(amount) }
                }
            }
        case .amounts:
            for amount in amounts { writer.amount(amount) }
        case .dates:
            for date in dates {
                writer.date(span: date.span, DateValue(value: date.value, year: date.year, month: date.month, day: date.day,
                                                       relative: date.relative), provenance: date.provenance)
            }
        case .officials:
            for official in officials {
                writer.official(span: official.span, title: official.title, name: official.name, party: official.party,
                                provenance: official.provenance)
            }
        case .matches:
            for match in matches {
                writer.match(span: match.span, kind: match.kind, id: match.id, fields: match.fields, provenance: match.provenance)
            }
        }
    }
}

extension JSONWriter {
    fileprivate mutating func amount(_ amount: Amount) {
        self.amount(span: amount.span, AmountValue(value: amount.value, currency: amount.currency, approximate: amount.approximate,
                                                   upper: amount.upper), provenance: amount.provenance)
    }
}

// MARK: - The layout of each result

/// A result's span as the JSON layout writes it: its text and offsets.
///
/// Typed results give their ``TextSpan``; the CLI's ``JSONResultSink`` gives the document's bytes.
protocol JSONSpanSource {
    /// Writes the `text`, `start`, `end` and `sentence` fields.
    func writeFields(to writer: inout JSONWriter)
}

/// A result's provenance as the JSON layout writes it: its `rule`, `pack`, `packVersion` and
/// `packHash` fields.
protocol JSONProvenanceSource {
    /// Writes the four provenance fields after others in the same object.
    func writeFields(to writer: inout JSONWriter)
}

/// A string value as the JSON layout writes it: a `String`, escaped as it is written, or a
/// literal rendered once (the engine's table strings, ``CompiledEngine/quotedStrings``).
protocol JSONStringSource {
    /// Writes the value where the writer expects one.
    func writeValue(to writer: inout JSONWriter)
}

extension String: JSONStringSource {
    func writeValue(to writer: inout JSONWriter) { writer.string(self) }
}

/// A list of string values as the JSON layout writes it: `[String]`, or an agreement's id
/// numbers, which the CLI's sink writes from the engine's rendered literals.
protocol JSONStringList {
    /// Writes the values as elements of the array the writer is in.
    func writeElements(to writer: inout JSONWriter)
}

extension Array: JSONStringList where Element == String {
    func writeElements(to writer: inout JSONWriter) {
        for value in self { writer.string(value) }
    }
}

extension TextSpan: JSONSpanSource {
    func writeFields(to writer: inout JSONWriter) {
        writer.spanFields(text: text.utf8, start: start, end: end, sentence: sentence)
    }
}

extension Provenance: JSONProvenanceSource {
    func writeFields(to writer: inout JSONWriter) { writer.provenanceFields(self) }
}

/// The documented object of each result kind, written once for typed results and for the CLI's
/// direct path alike, so the two cannot drift apart.
extension JSONWriter {
    /// The result arrays of a document, in the documented order.
    package enum ResultArray: CaseIterable, Sendable {
        case parties, forums, cooperations, agreements, amounts, dates, officials, matches

        package var key: StaticString {
            switch self {
            case .parties: "parties"
            case .forums: "forums"
            case .cooperations: "cooperations"
            case .agreements: "agreements"
            case .amounts: "amounts"
            case .dates: "dates"
            case .officials: "officials"
            case .matches: "matches"
            }
        }
    }

    /// A whole document object: `id` (when given), `schema`, `language`, each result array
    /// with the elements `elements` writes for it, and `warnings` when there are any.
    mutating func document(id: String?, language: String, warnings: [Diagnostic],
                           elements: (ResultArray, inout JSONWriter) -> Void) {
        beginObject()
        if let id { field("id", id) }
        field("schema", Analysis.jsonSchemaVersion)
        field("language", language)
        for array in ResultArray.allCases {
            key(array.key)
            beginArray()
            elements(array, &self)
            endArray()
        }
        if !warnings.isEmpty {
            // Only when a limit was reached, so ordinary output is unchanged.
            key("warnings"); beginArray()
            for warning in warnings { diagnostic(warning) }
            endArray()
        }
        endObject()
    }

    /// A span's `text`, `start`, `end` and `sentence` fields, whichever source gives them.
    mutating func spanFields(text: some Collection<UInt8>, start: Int, end: Int, sentence: Int) {
        if text.withContiguousStorageIfAvailable({ plainSpanFields(text: $0, start: start, end: end, sentence: sentence) }) == true {
            return
        }
        key("text"); string(utf8: text)
        field("start", start)
        field("end", end)
        field("sentence", sentence)
    }

    mutating func party(span: some JSONSpanSource, id: some JSONStringSource, provenance: some JSONProvenanceSource) {
        beginObject(); span.writeFields(to: &self); key("id"); id.writeValue(to: &self); provenance.writeFields(to: &self); endObject()
    }

    mutating func forum(span: some JSONSpanSource, id: some JSONStringSource, edition: Int?, provenance: some JSONProvenanceSource) {
        beginObject(); span.writeFields(to: &self); key("id"); id.writeValue(to: &self); field("edition", edition)
        provenance.writeFields(to: &self); endObject()
    }

    mutating func cooperation(span: some JSONSpanSource, area: some JSONStringSource, provenance: some JSONProvenanceSource) {
        beginObject(); span.writeFields(to: &self); key("area"); area.writeValue(to: &self); provenance.writeFields(to: &self); endObject()
    }

    mutating func amount(span: some JSONSpanSource, _ amount: AmountValue, provenance: some JSONProvenanceSource) {
        beginObject()
        span.writeFields(to: &self)
        key("value"); if let whole = amount.valueInteger { int(whole) } else { decimal(amount.value) }
        field("currency", amount.currency)
        field("approximate", amount.approximate)
        key("upper")
        if let whole = amount.upperInteger { int(whole) } else if let upper = amount.upper { decimal(upper) } else { null() }
        provenance.writeFields(to: &self)
        endObject()
    }

    mutating func date(span: some JSONSpanSource, _ date: DateValue, provenance: some JSONProvenanceSource) {
        beginObject()
        span.writeFields(to: &self)
        field("value", date.value)
        field("year", date.year)
        field("month", date.month)
        field("day", date.day)
        field("relative", date.relative)
        provenance.writeFields(to: &self)
        endObject()
    }

    mutating func official(span: some JSONSpanSource, title: String, name: String?, party: String?,
                           provenance: some JSONProvenanceSource) {
        beginObject(); span.writeFields(to: &self); field("title", title)
        field("name", name); field("party", party)
        provenance.writeFields(to: &self); endObject()
    }

    /// An agreement; `amounts` writes the elements of its `amounts` array.
    mutating func agreement<Trigger: Collection<UInt8>>(
        span: some JSONSpanSource, kind: String, status: String, trigger: Trigger, parties: some JSONStringList,
        areas: some JSONStringList, forums: some JSONStringList, dates: some JSONStringList, provenance: some JSONProvenanceSource,
        amounts: (inout JSONWriter) -> Void
    ) {
        beginObject()
        span.writeFields(to: &self)
        field("kind", kind)
        field("status", status)
        key("trigger"); string(utf8: trigger)
        field("parties", list: parties)
        field("areas", list: areas)
        field("forums", list: forums)
        key("amounts"); beginArray()
        amounts(&self)
        endArray()
        field("dates", list: dates)
        provenance.writeFields(to: &self)
        endObject()
    }

    mutating func match(span: some JSONSpanSource, kind: String, id: String?, fields: [String: FieldValue],
                        provenance: some JSONProvenanceSource) {
        beginObject()
        span.writeFields(to: &self)
        field("kind", kind)
        field("id", id)
        key("fields"); beginObject()
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            key(dynamic: name)
            switch value {
            case .string(let text): string(text)
            case .decimal(let number): decimal(number)
            case .integer(let number): int(number)
            case .bool(let flag): bool(flag)
            }
        }
        endObject()
        provenance.writeFields(to: &self)
        endObject()
    }
}

extension JSONWriter {
    /// A decimal as `Decimal.description` writes it: plain digits, no exponent.
    ///
    /// `description` costs about a microsecond, twenty times a whole number's digits, and money
    /// amounts are almost always whole: those are written as integers, the rest through
    /// `description`. A whole number is found through `Double` (exact below 2^53, and checked):
    /// `NSDecimalNumber`'s `int64Value` cost six times as much, a tenth of writing an amount.
    package mutating func decimal(_ value: Decimal) {
        let approximation = Double(truncating: value as NSNumber)
        if approximation.magnitude < 0x1p53, approximation.rounded(.towardZero) == approximation {
            let whole = Int(approximation)
            if Decimal(whole) == value {
                int(whole)
                return
            }
        }
        raw(value.description)
    }
}
