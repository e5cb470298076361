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
        let results = parties.count + forums.count + cooperations.count + agreements.count + amounts.count + dates.count
            + officials.count + matches.count
        var writer = JSONWriter(capacity: 512 + 256 * results)
        writer.beginObject()
        if let id { writer.field("id", id) }
        writer.field("schema", Self.jsonSchemaVersion)
        writer.field("language", language)
        writer.key("parties"); writer.beginArray()
        for party in parties { writer.beginObject(); writer.span(party.span); writer.field("id", party.id); writer.provenanceFields(party.provenance); writer.endObject() }
        writer.endArray()
        writer.key("forums"); writer.beginArray()
        for forum in forums {
            writer.beginObject(); writer.span(forum.span); writer.field("id", forum.id); writer.field("edition", forum.edition)
            writer.provenanceFields(forum.provenance); writer.endObject()
        }
        writer.endArray()
        writer.key("cooperations"); writer.beginArray()
        for cooperation in cooperations {
            writer.beginObject(); writer.span(cooperation.span); writer.field("area", cooperation.area.rawValue)
            writer.provenanceFields(cooperation.provenance); writer.endObject()
        }
        writer.endArray()
        writer.key("agreements"); writer.beginArray()
        for agreement in agreements { writer.agreement(agreement) }
        writer.endArray()
        writer.key("amounts"); writer.beginArray()
        for amount in amounts { writer.amount(amount) }
        writer.endArray()
        writer.key("dates"); writer.beginArray()
        for date in dates { writer.date(date) }
        writer.endArray()
        writer.key("officials"); writer.beginArray()
        for official in officials {
            writer.beginObject(); writer.span(official.span); writer.field("title", official.title)
            writer.field("name", official.name); writer.field("party", official.party)
            writer.provenanceFields(official.provenance); writer.endObject()
        }
        writer.endArray()
        writer.key("matches"); writer.beginArray()
        for match in matches { writer.match(match) }
        writer.endArray()
        if !warnings.isEmpty {
            // Only when a limit was reached, so ordinary output is unchanged.
            writer.key("warnings"); writer.beginArray()
            for warning in warnings { writer.diagnostic(warning) }
            writer.endArray()
        }
        writer.endObject()
        return writer.bytes
    }
}

extension JSONWriter {
    fileprivate mutating func span(_ span: TextSpan) {
        field("text", span.text)
        field("start", span.start)
        field("end", span.end)
        field("sentence", span.sentence)
    }

    fileprivate mutating func amount(_ amount: Amount) {
        beginObject()
        span(amount.span)
        key("value"); decimal(amount.value)
        field("currency", amount.currency)
        field("approximate", amount.approximate)
        key("upper"); if let upper = amount.upper { decimal(upper) } else { null() }
        provenanceFields(amount.provenance)
        endObject()
    }

    fileprivate mutating func date(_ date: DateMention) {
        beginObject()
        span(date.span)
        field("value", date.value)
        field("year", date.year)
        field("month", date.month)
        field("day", date.day)
        field("relative", date.relative)
        provenanceFields(date.provenance)
        endObject()
    }

    fileprivate mutating func agreement(_ agreement: Agreement) {
        beginObject()
        span(agreement.span)
        field("kind", agreement.kind.rawValue)
        field("status", agreement.status.rawValue)
        field("trigger", agreement.trigger)
        field("parties", strings: agreement.parties)
        field("areas", strings: agreement.areas.map(\.rawValue))
        field("forums", strings: agreement.forums)
        key("amounts"); beginArray()
        for amount in agreement.amounts { self.amount(amount) }
        endArray()
        field("dates", strings: agreement.dates.map { $0.value ?? $0.text })
        provenanceFields(agreement.provenance)
        endObject()
    }

    fileprivate mutating func match(_ match: Match) {
        beginObject()
        span(match.span)
        field("kind", match.kind)
        field("id", match.id)
        key("fields"); beginObject()
        for (name, value) in match.fields.sorted(by: { $0.key < $1.key }) {
            key(dynamic: name)
            switch value {
            case .string(let text): string(text)
            case .decimal(let number): decimal(number)
            case .integer(let number): int(number)
            case .bool(let flag): bool(flag)
            }
        }
        endObject()
        provenanceFields(match.provenance)
        endObject()
    }
}

extension JSONWriter {
    /// A decimal as `Decimal.description` writes it: plain digits, no exponent.
    ///
    /// `description` costs about a microsecond, twenty times a whole number's digits, and money
    /// amounts are almost always whole: those are written as integers (checked exact), the rest
    /// through `description`.
    package mutating func decimal(_ value: Decimal) {
        let whole = NSDecimalNumber(decimal: value).int64Value
        if Decimal(whole) == value, let number = Int(exactly: whole) {
            int(number)
        } else {
            raw(value.description)
        }
    }
}
