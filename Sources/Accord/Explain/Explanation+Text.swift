extension Explanation {
    /// The explanation as `accord explain` prints it: sections a reader scans top to bottom.
    ///
    /// - Parameter onlyRule: Print only the matches of ``rule`` (and its why-not), not every rule's.
    package func report(onlyRule: Bool = false) -> String {
        var out = notes.map { "note: \($0)\n" }.joined()
        out += "language \(language) · \(sentences.count) sentence\(sentences.count == 1 ? "" : "s") · \(tokens.count) tokens\n"
        out += "\nsentences and tokens (index:token)\n"
        for (number, sentence) in sentences.enumerated() {
            out += "  [\(number + 1)] " + sentence.tokens.map { "\($0):\(tokens[$0].text)" }.joined(separator: " ") + "\n"
        }
        let normalised = tokens.indices.filter { tokens[$0].exact != nil }
        out += "\nnormalisation (NFC, canonical tone placement; case folding for case-insensitive packs)\n"
        if normalised.isEmpty {
            out += "  every token is already in NFC with canonical tone placement\n"
        } else {
            for position in normalised {
                out += "  \(position): \"\(tokens[position].text)\" → \"\(tokens[position].exact ?? "")\"\n"
            }
        }
        out += "\nlexicon hits\n"
        if hits.isEmpty { out += "  none\n" }
        for hit in hits {
            out += "  \(Self.tokens(hit.tokens)) \"\(hit.text)\"  \(hit.pack)/\(hit.lexicon) → \(hit.entryID)\n"
        }
        let shown = onlyRule ? matches.filter { $0.provenance == rule } : matches
        out += onlyRule ? "\nmatches of \(rule.map { "\($0.pack)/\($0.rule)" } ?? "")\n" : "\nrule matches (text order)\n"
        if shown.isEmpty { out += "  none\n" }
        for match in shown {
            let mark = match.outcome == .accepted ? "kept   " : "dropped"
            out += "  \(mark) \(match.provenance.pack)/\(match.provenance.rule)@\(match.provenance.packVersion) [\(match.kind)] "
                + "\(Self.tokens(match.tokens)) \"\(match.text)\" (sentence \(match.sentence + 1))\n"
            if match.outcome != .accepted { out += "          \(ExplanationBuilder.describe(match.outcome))\n" }
            for element in match.elements { out += "          " + Self.line(element) + "\n" }
        }
        if let whyNot {
            out += "\nwhy not \(whyNot.rule.pack)/\(whyNot.rule.rule)\n  \(whyNot.reason)\n"
            for element in whyNot.matched { out += "  matched " + Self.line(element) + "\n" }
            if let failed = whyNot.failedElement {
                out += "  failed  \(failed)"
                if let location = whyNot.failedElementLocation { out += "  (\(Self.display(location)))" }
                if whyNot.matched.isEmpty {
                    out += " nowhere in the text"
                } else {
                    out += whyNot.failedAt.map { " at token \($0) \"\(tokens[$0].text)\"" } ?? " at the end of the sentence"
                }
                out += "\n"
            }
        } else if let rule {
            out += "\n\(rule.pack)/\(rule.rule) fired: see its kept matches above\n"
        }
        return out
    }

    /// A pack location as a reader finds it: the shipped packs live in the build's resource
    /// bundle, which mirrors the repository's `Rules/`.
    private static func display(_ location: SourceLocation) -> String {
        guard let bundle = location.file.range(of: "AccordRules.resources/") else { return location.description }
        return "Rules/\(location.file[bundle.upperBound...]):\(location.line):\(location.column)"
    }

    private static func tokens(_ range: Range<Int>) -> String {
        range.count == 1 ? "token \(range.lowerBound)" : "tokens \(range.lowerBound)–\(range.upperBound - 1)"
    }

    private static func line(_ element: ElementMatch) -> String {
        let consumed = element.tokens.isEmpty ? "skipped" : "\(tokens(element.tokens)) \"\(element.text)\""
        return "\(element.source)  →  \(consumed)"
    }
}
