/// What kind of text a ``Token`` covers.
enum TokenKind: UInt8, Sendable, Hashable {
    /// A run of letters, combining marks and digits with at least one letter (`Ấn`, `G20`, `COP28`, `'s`).
    case word
    /// Digits, possibly with `.` or `,` between digits (`2022`, `5.000`, `1,5`).
    case number
    /// One punctuation character, or a run of full stops (`...`).
    case punctuation
    /// One symbol (`$`, `%`, `₫`), emoji sequence, or other character that is neither letter, digit nor punctuation.
    case symbol
}

/// Facts about a ``Token`` that matchers test often, computed once while tokenising.
struct TokenFlags: OptionSet, Sendable, Hashable {
    /// The raw bits.
    let rawValue: UInt8

    /// Creates flags from raw bits.
    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The first letter is uppercase (`Ấn`, `G7`, `COP28`).
    static let capitalized = TokenFlags(rawValue: 1 << 0)
    /// The token has at least one cased letter and all its cased letters are uppercase (`ASEAN`, `JCM`, `G`).
    static let uppercase = TokenFlags(rawValue: 1 << 1)
    /// The token contains at least one decimal digit.
    static let hasDigit = TokenFlags(rawValue: 1 << 2)
    /// The token contains at least one letter.
    static let hasLetter = TokenFlags(rawValue: 1 << 3)
    /// No whitespace lies between the previous token and this one (in `công-tư`, both `-` and `tư` are glued).
    static let glued = TokenFlags(rawValue: 1 << 4)
    /// A line break (`\n`, `\r\n`, `\r`, U+2028, U+2029, …) lies between the previous token and this one.
    static let lineBreakBefore = TokenFlags(rawValue: 1 << 5)
}

/// One token of a text: a byte range into the text's UTF-8, with its kind and flags.
///
/// Tokens hold offsets rather than strings, so tokenising allocates nothing per token.
struct Token: Sendable, Hashable {
    /// Offset of the token's first UTF-8 byte in the text.
    var start: Int32
    /// Offset just past the token's last UTF-8 byte in the text.
    var end: Int32
    /// What the token is.
    var kind: TokenKind
    /// Facts about the token's letters and its surroundings.
    var flags: TokenFlags

    /// Creates a token.
    init(start: Int32, end: Int32, kind: TokenKind, flags: TokenFlags) {
        self.start = start
        self.end = end
        self.kind = kind
        self.flags = flags
    }

    /// The token's byte range in the text's UTF-8.
    var range: Range<Int> { Int(start)..<Int(max(start, end)) }
}
