/// A string with its index in the engine's string table: known (`index >= 0`), known to be
/// absent from the table (``absent``), or not yet looked up (``unknown``).
struct InternedText {
    static let unknown: Int32 = -2
    static let absent: Int32 = -1

    var text: String
    var index: Int32 = unknown

    /// The string-table index, looking the text up only when it is not known (-1: not in the table).
    func index(in strings: StringTable) -> Int32 {
        index == Self.unknown ? strings.index(of: text) ?? Self.absent : index
    }
}
