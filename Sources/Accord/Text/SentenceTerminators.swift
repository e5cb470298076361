/// Token texts that end a sentence besides the splitter's own (`.`, `!`, `?`, line breaks): a
/// pack's `terminators` option, as ``TokenizedDocument`` looks for them.
///
/// Made once, with the compiled engine: each document made the terminators' byte lists and
/// the set of their first bytes anew (about 3,000 instructions a document, whatever its length).
struct SentenceTerminators: Sendable {
    /// Each terminator's UTF-8, in the order of the strings.
    let phrases: [[UInt8]]
    /// The terminators' first bytes, each once, ascending: what the search looks for.
    let firstBytes: [UInt8]

    /// No terminators.
    static let none = SentenceTerminators([])

    /// The terminators among `texts`, each once (an empty text is none).
    init(_ texts: some Sequence<String>) {
        phrases = Set(texts).sorted().map { Array($0.utf8) }.filter { !$0.isEmpty }
        firstBytes = Set(phrases.compactMap(\.first)).sorted()
    }

    var isEmpty: Bool { phrases.isEmpty }

    /// Whether `bytes` are one of the terminators.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        phrases.contains { $0.elementsEqual(bytes) }
    }
}
