/// The checks on a pack's phrases: phrases that can never match (`ACC704`), one phrase mapped
/// to two ids (`ACC705`) and names that are also common lower-case words (`ACC706`).
struct PhraseCheck {
    let pack: PackDefinition
    let scope: LintScope

    /// A phrase with where it came from and how it is compared.
    private struct Phrase {
        var located: Located<String>
        var tokens: LintPhrase
        var form: NormalizationForm
        /// The entry id, or `nil` for an exclusion or a cue.
        var id: String?
        /// What the phrase is, for messages: "phrase 'Pháp' of entry 'FR' in lexicon 'countries'".
        var description: String
    }

    func check() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for lexicon in pack.lexicons {
            let entries = lexicon.entries.flatMap { entry in
                entry.phrases.map { phrase in
                    Phrase(located: phrase, tokens: scope.phrase(phrase.value), form: entry.options.form, id: entry.id,
                           description: "phrase '\(phrase.value)' of entry '\(entry.id)' in lexicon '\(lexicon.name)'")
                }
            }
            let exclusions = lexicon.exclusions.map { phrase in
                Phrase(located: phrase, tokens: scope.phrase(phrase.value), form: lexicon.options.form, id: nil,
                       description: "exclusion '\(phrase.value)' of lexicon '\(lexicon.name)'")
            }
            diagnostics += unmatchable(entries + exclusions)
            diagnostics += excluded(entries, by: exclusions, what: "lexicon '\(lexicon.name)'")
            diagnostics += conflicts(entries, lexicon: lexicon.name)
            diagnostics += commonWords(entries)
        }
        let form = pack.options.form
        var cues: [Phrase] = []
        for (name, phrases) in [("negation", pack.cues.negation), ("planned", pack.cues.planned), ("collective", pack.cues.collective)] {
            for phrase in phrases {
                cues.append(Phrase(located: phrase, tokens: scope.phrase(phrase.value), form: form, id: name,
                                   description: "cue '\(phrase.value)' in cues.\(name)"))
            }
        }
        let cueExclusions = pack.cues.exclusions.map {
            Phrase(located: $0, tokens: scope.phrase($0.value), form: form, id: nil, description: "cue exclusion '\($0.value)'")
        }
        diagnostics += unmatchable(cues + cueExclusions)
        diagnostics += excluded(cues, by: cueExclusions, what: "cues.exclude")
        return diagnostics
    }

    // MARK: ACC704

    /// Phrases that no sentence of any text can hold as the same tokens.
    private func unmatchable(_ phrases: [Phrase]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for phrase in phrases where phrase.tokens.count > 0 {
            if phrase.tokens.crossesSentenceEnd {
                let document = phrase.tokens.document
                let stop = document.sentences.first.map { document.substring(tokens: $0.upperBound - 1..<$0.upperBound) } ?? ""
                diagnostics.append(PackLinter.warning(
                    .unmatchablePhrase,
                    "\(phrase.description) can never match: a sentence ends inside it, after '\(stop)', and matches never cross a sentence end",
                    hint: "write the phrase without the sentence end, split it in two, or, if the word before a '.' is an abbreviation, add it to `options.abbreviations`",
                    at: phrase.located))
            } else if phrase.tokens.startsWithDetachedClitic {
                diagnostics.append(PackLinter.warning(
                    .unmatchablePhrase,
                    "\(phrase.description) can never match after a word: it starts with an apostrophe, which the tokenizer joins to the letters after it in text (`India's` is `India` `'s`)",
                    hint: "write the phrase together with the word it follows (`India's`), or use a pattern literal such as `\"'s\"`, which is tokenised as the clitic",
                    at: phrase.located))
            }
        }
        return diagnostics
    }

    /// Phrases every match of which overlaps an exclusion of the same lexicon, which removes it.
    ///
    /// An exclusion compared more strictly than the phrase (exact against case-insensitive) does
    /// not cover every spelling the phrase matches, so only exclusions compared at least as
    /// loosely as the phrase count.
    private func excluded(_ phrases: [Phrase], by exclusions: [Phrase], what: String) -> [Diagnostic] {
        guard !exclusions.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for phrase in phrases where phrase.tokens.count > 0 {
            for exclusion in exclusions where exclusion.tokens.count > 0 && exclusion.form.rawValue >= phrase.form.rawValue {
                let needle = exclusion.tokens.keys(exclusion.form)
                let haystack = phrase.tokens.keys(exclusion.form)
                guard Self.contains(haystack, needle) else { continue }
                diagnostics.append(PackLinter.warning(
                    .unmatchablePhrase,
                    "\(phrase.description) can never match: it contains '\(exclusion.located.value)' of \(what) (line \(exclusion.located.location.line)), which removes every match it overlaps",
                    hint: "remove the phrase, or remove or lengthen the exclusion '\(exclusion.located.value)' so that it no longer covers the phrase",
                    at: phrase.located))
                break
            }
        }
        return diagnostics
    }

    /// Whether `needle` occurs in `haystack` as consecutive elements.
    static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
            return true
        }
        return false
    }

    // MARK: ACC705

    /// Phrases of different entries of one lexicon that some text matches as both.
    ///
    /// Two phrases collide when they are equal in the looser of their two forms: text spelt like
    /// the stricter one then matches both (`Mỹ` case-sensitive and `mỹ` case-insensitive).
    private func conflicts(_ phrases: [Phrase], lexicon: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var buckets: [String: [Int]] = [:]
        for (index, phrase) in phrases.enumerated() where phrase.tokens.count > 0 {
            let key = phrase.tokens.keys(.loose).joined(separator: " ")
            if let earlier = buckets[key]?.first(where: { other in
                let first = phrases[other]
                guard first.id != phrase.id else { return false }
                let form = NormalizationForm(rawValue: max(first.form.rawValue, phrase.form.rawValue)) ?? .loose
                return first.tokens.keys(form) == phrase.tokens.keys(form)
            }) {
                let first = phrases[earlier]
                diagnostics.append(PackLinter.warning(
                    .conflictingAlias,
                    "phrase '\(phrase.located.value)' maps to '\(phrase.id ?? "")' and, as '\(first.located.value)' (line \(first.located.location.line)), to '\(first.id ?? "")' in lexicon '\(lexicon)'; a match gives either id",
                    hint: "remove one of the two phrases, or give them the same id; if both spellings are meant, make them differ under the lexicon's `case`/`diacritics` settings",
                    at: phrase.located))
            }
            buckets[key, default: []].append(index)
        }
        return diagnostics
    }

    // MARK: ACC706

    /// Names written with a capital that match, case-insensitively, a very common lower-case word.
    ///
    /// Exclusions do not silence this: they list some compounds (`giải pháp`), but a common
    /// word occurs in far more (`biện pháp`, `pháp luật`, `phương pháp`, `hợp pháp`), and a
    /// case-sensitive phrase rules them all out at once.
    private func commonWords(_ phrases: [Phrase]) -> [Diagnostic] {
        var wordsByForm: [NormalizationForm: Set<String>] = [:]
        var diagnostics: [Diagnostic] = []
        for phrase in phrases where phrase.form != .exact && phrase.tokens.count == 1 && phrase.tokens.hasUppercase {
            if wordsByForm[phrase.form] == nil { wordsByForm[phrase.form] = CommonWordList.words(for: pack.language, form: phrase.form) }
            let key = phrase.tokens.keys(phrase.form)[0]
            guard wordsByForm[phrase.form]?.contains(key) == true else { continue }
            diagnostics.append(PackLinter.warning(
                .commonWordAlias,
                "\(phrase.description) is matched case-insensitively, so it also matches the common word '\(key)'",
                hint: "add `case: sensitive` to this entry (`{phrases: […], case: sensitive}`) or to the lexicon, so only the capitalised spelling matches",
                at: phrase.located))
        }
        return diagnostics
    }
}
