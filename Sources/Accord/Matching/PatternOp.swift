/// One ``Instruction`` lowered to plain integers, as the pattern machine's inner loop reads it.
///
/// An `Instruction` is an enum with optional payloads; reading one means a switch over
/// its layout and unwrapping optionals. The machine reads an instruction at every
/// state visit, so the program is lowered once into these fixed-size records.
struct PatternOp {
    enum Code: UInt8 { case token, tokenClass, regex, lexicon, reference, split, jump, open, close, match }

    var code: Code
    /// ``Code/token``: the normalisation form; ``Code/tokenClass``: the class's ``TokenClass/code``.
    var small: UInt8 = 0
    /// The first operand: token id (bit pattern), regex, lexicon, kind, split's first target,
    /// jump target, capture name or matcher.
    var a: Int32 = 0
    /// The second operand: split's second target; the canonical id a lexicon hit or result
    /// must have (a string-table index), or -1 for any.
    var b: Int32 = -1

    init(_ instruction: Instruction) {
        switch instruction {
        case .token(let form, let id): code = .token; small = form.rawValue; a = Int32(bitPattern: id)
        case .tokenClass(let tokenClass): code = .tokenClass; small = tokenClass.code
        case .regex(let regex): code = .regex; a = regex
        case .lexicon(let lexicon, let id): code = .lexicon; a = lexicon; b = id ?? -1
        case .reference(let kind, let id): code = .reference; a = kind; b = id ?? -1
        case .split(let first, let second): code = .split; a = first; b = second
        case .jump(let target): code = .jump; a = target
        case .open(let name): code = .open; a = name
        case .close(let name): code = .close; a = name
        case .match(let matcher): code = .match; a = matcher
        }
    }
}
