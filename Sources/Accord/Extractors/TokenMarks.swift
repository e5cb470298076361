/// Per-token marks of an extractor (what can start at each token, one bit per kind of start),
/// and the scan that skips the tokens where none of the asked bits is set.
///
/// The date scanner and the money extractor mark numbers and their lexicons' hit starts, then
/// walk to each marked token. Most tokens of a news text are unmarked, so the walk reads four
/// marks at a time.
enum TokenMarks {
    /// The first index at or after `start` whose mark has a bit of `mask`, or `marks.count` when
    /// there is none (also when `start` is past the end).
    static func next(in marks: UnsafeBufferPointer<UInt16>, from start: Int, mask: UInt16) -> Int {
        guard let base = marks.baseAddress else { return 0 }
        let count = marks.count
        var index = min(max(start, 0), count)
        // Four marks per 64-bit load (unaligned: the buffer's start need not be), then the tail.
        let wide = UInt64(mask) &* 0x0001_0001_0001_0001
        let raw = UnsafeRawPointer(base)
        while index &+ 4 <= count {
            if raw.loadUnaligned(fromByteOffset: index &* 2, as: UInt64.self) & wide != 0 { break }
            index &+= 4
        }
        while index < count && base[index] & mask == 0 { index &+= 1 }
        return index
    }

    /// Marks every number token (`5.000`, `2022`, not `G20`) of `digitTokens` with `bit`.
    ///
    /// - Parameter digitTokens: The indices of the tokens that contain a digit
    ///   (``ExtractorInput/digitTokens``), every one below `marks.count`.
    static func markNumbers(_ marks: inout [UInt16], digitTokens: [Int32], tokens: [Token], with bit: UInt16) {
        marks.withUnsafeMutableBufferPointer { marks in
            for index in digitTokens where tokens[Int(index)].kind == .number { marks[Int(index)] |= bit }
        }
    }
}
