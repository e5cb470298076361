@testable import Accord
import Testing

/// An agreement's ids are numbered so that equal ids get equal numbers, however they arrive:
/// with their table index, as table text not yet looked up, or as text outside the table.
@Suite("Mention id numbers")
struct MentionIDsTests {
    static func table() -> StringTable {
        var strings = StringTable()
        for id in ["VN", "JP", "energy"] { _ = strings.intern(id) }
        return strings
    }

    @Test("a table id is its index, known or looked up")
    func tableIDs() {
        let ids = MentionIDs(strings: Self.table())
        #expect(ids.number(of: InternedText(text: "JP", index: 1)) == 1, "a known index is the number")
        #expect(ids.number(of: InternedText(text: "energy")) == 2, "text not yet looked up gets its table index")
        #expect(ids.text(of: 2) == "energy", "a table number gives its string back")
        #expect(ids.unlisted.isEmpty, "table ids are not kept as text: \(ids.unlisted)")
    }

    @Test("ids outside the table are numbered from -1 down, each once")
    func unlistedIDs() {
        let ids = MentionIDs(strings: Self.table())
        let first = ids.number(of: InternedText(text: "Bộ Công Thương", index: InternedText.absent))
        let second = ids.number(of: InternedText(text: "Quỹ ABC"))
        let again = ids.number(of: InternedText(text: "Bộ Công Thương"))
        #expect((first, second, again) == (-1, -2, -1), "unlisted ids numbered -1, -2, then -1 again; got \((first, second, again))")
        #expect(ids.text(of: -2) == "Quỹ ABC", "an unlisted number gives its text back")
        #expect(ids.unlisted == ["Bộ Công Thương", "Quỹ ABC"], "each unlisted id kept once: \(ids.unlisted)")
    }

    @Test("a table string is kept as its index and read from the table; other text is kept as it is", arguments: [
        // (value, its text, its index once looked up)
        (InternedText(tableIndex: 2), "energy", 2),
        (InternedText(text: "VN", index: 0), "VN", 0),
        // With its index known, a table string's text is the table's, never a copy passed along.
        (InternedText(text: "vn", index: 0), "VN", 0),
        (InternedText(text: "JP"), "JP", 1),
        (InternedText(text: "Quỹ ABC"), "Quỹ ABC", InternedText.absent),
        (InternedText(text: "VN", index: InternedText.absent), "VN", InternedText.absent),
    ])
    func internedText(value: InternedText, text: String, index: Int32) {
        let strings = Self.table()
        #expect(value.text(in: strings) == text, "text \(value.text(in: strings)), expected \(text)")
        #expect(value.index(in: strings) == index, "\(text): index \(value.index(in: strings)), expected \(index)")
    }
}
