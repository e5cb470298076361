/// A pack as written: the validated YAML, before compilation.
///
/// Every piece that can still be wrong at compile time (a pattern naming a
/// missing lexicon, say) keeps its ``SourceLocation`` so the error can point at it.
struct PackDefinition: Sendable, Hashable {
    var id: String
    var version: String
    var language: String
    var description: String
    var imports: [Located<String>]
    var options: MatchOptions
    var abbreviations: [String]
    /// Extra tokens that end a sentence (`|` between headlines).
    var terminators: [String]
    var cues: CueDefinition
    var lexicons: [LexiconDefinition]
    var rules: [RuleDefinition]
    var examples: [PackExample]
    var file: String
    var location: SourceLocation
    /// The range of Accord versions the pack is written for (`requires: {accord: ">=0.1"}`).
    var requires: Located<String>? = nil
    /// The version ranges imports give (`imports: [{pack: vi-parties, version: "^0.3"}]`), by pack id.
    var importRanges: [String: Located<String>] = [:]
    /// Rules kept only as ids, each replaced by another rule of the pack (`deprecated_by:`).
    var deprecations: [RuleDeprecation] = []
    /// The first 16 hex digits of the SHA-256 of the pack's bytes, as `sha256sum` prints them.
    var contentHash: String = ""
}

/// A rule id a pack keeps reserved after replacing the rule (`deprecated_by:`): ids are stable,
/// so results stored under the old id can be mapped to the new rule and the id never changes meaning.
struct RuleDeprecation: Sendable, Hashable {
    var id: String
    var kind: String
    var replacement: Located<String>
    var location: SourceLocation
}

/// A value with the place it came from.
struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    var value: Value
    var location: SourceLocation
    /// The file the value was read from, for ``sourceLine``.
    private let source: SourceFile

    init(value: Value, location: SourceLocation, source: SourceFile) {
        self.value = value
        self.location = location
        self.source = source
    }

    /// The text of the value's line, for a diagnostic's caret display; read from the file only
    /// when asked: a pack has tens of thousands of values and the odd diagnostic (each line as
    /// a string of its own was a twentieth of start-up).
    var sourceLine: String? { source.line(location.line) }

    /// The value and where it was read: the line's text is a display aid, and a pack's content
    /// is compared by its hash (``PackDefinition/contentHash``), so comparing packs reads no lines.
    static func == (lhs: Located, rhs: Located) -> Bool {
        lhs.value == rhs.value && lhs.location == rhs.location
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(location)
    }
}

/// Case and diacritic sensitivity of lexicon phrases and pattern literals.
struct MatchOptions: Sendable, Hashable {
    enum Case: String, Sendable, Hashable, CaseIterable { case insensitive, sensitive }
    enum Diacritics: String, Sendable, Hashable, CaseIterable { case significant, insensitive }
    var caseMode: Case = .insensitive
    var diacritics: Diacritics = .significant

    /// The token form in which phrases with these options are compared.
    var form: NormalizationForm {
        if diacritics == .insensitive { return .loose }
        return caseMode == .sensitive ? .exact : .folded
    }
}

/// The cue phrases that decide an agreement's status and resolve `hai bên`.
struct CueDefinition: Sendable, Hashable {
    var negation: [Located<String>] = []
    var planned: [Located<String>] = []
    var collective: [Located<String>] = []
    /// Longer phrases inside which cues do not count (`hàng không` is not the negation `không`).
    var exclusions: [Located<String>] = []
    var window: Int?
}

/// A lexicon: phrases mapped to canonical ids, with exclusions.
struct LexiconDefinition: Sendable, Hashable {
    struct Entry: Sendable, Hashable {
        var id: String
        var phrases: [Located<String>]
        var options: MatchOptions
    }
    var name: String
    var entries: [Entry]
    var exclusions: [Located<String>]
    var options: MatchOptions
    var location: SourceLocation
}

/// One rule: a pattern (or an extractor) producing results of a kind.
struct RuleDefinition: Sendable, Hashable {
    enum Body: Sendable, Hashable {
        case pattern(Located<String>)
        case extractor(name: Located<String>, options: [String: String])
    }
    /// Where an agreement's fields come from, besides its captures.
    enum Scope: String, Sendable, Hashable, CaseIterable {
        case captured, before, after, sentence, context
    }
    struct Context: Sendable, Hashable {
        enum Region: String, Sendable, Hashable, CaseIterable { case before, after, sentence }
        struct Condition: Sendable, Hashable {
            var region: Region
            var negated: Bool
            var pattern: Located<String>
            /// This condition's own window, overriding the rule's.
            var window: Int?
        }
        var conditions: [Condition] = []
        var window: Int?
    }
    var id: String
    var kind: String
    var body: Body
    var priority: Int
    var fixed: [String: String]
    var context: Context
    var attach: [String: Scope]
    var location: SourceLocation
}
