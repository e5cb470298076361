/// Collects a document's results as the typed ``Analysis``.
struct AnalysisSink: ResultSink {
    let builder: ResultBuilder
    private let provenances: [Provenance]
    var analysis = Analysis()

    init(builder: ResultBuilder) {
        self.builder = builder
        provenances = builder.engine.provenances
        // Room for each kind's results at once (at most one per raw result of its kind): grown
        // by appending from empty, the lists were copied several times a document.
        var counts = [Int](repeating: 0, count: CompiledEngine.KindClass.allCases.count)
        let idSources = builder.engine.idSources
        for result in builder.index.results { counts[Int(idSources[Int(result.rule)].kind.rawValue)] += 1 }
        func count(_ kind: CompiledEngine.KindClass) -> Int { counts[Int(kind.rawValue)] }
        analysis.parties.reserveCapacity(count(.party))
        analysis.forums.reserveCapacity(count(.forum))
        analysis.cooperations.reserveCapacity(count(.cooperation))
        analysis.amounts.reserveCapacity(count(.amount))
        analysis.dates.reserveCapacity(count(.date))
        analysis.agreements.reserveCapacity(count(.agreement))
        analysis.officials.reserveCapacity(count(.official))
        analysis.matches.reserveCapacity(count(.custom))
    }

    mutating func party(id: InternedText, at place: ResultPlace) {
        analysis.parties.append(Party(id: id.text(in: builder.engine.strings), span: builder.span(place),
                                      provenance: provenances[Int(place.rule)]))
    }

    mutating func forum(id: InternedText, edition: Int?, at place: ResultPlace) {
        analysis.forums.append(Forum(id: id.text(in: builder.engine.strings), edition: edition, span: builder.span(place),
                                     provenance: provenances[Int(place.rule)]))
    }

    mutating func cooperation(area: InternedText, at place: ResultPlace) {
        analysis.cooperations.append(Cooperation(area: CooperationArea(rawValue: area.text(in: builder.engine.strings)),
                                                 span: builder.span(place), provenance: provenances[Int(place.rule)]))
    }

    mutating func amount(_ amount: AmountValue, at place: ResultPlace) {
        analysis.amounts.append(Amount(value: amount.value, currency: amount.currency, approximate: amount.approximate,
                                       upper: amount.upper, span: builder.span(place), provenance: provenances[Int(place.rule)]))
    }

    mutating func date(_ date: DateValue, at place: ResultPlace) {
        analysis.dates.append(DateMention(value: date.value, year: date.year, month: date.month, day: date.day, relative: date.relative,
                                          span: builder.span(place), provenance: provenances[Int(place.rule)]))
    }

    mutating func official(title: String, name: String?, party: String?, at place: ResultPlace) {
        analysis.officials.append(Official(title: title, name: name, party: party, span: builder.span(place),
                                           provenance: provenances[Int(place.rule)]))
    }

    mutating func match(kind: String, id: String?, fields: [String: FieldValue], at place: ResultPlace) {
        analysis.matches.append(Match(kind: kind, id: id, fields: fields, span: builder.span(place), provenance: provenances[Int(place.rule)]))
    }

    mutating func agreement(_ agreement: AgreementFields, ids: MentionIDs, at place: ResultPlace) {
        let span = builder.span(place)
        let trigger = agreement.trigger == place.tokens
            ? span.text : String(builder.index.document.substring(tokens: agreement.trigger))
        analysis.agreements.append(Agreement(
            kind: Agreement.Kind(rawValue: agreement.kind), trigger: trigger, status: agreement.status,
            parties: agreement.parties.map(ids.text(of:)), areas: agreement.areas.map { CooperationArea(rawValue: ids.text(of: $0)) },
            forums: agreement.forums.map(ids.text(of:)),
            amounts: agreement.amounts.map { analysis.amounts[$0] }, dates: agreement.dates.map { analysis.dates[$0] },
            span: span, provenance: provenances[Int(place.rule)]))
    }
}
