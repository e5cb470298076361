/// Numbers for the ids an agreement lists (its parties, areas and forums): equal ids get
/// equal numbers, within one document.
///
/// An id in the engine's string table is numbered by its index there, known without hashing
/// for a lexicon entry's id and an accepted result's id (``InternedText``). The few others
/// (text a rule captured from the document) are numbered from -1 down, in the order first
/// seen. An agreement's lists then compare and copy numbers instead of strings (each string
/// was retained, compared and released per agreement), and the CLI writes a table id from its
/// rendered literal (``CompiledEngine/quotedStrings``) instead of escaping it again.
///
/// A class: one document's builder, agreement context and sink share it, and a struct of its
/// size was copied (four references retained) wherever an agreement passed it on.
final class MentionIDs {
    private let strings: StringTable
    /// The ids outside the table; number `n` (negative) is `unlisted[-1 - n]`.
    private(set) var unlisted: [String] = []
    private var unlistedNumbers: [String: Int32] = [:]

    init(strings: StringTable) {
        self.strings = strings
    }

    /// The number of an id, given it when it is new.
    func number(of id: InternedText) -> Int32 {
        let index = id.index(in: strings)
        if index >= 0 { return index }
        let text = id.text(in: strings)
        assert(strings.index(of: text) == nil, "an id marked absent from the table is in it")
        if let number = unlistedNumbers[text] { return number }
        let number = -1 - Int32(truncatingIfNeeded: unlisted.count)
        unlisted.append(text)
        unlistedNumbers[text] = number
        return number
    }

    /// The id a number stands for.
    func text(of number: Int32) -> String {
        number >= 0 ? strings[number] : unlisted[Int(-1 - number)]
    }
}
