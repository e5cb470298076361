/// Converts token byte offsets into Unicode-scalar offsets with one pass over the UTF-8.
struct ScalarOffsets {
    private var starts: [Int32]
    private var ends: [Int32]

    init(document: TokenizedDocument) {
        starts = [Int32](repeating: 0, count: document.tokens.count)
        ends = [Int32](repeating: 0, count: document.tokens.count)
        var scalars: Int32 = 0
        var byte = 0
        document.utf8.withUnsafeBufferPointer { utf8 in
            // Counting lead bytes (not 0b10xxxxxx) counts scalars.
            for (index, token) in document.tokens.enumerated() {
                let start = Int(token.start), end = Int(token.end)
                while byte < start {
                    if utf8[byte] & 0xC0 != 0x80 { scalars += 1 }
                    byte += 1
                }
                starts[index] = scalars
                while byte < end {
                    if utf8[byte] & 0xC0 != 0x80 { scalars += 1 }
                    byte += 1
                }
                ends[index] = scalars
            }
        }
    }

    func start(ofToken index: Int) -> Int { Int(starts[index]) }
    func end(ofToken index: Int) -> Int { Int(ends[index]) }
}
