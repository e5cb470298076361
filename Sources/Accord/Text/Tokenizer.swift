/// Splits text into word, number, punctuation and symbol tokens, working directly on UTF-8 bytes.
///
/// Rules, in short:
/// - Words are maximal runs of letters, combining marks and digits (so NFD Vietnamese stays one
///   token, and `G7`, `COP28` are words); a run of digits alone is a number.
/// - Digits with `.` or `,` between digits are one number (`5.000`, `1,5`); a trailing `.` is punctuation.
/// - Every other punctuation character is its own token (`7/9` → `7` `/` `9`), except that a run of
///   full stops is one token (`...`).
/// - An apostrophe (`'` or `’`) glued after a word and followed by a letter starts a new word (`Japan's` → `Japan` `'s`).
/// - Symbols and emoji are one token per scalar, with their combining marks, variation selectors,
///   skin-tone modifiers and ZWJ-joined parts (`👨‍👩‍👧` is one token).
/// - Whitespace, control and invisible format characters separate tokens and are never tokens.
struct Tokenizer: Sendable {
    /// The shared scalar classification.
    private let table: ScalarClassTable

    /// Creates a tokeniser (cheap: the lookup tables are built once per process).
    init() {
        table = ScalarClassTable.shared
    }

    /// Appends the tokens of `utf8` to `tokens`, with byte offsets relative to `utf8`.
    ///
    /// `utf8` should be valid UTF-8 (for example a Swift string's bytes, NFC or NFD); malformed
    /// bytes become one-byte symbol tokens. Only the first `Int32.max` bytes are tokenised.
    ///
    /// - Returns: Whether the bytes tokenised were all well-formed UTF-8: the tokeniser decodes
    ///   every scalar anyway, so text given as bytes needs no check of its own before it.
    @discardableResult
    func tokenize(_ utf8: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) -> Bool {
        guard let base = utf8.baseAddress else { return true }
        let count = min(utf8.count, Int(Int32.max))
        var wellFormed = true
        if count <= Self.directLimit {
            // Written straight into the array's storage: every token is at least one byte and
            // none overlap, so room for one token per byte is enough, and an append only checks
            // that. Appending to an array checked its uniqueness and capacity at every token; a
            // buffer of the scanner's own cost a copy of all of them.
            let scanned = [Token](unsafeUninitializedCapacity: count) { buffer, written in
                guard let storage = buffer.baseAddress else { return }
                var output = TokenRoom(storage: storage, capacity: buffer.count)
                wellFormed = scan(base, count: count, into: &output)
                written = output.count
            }
            if tokens.isEmpty { tokens = scanned } else { tokens += scanned }
        } else {
            // A long text (a window of a long document): room for one token per byte would be
            // twelve times its size, so the tokens go to a growing buffer and are copied once.
            var output = ScratchBuffer<Token>(capacity: count / 4 + 16)
            wellFormed = scan(base, count: count, into: &output)
            output.withBuffer { tokens.append(contentsOf: $0) }
        }
        return wellFormed
    }

    /// Texts up to this many bytes are tokenised into room for one token per byte (at most a
    /// few megabytes); longer ones into a growing buffer.
    static let directLimit = 1 << 18

    /// Runs the scanner over `count` bytes at `base`; returns whether they were well-formed UTF-8.
    private func scan<Output: TokenOutput & ~Copyable>(_ base: UnsafePointer<UInt8>, count: Int, into output: inout Output) -> Bool {
        table.bytes.withUnsafeBufferPointer { classes in
            WordClassBits.table.withUnsafeBufferPointer { wordBits in
                guard let wordBits = wordBits.baseAddress else { return true }
                var scanner = TokenScanner(bytes: base, count: count, classes: classes, wordBits: wordBits)
                scanner.run(into: &output)
                return !scanner.malformed
            }
        }
    }
}
