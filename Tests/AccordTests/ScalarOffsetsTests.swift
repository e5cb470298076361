import Testing
@testable import Accord

/// Tests for ``ScalarOffsets``: byte offsets of tokens turned into Unicode-scalar offsets.
@Suite("Scalar offsets")
struct ScalarOffsetsTests {
    /// Texts mixing 1-, 2-, 3- and 4-byte scalars and NFD marks, long enough to cross the
    /// 16-byte blocks the lookup counts by, with tokens at every position in a block.
    static let texts: [String] = [
        "",
        "a",
        "Việt Nam và Nhật Bản ký bản ghi nhớ",
        "Nguyễn Phú Trọng gặp Thủ tướng Ấn Độ ngày 7/9/2024 tại Hà Nội.",
        "Vie\u{0302}\u{0323}t Nam (NFD) đàm phán 😀 về 👨‍👩‍👧 năng lượng",
        String(repeating: "ơ ", count: 40) + "end",
        String(repeating: "a", count: 15) + " ệ " + String(repeating: "b", count: 16) + " 𝔸 x",
        "€ 5,5 tỷ USD – khoảng 𝟘𝟙 ¥",
    ]

    @Test("every token's start and end count the scalars before them", arguments: texts)
    func offsetsCountScalars(text: String) {
        let document = TokenizedDocument(text: text, splitter: SentenceSplitter())
        let offsets = ScalarOffsets(document: document)
        for (index, token) in document.tokens.enumerated() {
            let expectedStart = String(decoding: document.utf8[..<Int(token.start)], as: UTF8.self).unicodeScalars.count
            let expectedEnd = String(decoding: document.utf8[..<Int(token.end)], as: UTF8.self).unicodeScalars.count
            #expect(offsets.start(ofToken: index) == expectedStart,
                    "token \(index) starts at byte \(token.start): expected scalar \(expectedStart) in \(text.debugDescription)")
            #expect(offsets.end(ofToken: index) == expectedEnd,
                    "token \(index) ends at byte \(token.end): expected scalar \(expectedEnd) in \(text.debugDescription)")
        }
        #expect(offsets.scalarOffset(atByte: document.utf8.count) == text.unicodeScalars.count,
                "the end of the text should be its scalar count")
    }
}
