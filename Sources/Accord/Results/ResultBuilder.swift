import Foundation

/// Turns accepted raw results into the typed ``Analysis``.
struct ResultBuilder {
    let engine: CompiledEngine
    let index: DocumentIndex
    let referenceDate: CalendarDate?
    private let fields: ResultFields
    private let offsets: ScalarOffsets

    init(engine: CompiledEngine, index: DocumentIndex, referenceDate: CalendarDate? = nil) {
        self.engine = engine
        self.index = index
        self.referenceDate = referenceDate
        fields = ResultFields(engine: engine, index: index)
        offsets = ScalarOffsets(document: index.document)
    }

    mutating func build() -> Analysis {
        var analysis = Analysis()
        analysis.sentences = index.document.sentences.compactMap { sentence in
            guard let first = sentence.first, let last = sentence.last else { return nil }
            return offsets.start(ofToken: first)..<offsets.end(ofToken: last)
        }
        var agreementResults: [RawResult] = []
        for result in index.results.sorted(by: { ($0.start, $0.end, $0.rule) < ($1.start, $1.end, $1.rule) }) {
            switch engine.idSources[Int(result.rule)].kind {
            case .party:
                if let id = fields.id(of: result) {
                    analysis.parties.append(Party(id: id, span: span(result), provenance: provenance(result)))
                }
            case .forum:
                if let id = fields.id(of: result) {
                    analysis.forums.append(Forum(id: id, edition: edition(result), span: span(result), provenance: provenance(result)))
                }
            case .cooperation:
                let source = engine.idSources[Int(result.rule)]
                if let area = source.fixedArea ?? fields.firstValue(result, nameIndex: engine.captureNames.area)
                    ?? fields.firstValue(result, nameIndex: engine.captureNames.id) ?? fields.id(of: result) {
                    analysis.cooperations.append(Cooperation(area: CooperationArea(rawValue: area), span: span(result), provenance: provenance(result)))
                }
            case .amount:
                if let amount = amount(result) { analysis.amounts.append(amount) }
            case .date:
                analysis.dates.append(date(result))
            case .agreement:
                agreementResults.append(result)
            case .official:
                analysis.officials.append(official(result))
            case .custom:
                analysis.matches.append(match(result))
            }
        }
        let context = AgreementContext(engine: engine, index: index, fields: fields, analysis: analysis, agreements: agreementResults)
        for result in agreementResults {
            let agreement = context.agreement(for: result, span: span(result), provenance: provenance(result))
            analysis.agreements.append(agreement)
            context.remember(agreement)
        }
        return analysis
    }

    // MARK: Spans

    func span(_ result: RawResult) -> TextSpan {
        span(tokens: Int(result.start)..<Int(result.end), sentence: Int(result.sentence))
    }

    func span(tokens: Range<Int>, sentence: Int) -> TextSpan {
        let document = index.document
        let first = document.tokens[tokens.lowerBound], last = document.tokens[tokens.upperBound - 1]
        let range = document.index(atByte: first.start)..<document.index(atByte: last.end)
        return TextSpan(text: String(document.text[range]), range: range,
                        start: offsets.start(ofToken: tokens.lowerBound), end: offsets.end(ofToken: tokens.upperBound - 1),
                        sentence: sentence)
    }

    func provenance(_ result: RawResult) -> Provenance {
        engine.provenances[Int(result.rule)]
    }

    // MARK: Kinds

    /// A `set:` value of a rule (most rules have none: then nothing is hashed).
    private func fixed(_ rule: CompiledEngine.Rule, _ field: String) -> String? {
        rule.fixed.isEmpty ? nil : rule.fixed[field]
    }

    private func edition(_ result: RawResult) -> Int? {
        let rule = engine.rules[Int(result.rule)]
        guard let text = fixed(rule, "edition") ?? fields.firstValue(result, nameIndex: engine.captureNames.edition) else { return nil }
        // The digits, wherever they are (`lần thứ 26`, `AMM-57`, `26th`).
        var value: Int?
        for byte in text.utf8 where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            let (shifted, overflow) = (value ?? 0).multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            value = shifted + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private func amount(_ result: RawResult) -> Amount? {
        guard let value = index.store.field("value", of: result)?.decimalValue,
              let currency = index.store.field("currency", of: result)?.stringValue
                ?? fields.firstValue(result, nameIndex: engine.captureNames.currency)
        else { return nil }
        return Amount(value: value, currency: currency, approximate: index.store.field("approximate", of: result)?.boolValue ?? false,
                      upper: index.store.field("upper", of: result)?.decimalValue, span: span(result), provenance: provenance(result))
    }

    private func date(_ result: RawResult) -> DateMention {
        var mention = DateMention(
            value: engine.rules[Int(result.rule)].fixed["value"] ?? index.store.field("value", of: result)?.stringValue,
            year: index.store.field("year", of: result)?.integerValue, month: index.store.field("month", of: result)?.integerValue,
            day: index.store.field("day", of: result)?.integerValue, relative: index.store.field("relative", of: result)?.stringValue,
            span: span(result), provenance: provenance(result))
        if let referenceDate {
            RelativeDateResolver(reference: referenceDate)
                .resolve(&mention, unit: index.store.field("unit", of: result)?.stringValue, offsetDays: index.store.field("offsetDays", of: result)?.integerValue)
        }
        return mention
    }

    private func official(_ result: RawResult) -> Official {
        let rule = engine.rules[Int(result.rule)]
        let names = engine.captureNames
        let title = fixed(rule, "title") ?? fields.firstValue(result, nameIndex: names.title) ?? fields.id(of: result) ?? "official"
        return Official(title: title, name: fixed(rule, "name") ?? fields.firstValue(result, nameIndex: names.name),
                        party: fixed(rule, "party") ?? fields.firstValue(result, nameIndex: names.party),
                        span: span(result), provenance: provenance(result))
    }

    private func match(_ result: RawResult) -> Match {
        let rule = engine.rules[Int(result.rule)]
        var values: [String: FieldValue] = [:]
        for capture in index.store.captures(of: result) {
            values[engine.strings[capture.name]] = .string(fields.value(of: capture))
        }
        for (key, value) in index.store.fields(of: result) { values[key] = value }
        for (key, value) in rule.fixed { values[key] = .string(value) }   // `set:` wins, as for every kind
        return Match(kind: rule.kind, id: fields.id(of: result), fields: values, span: span(result), provenance: provenance(result))
    }
}
