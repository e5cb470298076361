/// Converts token byte offsets into Unicode-scalar offsets.
///
/// A scalar offset is the byte offset minus the continuation bytes (`0b10xxxxxx`) before it.
/// Only the tokens at result and sentence edges are ever asked for, a small share of a
/// document's tokens, so the bytes are not walked token by token: one pass counts the
/// continuation bytes before each 16-byte block, eight bytes at a time, and a lookup adds
/// the count inside its block (its one or two words, masked).
struct ScalarOffsets {
    private static let blockShift = 4
    private let tokens: [Token]
    private let utf8: [UInt8]
    /// Continuation bytes before each block of 16 bytes (one more entry than there are blocks).
    private let blockCounts: [Int32]

    /// Offsets of no document, holding no tables.
    init() {
        tokens = []
        utf8 = []
        blockCounts = [0, 0]
    }

    init(document: TokenizedDocument) {
        tokens = document.tokens
        utf8 = document.utf8
        let blockCount = (utf8.count >> Self.blockShift) + 1
        var counts = [Int32](repeating: 0, count: blockCount + 1)
        utf8.withUnsafeBytes { bytes in
            counts.withUnsafeMutableBufferPointer { counts in
                // Wrapping arithmetic: the counts are at most the text's length, which fits an
                // `Int32` (the tokeniser's limit); the checked additions were a third of the loop.
                var total = 0
                var block = 0
                let wholeBlocks = bytes.count >> Self.blockShift
                // Whole blocks as two words each, their bytes' flags added lane by lane and
                // summed once (each lane holds at most 2), then the short last block.
                while block < wholeBlocks {
                    counts[block] = Int32(truncatingIfNeeded: total)
                    let start = block &<< Self.blockShift
                    let lanes = Self.continuationLanes(bytes.loadUnaligned(fromByteOffset: start, as: UInt64.self))
                        &+ Self.continuationLanes(bytes.loadUnaligned(fromByteOffset: start &+ 8, as: UInt64.self))
                    total &+= Self.laneSum(lanes)
                    block &+= 1
                }
                counts[block] = Int32(truncatingIfNeeded: total)
                total &+= Self.continuations(in: bytes, from: block &<< Self.blockShift, to: bytes.count)
                counts[block &+ 1] = Int32(truncatingIfNeeded: total)
            }
        }
        blockCounts = counts
    }

    /// The scalar offset where a token starts.
    func start(ofToken index: Int) -> Int { scalarOffset(atByte: Int(tokens[index].start)) }

    /// The scalar offset just past a token's last scalar.
    func end(ofToken index: Int) -> Int { scalarOffset(atByte: Int(tokens[index].end)) }

    /// The number of scalars before a byte offset that starts a scalar (or is the end of the text).
    @inline(__always)   // two per result: a call cost a third of it
    func scalarOffset(atByte offset: Int) -> Int {
        assert(offset >= 0 && offset <= utf8.count, "a byte offset outside the text")
        // Wrapping arithmetic: the offset is inside the text, so nothing here can overflow, and
        // the checks were half of the instructions of a lookup (two per result).
        let block = offset &>> Self.blockShift
        let start = block &<< Self.blockShift
        let inBlock = utf8.withUnsafeBytes { bytes in
            // A whole block inside the text (all but the last): its one or two words read
            // without a loop, the bytes from `offset` on masked off (little-endian).
            guard start &+ Self.blockSize <= bytes.count else { return Self.continuations(in: bytes, from: start, to: offset) }
            let first = bytes.loadUnaligned(fromByteOffset: start, as: UInt64.self)
            let length = offset &- start
            if length < 8 { return Self.laneSum(Self.continuationLanes(first & Self.lowBytes(length))) }
            let second = bytes.loadUnaligned(fromByteOffset: start &+ 8, as: UInt64.self)
            return Self.laneSum(Self.continuationLanes(first) &+ Self.continuationLanes(second & Self.lowBytes(length &- 8)))
        }
        return offset &- Int(blockCounts[block]) &- inBlock
    }

    private static let blockSize = 1 << blockShift

    /// A mask of a word's first `count` bytes (0…7), little-endian.
    @inline(__always)
    private static func lowBytes(_ count: Int) -> UInt64 {
        (1 &<< UInt64(truncatingIfNeeded: 8 &* count)) &- 1
    }

    /// Counts the continuation bytes in `start..<end`, eight at a time.
    @inline(__always)   // inside each offset asked for, two per result: a call cost a third of it
    private static func continuations(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        while index &+ 8 <= end {
            count &+= continuationCount(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index &+= 8
        }
        if index < end {
            // The last few bytes (1…7): a whole word with the bytes past `end` masked off
            // (little-endian), unless a word would run past the buffer.
            let length = end &- index
            var word: UInt64 = 0
            if index &+ 8 <= bytes.count {
                word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & (UInt64.max &>> UInt64(64 &- 8 &* length))
            } else {
                for shift in 0..<length { word |= UInt64(bytes[index &+ shift]) &<< UInt64(8 &* shift) }
            }
            count &+= continuationCount(word)
        }
        return count
    }

    /// Continuation bytes in a word: bit 7 set and bit 6 clear.
    @inline(__always)
    private static func continuationCount(_ word: UInt64) -> Int { laneSum(continuationLanes(word)) }

    /// One per continuation byte of a word, in that byte's lane (the others 0).
    @inline(__always)
    private static func continuationLanes(_ word: UInt64) -> UInt64 {
        (word & ~(word &<< 1) & 0x8080_8080_8080_8080) &>> 7
    }

    /// The sum of a word's byte lanes (at most 255 in all), by a multiply into the top byte (the
    /// baseline x86-64 target has no popcount instruction).
    @inline(__always)
    private static func laneSum(_ lanes: UInt64) -> Int {
        Int(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) &>> 56)
    }
}
