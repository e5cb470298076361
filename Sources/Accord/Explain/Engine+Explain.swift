extension Engine {
    /// Analyses a text and explains it: tokens, normalisation, lexicon hits, every rule match
    /// with what each pattern element consumed, overlap decisions, and for `rule` — when it did
    /// not fire — the first pattern element that failed and where.
    ///
    /// - Parameters:
    ///   - text: The text; at most ``Limits/maxWindowBytes`` long (explanations are for one window).
    ///   - language: The text's language; detected when `nil`.
    ///   - referenceDate: The date relative expressions count from.
    ///   - rule: A rule id (`consensus`) or `pack/rule`, to explain that rule in particular.
    /// - Throws: ``AccordError`` when the rule is unknown or ambiguous, belongs to another
    ///   language's packs, or the text is too long or its language unknown.
    package func explain(_ text: String, language: String? = nil, referenceDate: CalendarDate? = nil,
                         rule: String? = nil) throws(AccordError) -> Explanation {
        guard text.utf8.count <= limits.maxWindowBytes else {
            throw AccordError(.fileTooLarge, "the text is \(text.utf8.count) bytes; explanations cover one window of at most \(limits.maxWindowBytes) bytes",
                              hint: "explain the paragraph you are interested in")
        }
        guard let chosen = resolveLanguage(language, for: text) else {
            throw AccordError(.invalidInput, "the text's language could not be detected",
                              hint: "pass the language (--language vi or --language en)")
        }
        guard let compiled = compiledByLanguage[chosen] else {
            throw AccordError(.invalidInput, "no pack is written for language '\(chosen)'",
                              hint: "languages with packs: " + languages.joined(separator: ", "))
        }
        var notes: [String] = []
        var wanted = rule
        if let name = rule, let (pack, retired) = retiredRule(name, in: compiled) {
            // Stable ids: a retired id still names something, the rule that replaced it.
            notes.append("rule '\(pack)/\(retired.id)' is deprecated by '\(retired.replacement.value)': explaining '\(pack)/\(retired.replacement.value)'")
            wanted = "\(pack)/\(retired.replacement.value)"
        }
        let ruleIndex = try wanted.map { name throws(AccordError) in try findRule(name, in: compiled, language: chosen) }
        let trace = ExplainTrace()
        var analyzer = DocumentAnalyzer(engine: compiled, referenceDate: referenceDate, workspace: AnalysisWorkspace(engine: compiled))
        analyzer.trace = trace
        var analysis = analyzer.analyze(text)
        analysis.language = chosen
        guard let index = trace.index else {
            throw AccordError(.internalInvariant, "the analysis recorded no document index", hint: "please report this")
        }
        var builder = ExplanationBuilder(engine: compiled, index: index, trace: trace)
        var explanation = builder.build(language: chosen, rule: ruleIndex, analysis: analysis)
        explanation.notes = notes
        return explanation
    }

    /// The retired rule (`deprecated_by:`) a name refers to, with its pack id, if it is one.
    private func retiredRule(_ name: String, in compiled: CompiledEngine) -> (String, RuleDeprecation)? {
        for pack in compiled.packs {
            for retired in pack.deprecations where retired.id == name || "\(pack.id)/\(retired.id)" == name {
                return (pack.id, retired)
            }
        }
        return nil
    }

    /// The index of a rule named `rule` or `pack/rule` in a compiled engine.
    private func findRule(_ name: String, in compiled: CompiledEngine, language: String) throws(AccordError) -> Int32 {
        func matches(_ rule: CompiledEngine.Rule, in engine: CompiledEngine) -> Bool {
            rule.id == name || "\(engine.packs[rule.pack].id)/\(rule.id)" == name
        }
        let found = compiled.rules.indices.filter { matches(compiled.rules[$0], in: compiled) }
        if found.count == 1 { return Int32(found[0]) }
        if found.count > 1 {
            let names = found.map { "\(compiled.packs[compiled.rules[$0].pack].id)/\(name)" }
            throw AccordError(.ambiguousReference, "rule '\(name)' is defined in several packs",
                              hint: "name one: " + names.joined(separator: ", "))
        }
        for (other, engine) in compiledByLanguage.sorted(by: { $0.key < $1.key }) where other != language {
            if engine.rules.contains(where: { matches($0, in: engine) }) {
                throw AccordError(.unknownReference, "rule '\(name)' belongs to the '\(other)' packs, but the text was analysed as '\(language)'",
                                  hint: "pass --language \(other), or explain a '\(language)' rule")
            }
        }
        let all = compiled.rules.map(\.id)
        throw AccordError(.unknownReference, "no '\(language)' pack has a rule '\(name)'",
                          hint: SuggestionFinder.hint(for: name, in: all, fallback: "`accord lint` lists the packs; rule ids are in their `rules:`"))
    }
}
