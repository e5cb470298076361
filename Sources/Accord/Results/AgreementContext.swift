/// Decides agreements: their kind, status, parties (resolving `hai bên`), areas, forums, amounts and dates.
///
/// Remembers the agreements decided so far, because `hai bên` ("both sides")
/// refers to the parties of the most recent agreement. A class, because its filters' closures
/// capture it: a struct this size was copied, forty references retained, at every one.
final class AgreementContext {
    let engine: CompiledEngine
    let index: DocumentIndex
    let fields: ResultFields
    /// The numbers of the ids the mentions and agreements list; agreements give the ids they
    /// capture numbers here too.
    let ids: MentionIDs
    private var lastPair: [Int32]?
    /// Trigger starts of all agreement results, ordered by sentence then start, to end one
    /// agreement's clause at the next (a document has a handful: searched, not hashed).
    private let triggerStarts: [(sentence: Int32, start: Int32)]
    /// The mentions an agreement can attach, by sentence, so each agreement looks only at its
    /// own sentence (linear in the document).
    private let parties: SentenceTable
    private let cooperations: SentenceTable
    private let forums: SentenceTable
    private let amounts: SentenceTable
    private let dates: SentenceTable
    /// Party mentions counted so far, in text order, for "the two most mentioned parties".
    private var mentionCounts: [Int32: (count: Int, first: Int)] = [:]
    private var mentionsCounted = 0
    /// The capture names agreements read, as string-table indices.
    private let names: CompiledEngine.CaptureNames

    init(engine: CompiledEngine, index: DocumentIndex, fields: ResultFields, mentions: AgreementMentions, ids: MentionIDs,
         agreements: [RawResult]) {
        self.engine = engine
        self.index = index
        self.fields = fields
        self.ids = ids
        names = engine.captureNames
        triggerStarts = agreements.map { result in
            (result.sentence, fields.firstCapture(result, nameIndex: engine.captureNames.trigger)?.start ?? result.start)
        }.sorted { ($0.sentence, $0.start) < ($1.sentence, $1.start) }
        parties = SentenceTable(mentions.parties)
        cooperations = SentenceTable(mentions.cooperations)
        forums = SentenceTable(mentions.forums)
        amounts = SentenceTable(mentions.amounts)
        dates = SentenceTable(mentions.dates)
    }

    func remember(_ agreement: AgreementFields) {
        if agreement.parties.count >= 2 { lastPair = agreement.parties }
    }

    func agreement(for result: RawResult) -> AgreementFields {
        let settings = engine.agreementSettings[Int(result.rule)]
        let trigger = fields.firstCapture(result, nameIndex: names.trigger)
        let triggerStart = trigger?.start ?? result.start
        let triggerTokens = trigger.map { Int($0.start)..<Int($0.end) } ?? Int(result.start)..<Int(result.end)
        let kind = settings.kind ?? trigger.flatMap(triggerKind) ?? "other"
        let sentence = index.document.sentences[Int(result.sentence)]
        let sentenceNumber = Int(result.sentence)
        let partyIDs = parties(result, triggerStart: Int(triggerStart), sentence: sentence, scope: settings.parties)

        return AgreementFields(
            kind: kind,
            status: status(before: Int(triggerStart), sentence: sentence),
            trigger: triggerTokens,
            parties: partyIDs,
            areas: pickedValues(cooperations, sentenceNumber, result, names.areas, triggerStart, settings.areas,
                                clauseEnd: nextTrigger(after: triggerStart, in: result.sentence)),
            forums: pickedValues(forums, sentenceNumber, result, names.forums, triggerStart, settings.forums),
            amounts: pickedNumbers(amounts, sentenceNumber, result, names.amounts, triggerStart, settings.amounts),
            dates: pickedNumbers(dates, sentenceNumber, result, names.dates, triggerStart, settings.dates))
    }

    /// The trigger lexicon entry's id, when it names an agreement kind.
    private func triggerKind(_ capture: Capture) -> String? {
        guard capture.item.source == .hit else { return nil }
        return fields.value(of: capture)
    }

    // MARK: Status

    private func status(before trigger: Int, sentence: Range<Int>) -> Agreement.Status {
        let window = engine.cues.window
        let from = max(sentence.lowerBound, trigger - window)
        if cue(engine.cues.negation, in: from..<trigger) { return .negated }
        if cue(engine.cues.planned, in: from..<trigger) { return .planned }
        return .asserted
    }

    private func cue(_ lexicon: Int32?, in tokens: Range<Int>) -> Bool {
        guard let lexicon, !tokens.isEmpty else { return false }
        for token in tokens {
            for hitIndex in index.hitRange(at: token) {
                let hit = index.hits[hitIndex]
                if Int(hit.end) <= tokens.upperBound, engine.automaton.entries[Int(hit.entry)].lexicon == lexicon { return true }
            }
        }
        return false
    }

    // MARK: Parties

    private func parties(_ result: RawResult, triggerStart: Int, sentence: Range<Int>, scope: RuleDefinition.Scope) -> [Int32] {
        // Lists built in place, each id kept once in first-seen order: the filtered, mapped and
        // concatenated arrays this took were half the cost of deciding an agreement.
        var captured = OnceList()
        if result.captureCount > 0 {
            let captures = index.store.captures(of: result)
            for capture in captures where capture.name == names.parties { captured.append(ids.number(of: fields.interned(capture))) }
            for capture in captures where capture.name == names.party { captured.append(ids.number(of: fields.interned(capture))) }
        }
        let sentenceStart = sentence.lowerBound
        let collective = cue(engine.cues.collective, in: sentenceStart..<triggerStart)
        if !captured.values.isEmpty, !collective, scope == .context { return captured.values }
        let all = parties.items
        let inSentence = parties[Int(result.sentence)]
        switch scope {
        case .captured:
            return captured.values
        case .before, .after, .sentence:
            for item in inSentence {
                let before = all[item].start < triggerStart
                if scope == .sentence || (scope == .before) == before { captured.append(all[item].value) }
            }
            return captured.values
        case .context:
            var list = OnceList()
            for item in inSentence where all[item].start < triggerStart { list.append(all[item].value) }
            let named = list.values
            // The sentence before, read only where it decides.
            func previous() -> [Int32] {
                var previous = OnceList()
                for item in parties[Int(result.sentence) - 1] { previous.append(all[item].value) }
                return previous.values
            }
            if collective {
                // "Tiếp Chủ tịch Hạ viện Nhật Bản, Thủ tướng Việt Nam …; hai bên nhất trí": the two
                // named in the sentence; else "both sides" of the last agreement; else the sentence before.
                if named.count >= 2 { return named }
                if let lastPair { return lastPair }
                let previous = previous()
                if previous.count >= 2 { return previous }
                return mostMentioned(before: sentenceStart)
            }
            if !named.isEmpty { return named }
            // No subject at all ("Đồng thời cam kết …", "We agreed …"): the sentence before is the
            // subject's most likely place, then the last agreement.
            let previous = previous()
            if previous.count >= 2 { return previous }
            if let lastPair { return lastPair }
            return mostMentioned(before: sentenceStart)
        }
    }

    /// The two parties mentioned most before a token (the earlier first mention wins a tie).
    /// Counts grow as agreements are built in text order, so the whole document is counted once.
    private func mostMentioned(before token: Int) -> [Int32] {
        let all = parties.items
        while mentionsCounted < all.count, all[mentionsCounted].start < token {
            let party = all[mentionsCounted]
            // The first mention's token orders ties as its text offset would: both grow along the text.
            let entry = mentionCounts[party.value] ?? (0, party.start)
            mentionCounts[party.value] = (entry.count + 1, entry.first)
            mentionsCounted += 1
        }
        return mentionCounts.sorted { ($0.value.count, -$0.value.first) > ($1.value.count, -$1.value.first) }
            .prefix(2).map(\.key)
    }

    // MARK: Attachments

    /// Where the next agreement's trigger starts in the same sentence: `after` scopes end there,
    /// so "nhất trí … về năng lượng, đồng thời cam kết … về y tế" gives each its own areas.
    private func nextTrigger(after trigger: Int32, in sentence: Int32) -> Int? {
        triggerStarts.first { $0.sentence == sentence && $0.start > trigger }.map { Int($0.start) }
    }

    /// Calls `body` with the results of a field, in text order: captured ones, plus those in the
    /// scope's part of the sentence.
    private func pick(_ table: SentenceTable, _ sentence: Int, _ result: RawResult, _ captureName: Int32,
                      _ triggerStart: Int32, _ scope: RuleDefinition.Scope, clauseEnd: Int? = nil,
                      _ body: (AgreementMentions.Mention) -> Void) {
        let captured = fields.captures(result, nameIndex: captureName)
        for index in table[sentence] {
            let start = table.items[index].start
            let chosen: Bool
            if captured.contains(where: { Int($0.start) <= start && start < Int($0.end) }) {
                chosen = true
            } else {
                switch scope {
                case .captured: chosen = false
                case .before: chosen = start < Int(triggerStart)
                case .after: chosen = start >= Int(triggerStart) && start < (clauseEnd ?? Int.max)
                case .sentence, .context: chosen = true
                }
            }
            if chosen { body(table.items[index]) }
        }
    }

    /// The ids (areas, forums) of the mentions ``pick`` chooses, each once: gathered as they are
    /// chosen, not into a list of mentions, a list of their ids and a list without repeats.
    private func pickedValues(_ table: SentenceTable, _ sentence: Int, _ result: RawResult, _ captureName: Int32,
                              _ triggerStart: Int32, _ scope: RuleDefinition.Scope, clauseEnd: Int? = nil) -> [Int32] {
        var values = OnceList()
        pick(table, sentence, result, captureName, triggerStart, scope, clauseEnd: clauseEnd) { values.append($0.value) }
        return values.values
    }

    /// The numbers (amounts, dates) of the mentions ``pick`` chooses.
    private func pickedNumbers(_ table: SentenceTable, _ sentence: Int, _ result: RawResult, _ captureName: Int32,
                               _ triggerStart: Int32, _ scope: RuleDefinition.Scope) -> [Int] {
        var numbers: [Int] = []
        pick(table, sentence, result, captureName, triggerStart, scope) { numbers.append($0.number) }
        return numbers
    }
}

/// Mentions of one kind by sentence: `table[sentence]` is the range of ``items`` in that
/// sentence (empty outside the document).
///
/// Mentions come in text order, so each sentence's are already together: the table finds them
/// by binary search instead of sorting them into buckets for every document.
struct SentenceTable {
    typealias Item = AgreementMentions.Mention
    let items: [Item]

    init(_ items: [Item]) {
        assert(zip(items, items.dropFirst()).allSatisfy { $0.sentence <= $1.sentence }, "mentions come in text order")
        self.items = items
    }

    subscript(sentence: Int) -> Range<Int> {
        guard let sentence = Int32(exactly: sentence) else { return 0..<0 }
        // The end found by walking on from the start: a sentence holds a few mentions, where a
        // second binary search cost more.
        let first = firstIndex(from: sentence)
        var end = first
        while end < items.count, items[end].sentence == sentence { end += 1 }
        return first..<end
    }

    /// The index of the first item in `sentence` or later.
    private func firstIndex(from sentence: Int32) -> Int {
        items.partitioningIndex { $0.sentence < sentence }
    }
}
