/// Converts token byte offsets into Unicode-scalar offsets with one pass over the UTF-8.
struct ScalarOffsets {
    private var starts: [Int32]
    private var ends: [Int32]

    init(document: TokenizedDocument) {
        starts = [Int32](repeating: 0, count: document.tokens.count)
        ends = [Int32](repeating: 0, count: document.tokens.count)
        var scalars: Int32 = 0
        var byte = 0
        let utf8 = document.utf8
        // Counting lead bytes (not 0b10xxxxxx) counts scalars.
        func advance(to offset: Int) {
            while byte < offset {
                if utf8[byte] & 0xC0 != 0x80 { scalars += 1 }
                byte += 1
            }
        }
        for (index, token) in document.tokens.enumerated() {
            advance(to: Int(token.start))
            starts[index] = scalars
            advance(to: Int(token.end))
            ends[index] = scalars
        }
    }

    func start(ofToken index: Int) -> Int { Int(starts[index]) }
    func end(ofToken index: Int) -> Int { Int(ends[index]) }
}
