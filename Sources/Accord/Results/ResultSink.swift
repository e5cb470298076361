/// Where ``ResultBuilder`` puts each result it decides on.
///
/// The builder makes every decision (which results appear, their ids, fields and agreements);
/// a sink only records them: ``AnalysisSink`` as the typed ``Analysis``, ``JSONResultSink`` as
/// the JSON line the CLI prints, without building typed values first. Calls come in text order
/// per kind, agreements last.
protocol ResultSink {
    /// A party; its id with its string-table index when the builder knows it without hashing.
    mutating func party(id: InternedText, at place: ResultPlace)
    mutating func forum(id: InternedText, edition: Int?, at place: ResultPlace)
    mutating func cooperation(area: InternedText, at place: ResultPlace)
    /// An amount; the sink's amounts are numbered from 0 in call order, for ``AgreementFields/amounts``.
    mutating func amount(_ amount: AmountValue, at place: ResultPlace)
    /// A date; numbered like amounts, for ``AgreementFields/dates``.
    mutating func date(_ date: DateValue, at place: ResultPlace)
    mutating func official(title: String, name: String?, party: String?, at place: ResultPlace)
    mutating func match(kind: String, id: String?, fields: [String: FieldValue], at place: ResultPlace)
    /// An agreement; `ids` gives the ids its lists number.
    mutating func agreement(_ agreement: AgreementFields, ids: MentionIDs, at place: ResultPlace)
}

/// Where a result is and which rule found it.
struct ResultPlace {
    /// The result's tokens.
    var tokens: Range<Int>
    /// The sentence it starts in.
    var sentence: Int
    /// The rule, an index into the compiled engine's rules and provenances.
    var rule: Int32

    /// Where a raw result is.
    init(_ result: RawResult) {
        tokens = Int(result.start)..<Int(result.end)
        sentence = Int(result.sentence)
        rule = result.rule
    }
}

/// An agreement's fields besides its span and provenance, as ``AgreementContext`` decides them.
struct AgreementFields {
    var kind: String
    var status: Agreement.Status
    /// The trigger's tokens (the whole match when the rule captures no trigger).
    var trigger: Range<Int>
    /// Numbers of ids (``MentionIDs``), each once, in the order decided.
    var parties: [Int32]
    var areas: [Int32]
    var forums: [Int32]
    /// Numbers of amounts already given to the sink.
    var amounts: [Int]
    /// Numbers of dates already given to the sink.
    var dates: [Int]
}
