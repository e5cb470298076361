/// Turns a traced analysis into an ``Explanation``.
struct ExplanationBuilder {
    let engine: CompiledEngine
    let index: DocumentIndex
    let trace: ExplainTrace
    private var tracer: PatternTracer

    init(engine: CompiledEngine, index: DocumentIndex, trace: ExplainTrace) {
        self.engine = engine
        self.index = index
        self.trace = trace
        tracer = PatternTracer(engine: engine, index: index)
    }

    private var document: TokenizedDocument { index.document }

    mutating func build(language: String, rule: Int32?, analysis: Analysis) -> Explanation {
        let matches = ruleMatches()
        var explanation = Explanation(
            language: language, sentences: sentences(), tokens: tokens(), hits: hits(), matches: matches,
            rule: rule.map { engine.provenances[Int($0)] }, whyNot: nil, analysis: analysis)
        if let rule, !matches.contains(where: { $0.provenance == engine.provenances[Int(rule)] && $0.outcome == .accepted }) {
            explanation.whyNot = whyNot(rule, matches: matches)
        }
        return explanation
    }

    // MARK: The text

    private func text(_ tokens: Range<Int>) -> String { String(document.substring(tokens: tokens)) }

    private func sentences() -> [Explanation.Sentence] {
        document.sentences.map { .init(tokens: $0, text: text($0)) }
    }

    private func tokens() -> [Explanation.TokenInfo] {
        document.tokens.indices.map { position in
            let token = document.tokens[position]
            let spelling = String(document.substring(of: token))
            let exact = document.normalized(position, form: .exact)
            return .init(text: spelling, sentence: Int(document.sentenceOfToken[position]), kind: Self.name(of: token.kind),
                         exact: exact == spelling ? nil : exact)
        }
    }

    private static func name(of kind: TokenKind) -> String {
        switch kind {
        case .word: "word"
        case .number: "number"
        case .punctuation: "punctuation"
        case .symbol: "symbol"
        }
    }

    private func hits() -> [Explanation.Hit] {
        // With the hits of the lexicons matched on demand, which the index does not hold, in
        // the same order: by start, then end, then entry.
        var all = index.hits
        if !engine.automaton.onDemandLexicons.isEmpty {
            for token in index.document.tokens.indices { all += index.onDemandHits(at: token, automaton: engine.automaton) }
            all.sortKeepingOrder { a, b in a.start != b.start ? a.start < b.start : a.end != b.end ? a.end < b.end : a.entry < b.entry }
        }
        return all.map { hit in
            let entry = engine.automaton.entries[Int(hit.entry)]
            let lexicon = engine.lexicons[Int(entry.lexicon)]
            let tokens = Int(hit.start)..<Int(hit.end)
            return .init(tokens: tokens, text: text(tokens), pack: engine.packs[lexicon.pack].id, lexicon: lexicon.name,
                         entryID: engine.strings[entry.id])
        }
    }

    // MARK: Matches

    private func ruleMatches() -> [Explanation.RuleMatch] {
        var matches: [Explanation.RuleMatch] = []
        var seen = Set<[Int32]>()
        func add(rule: Int32, start: Int32, end: Int32, sentence: Int32, outcome: Explanation.Outcome) {
            guard seen.insert([rule, start, end]).inserted else { return }
            let tokens = Int(start)..<Int(end)
            let compiled = engine.rules[Int(rule)]
            matches.append(.init(provenance: engine.provenances[Int(rule)], kind: compiled.kind, tokens: tokens, text: text(tokens),
                                 sentence: Int(sentence), elements: elements(rule: compiled, start: start, end: end, sentence: sentence),
                                 outcome: outcome))
        }
        for result in index.results {
            add(rule: result.rule, start: result.start, end: result.end, sentence: result.sentence, outcome: .accepted)
        }
        for drop in trace.drops {
            let winner = Int(drop.winner.start)..<Int(drop.winner.end)
            add(rule: drop.dropped.rule, start: drop.dropped.start, end: drop.dropped.end, sentence: drop.dropped.sentence,
                outcome: .dropped(winnerRule: name(of: drop.winner.rule), winnerTokens: winner, winnerText: text(winner),
                                  reason: reason(drop)))
        }
        for candidate in trace.candidates {
            switch candidate.outcome {
            case .selected:
                continue   // accepted or dropped above
            case .conditionFailed(let number):
                add(rule: candidate.rule, start: candidate.start, end: candidate.end, sentence: candidate.sentence,
                    outcome: .conditionFailed(condition: condition(number, of: candidate.rule)))
            case .overlapsSameRule(let start, let end):
                add(rule: candidate.rule, start: candidate.start, end: candidate.end, sentence: candidate.sentence,
                    outcome: .overlapsSameRule(tokens: Int(start)..<Int(end)))
            }
        }
        return matches.sorted { ($0.tokens.lowerBound, -$0.tokens.upperBound, $0.provenance.pack, $0.provenance.rule)
            < ($1.tokens.lowerBound, -$1.tokens.upperBound, $1.provenance.pack, $1.provenance.rule) }
    }

    private func name(of rule: Int32) -> String {
        let provenance = engine.provenances[Int(rule)]
        return "\(provenance.pack)/\(provenance.rule)"
    }

    private func reason(_ drop: ExplainTrace.OverlapDrop) -> String {
        let winner = engine.rules[Int(drop.winner.rule)], loser = engine.rules[Int(drop.dropped.rule)]
        switch drop.reason {
        case .priority: return "its priority \(winner.priority) is higher than \(loser.priority)"
        case .length: return "it is longer (\(drop.winner.end - drop.winner.start) tokens against \(drop.dropped.end - drop.dropped.start))"
        case .position: return "it starts earlier (same priority and length)"
        case .order: return "its rule comes first in load order (same priority, length and start)"
        }
    }

    private func condition(_ number: Int, of rule: Int32) -> String {
        let compiled = engine.rules[Int(rule)]
        let definition = engine.packs[compiled.pack].rules.first { $0.id == compiled.id }
        guard let condition = definition?.context.conditions[safe: number] else { return "condition \(number + 1)" }
        let window: String
        switch condition.window ?? compiled.window {
        case nil: window = condition.region == .sentence ? "" : " in the sentence"
        case 0: window = condition.region == .sentence ? "" : " (directly)"
        case let tokens?: window = " within \(tokens) tokens"
        }
        return "\(condition.negated ? "not " : "")\(condition.region.rawValue): \(condition.pattern.value)\(window)"
    }

    private func elements(rule: CompiledEngine.Rule, start: Int32, end: Int32, sentence: Int32) -> [Explanation.ElementMatch] {
        guard !rule.elements.isEmpty,
              let starts = tracer.elementStarts(of: rule, start: start, end: end,
                                                sentenceEnd: Int32(document.sentences[Int(sentence)].upperBound))
        else { return [] }
        return elementMatches(rule, starts: starts, end: end)
    }

    private func elementMatches(_ rule: CompiledEngine.Rule, starts: [Int32], end: Int32) -> [Explanation.ElementMatch] {
        starts.indices.map { number in
            let tokens = Int(starts[number])..<Int(number + 1 < starts.count ? starts[number + 1] : end)
            let element = rule.elements[number]
            return .init(source: element.source, location: element.location, tokens: tokens, text: text(tokens))
        }
    }

    // MARK: Why not

    private func whyNot(_ rule: Int32, matches: [Explanation.RuleMatch]) -> Explanation.WhyNot {
        let provenance = engine.provenances[Int(rule)]
        let compiled = engine.rules[Int(rule)]
        var answer = Explanation.WhyNot(rule: provenance, reason: "", matched: [], failedElement: nil,
                                        failedElementLocation: nil, failedAt: nil)
        let own = matches.filter { $0.provenance == provenance }
        if !own.isEmpty {
            answer.reason = "the pattern matched \(own.count) time\(own.count == 1 ? "" : "s"), but no match became a result: "
                + own.map { "\"\($0.text)\" " + Self.describe($0.outcome) }.joined(separator: "; ")
            answer.matched = own[0].elements
            return answer
        }
        if let extractor = compiled.extractor {
            answer.reason = "the rule runs the extractor '\(extractor.name)', which found nothing in this text"
            return answer
        }
        var best: PatternTracer.Attempt?
        for sentence in document.sentences {
            guard let attempt = tracer.furthestAttempt(of: compiled, in: sentence) else { continue }
            if best.map({ attempt.rank > $0.rank }) ?? true { best = attempt }
        }
        guard let best, !compiled.elements.isEmpty else {
            answer.reason = "the rule's pattern matches nowhere in this text"
            return answer
        }
        if best.isComplete {
            answer.matched = elementMatches(compiled, starts: best.elementStarts, end: best.position)
            answer.reason = "the pattern matches \"\(text(Int(best.start)..<Int(best.position)))\", but the engine did not keep it; this is a bug, please report it"
            return answer
        }
        let failed = best.elementStarts.count - 1
        let element = compiled.elements[failed]
        answer.matched = elementMatches(compiled, starts: Array(best.elementStarts.dropLast()), end: best.position)
        answer.failedElement = element.source
        answer.failedElementLocation = element.location
        let sentenceEnd = document.sentences[Int(document.sentenceOfToken[Int(best.start)])].upperBound
        let at = Int(best.position) < sentenceEnd ? Int(best.position) : nil
        answer.failedAt = failed == 0 ? nil : at
        let place = at.map { "at token \($0) \"\(text($0..<$0 + 1))\"" } ?? "at the end of the sentence"
        if failed == 0 {
            answer.reason = "its first element \(element.source) matches nowhere in this text"
        } else {
            let matchedText = text(Int(best.start)..<Int(best.position))
            answer.reason = "\(failed) of \(compiled.elements.count) elements matched \"\(matchedText)\"; the next, \(element.source), did not match \(place)"
        }
        return answer
    }

    /// A match's outcome in words, as the text report and why-not print it.
    static func describe(_ outcome: Explanation.Outcome) -> String {
        switch outcome {
        case .accepted: "was kept"
        case .conditionFailed(let condition): "failed its context condition (\(condition))"
        case .overlapsSameRule(let tokens): "overlaps the rule's own longer match at tokens \(tokens.lowerBound)–\(tokens.upperBound - 1)"
        case .dropped(let rule, let tokens, let text, let reason):
            "was dropped for \(rule) \"\(text)\" (tokens \(tokens.lowerBound)–\(tokens.upperBound - 1)): \(reason)"
        }
    }
}
