/// A string with its index in the engine's string table: known (`index >= 0`), known to be
/// absent from the table (``absent``), or not yet looked up (``unknown``).
///
/// A table string is kept as its index alone and read from the table when its text is asked
/// for (``text(in:)``): most ids (lexicon entries', accepted results') are only compared,
/// numbered or written from their rendered literal, and a copy of the string in every value that
/// named one was a retain and a release each (55,000 retains over the 300 documents of
/// PERFORMANCE.md's callgrind runs).
struct InternedText {
    static let unknown: Int32 = -2
    static let absent: Int32 = -1

    /// The text of a string that is not a known table string (nil exactly when `index >= 0`).
    private let ownText: String?
    let index: Int32

    /// A string of the engine's table.
    init(tableIndex: Int32) {
        assert(tableIndex >= 0, "a table index")
        ownText = nil
        index = tableIndex
    }

    /// A string that is in the table at `index` when that is known (its text is then read from
    /// the table, not kept), or that is absent from it (``absent``) or not yet looked up (``unknown``).
    init(text: String, index: Int32 = unknown) {
        ownText = index >= 0 ? nil : text
        self.index = index
    }

    /// The text, read from the engine's table when it is a table string.
    ///
    /// - Parameter strings: The table the index is in.
    func text(in strings: StringTable) -> String { ownText ?? strings[index] }

    /// The string-table index, looking the text up only when it is not known (-1: not in the table).
    func index(in strings: StringTable) -> Int32 {
        guard let ownText, index == Self.unknown else { return index }
        return strings.index(of: ownText) ?? Self.absent
    }
}
