/// Everything `accord explain` shows about one text: its tokens and sentences as the engine
/// saw them, the lexicon hits, every match of every rule with what each pattern element
/// consumed, the overlap decisions, and — for a rule that did not fire — why not.
package struct Explanation: Sendable, Hashable {
    /// A token, and its normalised form where that differs from its text.
    package struct TokenInfo: Sendable, Hashable {
        package var text: String
        package var sentence: Int
        /// `word`, `number`, `punctuation` or `symbol`.
        package var kind: String
        /// NFC with canonical tone placement, case kept (`Hoà` → `Hòa`), when it differs from the
        /// text. Case- and diacritic-insensitive packs compare this lower-cased or stripped; the
        /// report says so once rather than per token.
        package var exact: String?
    }

    /// A sentence as the splitter cut it.
    package struct Sentence: Sendable, Hashable {
        package var tokens: Range<Int>
        package var text: String
    }

    /// A phrase of a lexicon found in the text.
    package struct Hit: Sendable, Hashable {
        package var tokens: Range<Int>
        package var text: String
        package var pack: String
        package var lexicon: String
        package var entryID: String
    }

    /// What one top-level element of a pattern consumed.
    package struct ElementMatch: Sendable, Hashable {
        /// The element as written in the pack (`%parties`, `"nhất trí"`, `( "về" %areas )?`).
        package var source: String
        /// Where the element is written.
        package var location: SourceLocation
        /// The tokens it consumed: empty for a skipped optional element.
        package var tokens: Range<Int>
        package var text: String
    }

    /// What became of a match.
    package enum Outcome: Sendable, Hashable {
        /// Kept: it is a result (or, for a context pattern's rule, it fed one).
        case accepted
        /// A context condition did not hold; the condition as written.
        case conditionFailed(condition: String)
        /// An earlier, longer match of the same rule covers it.
        case overlapsSameRule(tokens: Range<Int>)
        /// The overlap policy preferred another result of the same kind.
        case dropped(winnerRule: String, winnerTokens: Range<Int>, winnerText: String, reason: String)
    }

    /// One match of one rule's pattern (or one extraction), in text order.
    package struct RuleMatch: Sendable, Hashable {
        package var provenance: Provenance
        package var kind: String
        package var tokens: Range<Int>
        package var text: String
        package var sentence: Int
        /// Per pattern element; empty for extractor rules.
        package var elements: [ElementMatch]
        package var outcome: Outcome
    }

    /// Why a rule produced nothing in this text.
    package struct WhyNot: Sendable, Hashable {
        package var rule: Provenance
        /// One or more sentences saying what stopped the rule.
        package var reason: String
        /// The elements that matched in the attempt that got furthest.
        package var matched: [ElementMatch]
        /// The element that failed, as written, and where it is written.
        package var failedElement: String?
        package var failedElementLocation: SourceLocation?
        /// The token where it failed (`nil` at the end of the sentence or when nothing matched).
        package var failedAt: Int?
    }

    package var language: String
    package var sentences: [Sentence]
    package var tokens: [TokenInfo]
    package var hits: [Hit]
    package var matches: [RuleMatch]
    /// Set when the caller asked about one rule.
    package var rule: Provenance?
    /// Set when that rule produced nothing.
    package var whyNot: WhyNot?
    /// The analysis itself, as `Engine.analyze` returns it.
    package var analysis: Analysis
    /// Remarks about the request itself (a retired rule id redirected to its replacement).
    package var notes: [String] = []
}
