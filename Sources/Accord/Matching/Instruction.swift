/// One step of a compiled pattern program (a Thompson NFA over tokens and items).
///
/// Consuming instructions test the item at the current position and advance
/// past it; the others move between states without consuming.
enum Instruction: Sendable, Hashable {
    /// One token whose id in `form` is `id`.
    case token(form: NormalizationForm, id: UInt32)
    /// One token of a class.
    case tokenClass(TokenClass)
    /// One token matching regex number `index` of the program.
    case regex(Int32)
    /// A lexicon hit of lexicon `lexicon` (and canonical id `id`, when given).
    case lexicon(Int32, id: Int32?)
    /// An accepted result of kind `kind` (and id `id`, when given).
    case reference(kind: Int32, id: Int32?)
    /// Continue at both targets; the first has priority.
    case split(Int32, Int32)
    /// Continue at the target.
    case jump(Int32)
    /// Start capture `name` here.
    case open(Int32)
    /// End capture `name` here.
    case close(Int32)
    /// Matcher `matcher` matched.
    case match(Int32)
}

/// What a capture consumed: a token, a lexicon hit or a result.
struct ItemRef: Sendable, Hashable {
    enum Source: UInt8, Sendable, Hashable { case none, token, hit, result }
    var source: Source
    var index: Int32
    /// For a token consumed by a `/regex/`, the regex's index, so a capture can take its first group.
    var regex: Int32 = -1
    static let none = ItemRef(source: .none, index: -1)
}

/// A finished capture: a named token span and the single item it covers, if any.
struct Capture: Sendable, Hashable {
    var name: Int32
    var start: Int32
    var end: Int32
    var item: ItemRef
}
