/// The per-token and per-sentence tables a finished document leaves for the next document of
/// the same session, so each fills the last one's memory instead of allocating its own.
///
/// A document makes about twenty tables (token ids, masks, hits, result indexes); allocating
/// and freeing them was a tenth of a short document's time. A ``DocumentIndex`` takes its
/// tables from here as it is built and gives them back when it is released. Taking leaves an
/// empty array behind, and copy-on-write keeps any table still referenced elsewhere safe: the
/// next document then simply allocates that one anew.
final class DocumentBuffers {
    /// Tables whose memory is larger than this are let go, not kept: one very long document
    /// must not hold the session's memory at its size after it is done. A quarter megabyte keeps
    /// the tables of documents up to about 60,000 tokens (news articles are far shorter); kept
    /// up to a megabyte, the tables of a long text's 1 MB windows stayed alive between windows
    /// and the 50 MB single-record run peaked at 60–63 MB instead of 58.
    static let keptBytes = 1 << 18

    // Unchecked exclusivity: a workspace's buffers belong to one session's thread, and each
    // access is one take or one give, never overlapping another.
    @exclusivity(unchecked) var tokens: [Token] = []
    @exclusivity(unchecked) var sentenceOfToken: [Int32] = []
    @exclusivity(unchecked) var exact: [UInt32] = []
    @exclusivity(unchecked) var folded: [UInt32] = []
    @exclusivity(unchecked) var loose: [UInt32] = []
    @exclusivity(unchecked) var spellings: [Int32] = []
    @exclusivity(unchecked) var tokenStageMask: [UInt16] = []
    @exclusivity(unchecked) var sentenceStageMask: [UInt8] = []
    @exclusivity(unchecked) var sentencePresence: [PresenceBits] = []
    @exclusivity(unchecked) var hits: [LexiconHit] = []
    @exclusivity(unchecked) var hitStarts: [Int32] = []
    @exclusivity(unchecked) var listedHits: [Int32] = []
    @exclusivity(unchecked) var listedHitsBySentence: [Int32] = []
    @exclusivity(unchecked) var extractorHits: [Int32] = []
    @exclusivity(unchecked) var results: [RawResult] = []
    @exclusivity(unchecked) var resultSpans: [ResultSpan] = []
    @exclusivity(unchecked) var resultOrder: [Int32] = []
    @exclusivity(unchecked) var resultStarts: [Int32] = []

    /// Takes a kept table: empty, with the capacity the last document (or the last use) left it.
    /// The session workspace's other reused lists are taken the same way.
    @inline(__always)
    static func take<Element>(_ table: inout [Element]) -> [Element] {
        var taken: [Element] = []
        swap(&taken, &table)
        taken.removeAll(keepingCapacity: true)
        return taken
    }

    /// Takes a kept table made `count` elements long, every element `value`.
    @inline(__always)
    static func take<Element: BitwiseCopyable>(_ table: inout [Element], count: Int, filledWith value: Element) -> [Element] {
        var taken = take(&table)
        // Exactly `count` when the kept memory is short: appending alone would double it.
        taken.reserveCapacity(count)
        taken.append(contentsOf: repeatElement(value, count: count))
        return taken
    }

    /// Takes a kept table made `count` elements long, for a caller that writes every element
    /// before reading any: what the last document left is not cleared first (that pass cost
    /// as much as the allocation it replaced), only the length is changed.
    @inline(__always)
    static func take<Element: BitwiseCopyable>(_ table: inout [Element], unfilledCount count: Int, filler: Element) -> [Element] {
        var taken: [Element] = []
        swap(&taken, &table)
        if taken.count > count {
            taken.removeLast(taken.count - count)
        } else if taken.count < count {
            taken.reserveCapacity(count)
            taken.append(contentsOf: repeatElement(filler, count: count - taken.count))
        }
        return taken
    }

    /// Keeps a table for the next document, unless it is too large to keep.
    @inline(__always)
    static func give<Element>(_ table: [Element], to slot: inout [Element]) {
        if table.capacity * MemoryLayout<Element>.stride <= keptBytes { slot = table }
    }
}
