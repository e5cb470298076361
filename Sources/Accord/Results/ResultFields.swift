/// Reads the fields of a raw result: its id and captured values.
struct ResultFields {
    let engine: CompiledEngine
    let index: DocumentIndex

    /// The value of a capture: a lexicon entry's id, a result's id, a regex token's first group,
    /// or the captured text.
    func value(of capture: Capture) -> String { interned(capture).text(in: engine.strings) }

    /// ``value(of:)`` with its string-table index when known without hashing: a lexicon entry's
    /// id and a result's id are table strings already; other text is looked up when needed.
    func interned(_ capture: Capture) -> InternedText {
        switch capture.item.source {
        case .token where capture.item.regex >= 0:
            let token = Int(capture.item.index)
            let regex = engine.regexes[Int(capture.item.regex)]
            let spelling = index.document.normalized(token, form: .exact)
            // The token matched the regex to be captured: without a group the match is the token,
            // known without running the regex again (a tenth of writing an official).
            guard regex.hasGroup else { return InternedText(text: spelling) }
            if let group = regex.match(spelling) { return InternedText(text: group) }
        case .hit:
            let hit = index.hits[Int(capture.item.index)]
            let id = engine.automaton.entries[Int(hit.entry)].id
            return InternedText(tableIndex: id)
        case .result:
            let result = Int(capture.item.index)
            if let id = index.resultID(result, strings: engine.strings) { return id }
        case .token, .none:
            break
        }
        return InternedText(text: index.document.string(tokens: Int(capture.start)..<Int(capture.end)))
    }

    /// The captures whose name has this string-table index (-1: none); the engine looks names
    /// up once (``CompiledEngine/CaptureNames``) rather than per result.
    func captures(_ result: RawResult, nameIndex: Int32) -> [Capture] {
        guard nameIndex >= 0, result.captureCount > 0 else { return [] }
        return index.store.captures(of: result).filter { $0.name == nameIndex }
    }

    /// A result's canonical id: a fixed `id` (`set:` wins over captures), the `id` capture, the extractor's id,
    /// or the first lexicon phrase inside the match.
    func id(of result: RawResult) -> String? { internedID(of: result)?.text(in: engine.strings) }

    /// ``id(of:)`` with its string-table index when known without hashing.
    func internedID(of result: RawResult) -> InternedText? {
        // Asked for every result: the rule's fixed values and the capture names are looked up once,
        // in the compiled engine, instead of hashing "id" and "area" here each time.
        // The fields read one by one: a copy of the whole source retained and released both of its
        // strings for every result, though most rules have neither.
        let rule = Int(result.rule)
        if let id = engine.idSources[rule].fixedID {
            return InternedText(text: id, index: engine.idSources[rule].fixedIDIndex ?? InternedText.absent)
        }
        if let value = firstInterned(result, nameIndex: engine.captureNames.id) { return value }
        if let id = index.store.extractionID(of: result) { return InternedText(text: id) }
        let kind = engine.idSources[rule].kind
        if kind == .cooperation {
            if let area = engine.idSources[rule].fixedArea {
                return InternedText(text: area, index: engine.idSources[rule].fixedAreaIndex ?? InternedText.absent)
            }
            if let area = firstInterned(result, nameIndex: engine.captureNames.area) { return area }
        }
        if kind == .agreement { return nil }
        return firstHitID(in: result)
    }

    /// The first capture whose name has this string-table index (-1: none), without collecting the others.
    func firstCapture(_ result: RawResult, nameIndex: Int32) -> Capture? {
        guard nameIndex >= 0, result.captureCount > 0 else { return nil }
        return index.store.captures(of: result).first { $0.name == nameIndex }
    }

    /// The value of the first capture whose name has this string-table index (-1: none).
    func firstValue(_ result: RawResult, nameIndex: Int32) -> String? {
        firstInterned(result, nameIndex: nameIndex)?.text(in: engine.strings)
    }

    /// ``firstValue(_:nameIndex:)`` with its string-table index when known without hashing.
    func firstInterned(_ result: RawResult, nameIndex: Int32) -> InternedText? {
        firstCapture(result, nameIndex: nameIndex).map(interned)
    }

    /// The id of the first (longest) lexicon phrase starting inside the result.
    ///
    /// Of a token's phrases ending inside the result, the longest; of those, the first in hit
    /// order (by entry), the phrases of lexicons matched on demand among them.
    private func firstHitID(in result: RawResult) -> InternedText? {
        for token in Int(result.start)..<Int(result.end) {
            var best: LexiconHit?
            for hitIndex in index.hitRange(at: token) {
                let hit = index.hits[hitIndex]
                if hit.end <= result.end, best.map({ hit.end > $0.end }) ?? true { best = hit }
            }
            for hit in index.onDemandHits(at: token, automaton: engine.automaton) where hit.end <= result.end {
                if best.map({ hit.end > $0.end || hit.end == $0.end && hit.entry < $0.entry }) ?? true { best = hit }
            }
            if let best {
                return InternedText(tableIndex: engine.automaton.entries[Int(best.entry)].id)
            }
        }
        return nil
    }
}
