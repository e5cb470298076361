import Foundation

/// Decides the results a document's accepted raw results make, and gives them to a
/// ``ResultSink``: typed values for ``Engine/analyze(_:language:referenceDate:)``, or JSON for the CLI.
struct ResultBuilder {
    let engine: CompiledEngine
    let index: DocumentIndex
    let referenceDate: CalendarDate?
    private let fields: ResultFields
    let offsets: ScalarOffsets

    init(engine: CompiledEngine, index: DocumentIndex, referenceDate: CalendarDate? = nil) {
        self.engine = engine
        self.index = index
        self.referenceDate = referenceDate
        fields = ResultFields(engine: engine, index: index)
        offsets = ScalarOffsets(document: index.document)
    }

    /// Builds the typed analysis.
    func build() -> Analysis {
        var sink = AnalysisSink(builder: self)
        build(into: &sink)
        sink.analysis.sentences = index.document.sentences.compactMap { sentence in
            guard let first = sentence.first, let last = sentence.last else { return nil }
            return offsets.start(ofToken: first)..<offsets.end(ofToken: last)
        }
        return sink.analysis
    }

    /// Gives every result to `sink`, kinds in text order, agreements last.
    func build<Sink: ResultSink>(into sink: inout Sink) {
        var agreementResults: [RawResult] = []
        agreementResults.reserveCapacity(8)   // a few a document: one allocation, not four
        // What agreements can attach is collected only when the document has an agreement.
        let idSources = engine.idSources
        var mentions = AgreementMentions(for: index.results, idSources: idSources)
        let ids = MentionIDs(strings: engine.strings)
        // The results' numbers in text order, not sorted copies of the results: a party's or
        // forum's id was decided when it was accepted, and the index keeps it by number.
        let results = index.results
        let order = index.resultsInTextOrder()
        let strings = engine.strings
        for number in order {
            let result = results[Int(number)]
            let place = ResultPlace(result)
            switch idSources[Int(result.rule)].kind {
            // Ids and areas go to the sink with their string-table index when it is known
            // without hashing: the JSON sink writes those from the engine's rendered literals.
            case .party:
                if let id = index.resultID(Int(number), strings: strings) {
                    sink.party(id: id, at: place)
                    // Numbered only when an agreement can list it: the chain stops at nil mentions.
                    mentions?.parties.append(.init(value: ids.number(of: id), result: result))
                }
            case .forum:
                if let id = index.resultID(Int(number), strings: strings) {
                    sink.forum(id: id, edition: edition(result), at: place)
                    mentions?.forums.append(.init(value: ids.number(of: id), result: result))
                }
            case .cooperation:
                if let area = cooperationArea(result) {
                    sink.cooperation(area: area, at: place)
                    mentions?.cooperations.append(.init(value: ids.number(of: area), result: result))
                }
            case .amount:
                if let amount = amount(result) {
                    sink.amount(amount, at: place)
                    let number = mentions?.amounts.count ?? 0
                    mentions?.amounts.append(.init(number: number, result: result))
                }
            case .date:
                sink.date(date(result), at: place)
                let number = mentions?.dates.count ?? 0
                mentions?.dates.append(.init(number: number, result: result))
            case .agreement:
                agreementResults.append(result)
            case .official:
                official(result, into: &sink, at: place)
            case .custom:
                match(result, into: &sink, at: place)
            }
        }
        // With an agreement among the results, the mentions were collected.
        guard !agreementResults.isEmpty, let mentions else { return }
        let context = AgreementContext(engine: engine, index: index, fields: fields, mentions: mentions, ids: ids,
                                       agreements: agreementResults)
        for result in agreementResults {
            let agreement = context.agreement(for: result)
            sink.agreement(agreement, ids: ids, at: ResultPlace(result))
            context.remember(agreement)
        }
    }

    // MARK: Spans

    func span(_ place: ResultPlace) -> TextSpan {
        span(tokens: place.tokens, sentence: place.sentence)
    }

    func span(tokens: Range<Int>, sentence: Int) -> TextSpan {
        // Through the index's document, not a copy of it (a copy retained and released each of
        // its arrays per result); the text from the bytes, not a substring (callgrind over 300
        // documents of typed results: 357.3 M -> 349.0 M for both).
        TextSpan(text: index.document.string(tokens: tokens), range: index.document.textRange(tokens: tokens),
                 start: offsets.start(ofToken: tokens.lowerBound), end: offsets.end(ofToken: tokens.upperBound - 1),
                 sentence: sentence)
    }

    // MARK: Kinds

    /// A `set:` value of a rule (most rules have none: then nothing is hashed).
    ///
    /// Reads the rule's `fixed` alone: a rule is a dozen arrays and dictionaries, and taking
    /// the whole rule into a local retained and released every one of them per result.
    private func fixed(_ rule: Int32, _ field: String) -> String? {
        let fixed = engine.rules[Int(rule)].fixed
        return fixed.isEmpty ? nil : fixed[field]
    }

    /// A cooperation's area: the rule's `set: {area: …}`, its `area` or `id` capture, or its id.
    private func cooperationArea(_ result: RawResult) -> InternedText? {
        let source = engine.idSources[Int(result.rule)]
        if let area = source.fixedArea { return InternedText(text: area, index: source.fixedAreaIndex ?? InternedText.absent) }
        return fields.firstInterned(result, nameIndex: engine.captureNames.area)
            ?? fields.firstInterned(result, nameIndex: engine.captureNames.id) ?? fields.internedID(of: result)
    }

    private func edition(_ result: RawResult) -> Int? {
        guard let text = fixed(result.rule, "edition") ?? fields.firstValue(result, nameIndex: engine.captureNames.edition) else { return nil }
        // The digits, wherever they are (`lần thứ 26`, `AMM-57`, `26th`).
        var value: Int?
        for byte in text.utf8 where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            let (shifted, overflow) = (value ?? 0).multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            value = shifted + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private func amount(_ result: RawResult) -> AmountValue? {
        var value: Decimal?, currency: String?, approximate: Bool?, upper: Decimal?
        var valueInteger: Int?, upperInteger: Int?
        switch index.store.storedFields(of: result) {
        case .amount(let amount)?:
            // The money extractor's own fields: no dictionary to make and search.
            (value, currency, approximate, upper) = (amount.value, amount.currency, amount.approximate, amount.upper)
            (valueInteger, upperInteger) = (amount.valueInteger, amount.upperInteger)
        case let stored?:
            // The fields read in one walk: a lookup by name hashed the name, four times an amount.
            for (key, field) in stored.dictionary {
                switch key {
                case "value": value = field.decimalValue
                case "currency": currency = field.stringValue
                case "approximate": approximate = field.boolValue
                case "upper": upper = field.decimalValue
                default: break
                }
            }
        case nil:
            break
        }
        guard let value, let currency = currency ?? fields.firstValue(result, nameIndex: engine.captureNames.currency) else { return nil }
        return AmountValue(value: value, currency: currency, approximate: approximate ?? false, upper: upper,
                           valueInteger: valueInteger, upperInteger: upperInteger)
    }

    private func date(_ result: RawResult) -> DateValue {
        var date = DateValue()
        var unit: String?, offsetDays: Int?
        switch index.store.storedFields(of: result) {
        case .date(let found)?:
            // The date extractor's own fields: no dictionary to make and search.
            date = DateValue(value: found.value, year: found.year, month: found.month, day: found.day, relative: found.relative)
            (unit, offsetDays) = (found.unit, found.offsetDays)
        case let stored?:
            for (key, field) in stored.dictionary {
                switch key {
                case "value": date.value = field.stringValue
                case "year": date.year = field.integerValue
                case "month": date.month = field.integerValue
                case "day": date.day = field.integerValue
                case "relative": date.relative = field.stringValue
                case "unit": unit = field.stringValue
                case "offsetDays": offsetDays = field.integerValue
                default: break
                }
            }
        case nil:
            break
        }
        if let value = fixed(result.rule, "value") { date.value = value }   // `set:` wins, as for every kind
        if let referenceDate {
            RelativeDateResolver(reference: referenceDate).resolve(&date, unit: unit, offsetDays: offsetDays)
        }
        return date
    }

    private func official<Sink: ResultSink>(_ result: RawResult, into sink: inout Sink, at place: ResultPlace) {
        let names = engine.captureNames
        let title = fixed(result.rule, "title") ?? fields.firstValue(result, nameIndex: names.title) ?? fields.id(of: result) ?? "official"
        sink.official(title: title, name: fixed(result.rule, "name") ?? fields.firstValue(result, nameIndex: names.name),
                      party: fixed(result.rule, "party") ?? fields.firstValue(result, nameIndex: names.party), at: place)
    }

    private func match<Sink: ResultSink>(_ result: RawResult, into sink: inout Sink, at place: ResultPlace) {
        let rule = engine.rules[Int(result.rule)]
        var values: [String: FieldValue] = [:]
        for capture in index.store.captures(of: result) {
            values[engine.strings[capture.name]] = .string(fields.value(of: capture))
        }
        for (key, value) in index.store.fields(of: result) { values[key] = value }
        for (key, value) in rule.fixed { values[key] = .string(value) }   // `set:` wins, as for every kind
        sink.match(kind: rule.kind, id: fields.id(of: result), fields: values, at: place)
    }
}
