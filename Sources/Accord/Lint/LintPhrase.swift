/// A lexicon or cue phrase as the engine sees it: its tokens, their normalised forms and the
/// sentences the splitter would cut it into.
struct LintPhrase {
    /// The phrase as written.
    let text: String
    /// The phrase tokenised and split like document text.
    let document: TokenizedDocument

    /// Tokenises `text`. Line breaks become spaces first: a phrase written over two YAML lines
    /// is compared token by token, so it still matches text where the words share a line.
    init(_ text: String, splitter: SentenceSplitter, terminators: SentenceTerminators) {
        self.text = text
        let flat = String(String.UnicodeScalarView(text.unicodeScalars.map { Self.isLineBreak($0) ? " " : $0 }))
        document = TokenizedDocument(text: flat, splitter: splitter, terminators: terminators)
    }

    /// The number of tokens.
    var count: Int { document.tokens.count }

    /// Each token in a normalisation form, as the lexicon automaton compares it.
    func keys(_ form: NormalizationForm) -> [String] {
        document.tokens.indices.map { document.normalized($0, form: form) }
    }

    /// Whether the splitter ends a sentence inside the phrase, so that no one sentence can hold it.
    var crossesSentenceEnd: Bool { document.sentences.count > 1 }

    /// Whether the phrase starts with an apostrophe glued to letters (`'s`): in text the tokenizer
    /// joins such an apostrophe to the letters after it whenever a word comes right before it
    /// (`India's` is `India` `'s`), while the phrase on its own starts with a bare `'` token.
    var startsWithDetachedClitic: Bool {
        let tokens = document.tokens
        guard tokens.count >= 2, tokens[0].kind == .punctuation, tokens[1].kind == .word,
              tokens[1].flags.contains(.glued),
              let first = document.substring(of: tokens[0]).unicodeScalars.first
        else { return false }
        return first == "'" || first == "\u{2019}"
    }

    /// Whether any token has an uppercase letter, that is, the author wrote a name or an acronym.
    var hasUppercase: Bool {
        document.tokens.contains { $0.flags.contains(.capitalized) || $0.flags.contains(.uppercase) }
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
