/// The automaton's hits of a document, one run per normalisation form (each ordered by start,
/// end, then entry), made into the one list ``DocumentIndex`` keeps: exclusions applied, runs
/// merged, and each token's hits indexed.
enum LexiconHitRuns {
    /// Removes every exclusion hit, and every hit an exclusion of its own lexicon overlaps, from
    /// the runs in place, updating where each run ends.
    @inline(__always)   // called once per document; a call of its own measured 0.5 M more
    static func removeExcluded(from found: inout [LexiconHit], runEnds: inout [Int], engine: CompiledEngine) {
        // An exclusion removes its own lexicon's hits that overlap it. Exclusions are merged
        // into sorted intervals per lexicon and searched, so a long document with many
        // exclusions stays linear.
        let entries = engine.automaton.entries, flagsByEntry = engine.hitFlagsByEntry
        // All exclusions in one list sorted by lexicon, then start, merged per lexicon, each
        // lexicon's run found through `runs` (an array of arrays, one per lexicon, cost an
        // allocation and a retain per lexicon for every document with an exclusion). Found in
        // one pass over the raw buffers, which is all a document without exclusions costs.
        var intervals: [(lexicon: Int32, start: Int32, end: Int32)] = []
        found.withUnsafeBufferPointer { found in
        flagsByEntry.withUnsafeBufferPointer { flags in
            for hit in found where flags[Int(hit.entry)] & CompiledEngine.exclusionHitFlag != 0 {
                if intervals.isEmpty { intervals.reserveCapacity(8) }   // a document has a few: one allocation
                intervals.append((entries[Int(hit.entry)].lexicon, hit.start, hit.end))
            }
        }}
        guard !intervals.isEmpty else { return }
        intervals.sortKeepingOrder { ($0.lexicon, $0.start) < ($1.lexicon, $1.start) }
        var merged: [(start: Int32, end: Int32)] = []
        merged.reserveCapacity(intervals.count)
        var runs = [Range<Int>](repeating: 0..<0, count: engine.lexicons.count)
        for interval in intervals {
            let lexicon = Int(interval.lexicon)
            if !runs[lexicon].isEmpty, interval.start < merged[merged.count - 1].end {
                merged[merged.count - 1].end = max(merged[merged.count - 1].end, interval.end)
            } else {
                merged.append((interval.start, interval.end))
                runs[lexicon] = (runs[lexicon].isEmpty ? merged.count - 1 : runs[lexicon].lowerBound)..<merged.count
            }
        }
        // Kept hits moved down in place, form run by form run, through raw buffers: most
        // documents have an exclusion hit somewhere, so this reads every hit of most documents.
        let kept = found.withUnsafeMutableBufferPointer { found in
            entries.withUnsafeBufferPointer { entries in
            flagsByEntry.withUnsafeBufferPointer { flags in
                runs.withUnsafeBufferPointer { runs in
                    var write = 0, read = 0
                    for (number, end) in runEnds.enumerated() {
                        while read < end {
                            let hit = found[read]
                            read += 1
                            let entryFlags = flags[Int(hit.entry)]
                            if entryFlags & CompiledEngine.exclusionHitFlag != 0 { continue }
                            // Only a lexicon with exclusions can have a hit excluded: the
                            // others' hits are kept without reading their entry.
                            if entryFlags & CompiledEngine.excludableHitFlag != 0 {
                                let run = runs[Int(entries[Int(hit.entry)].lexicon)]
                                if !run.isEmpty && Self.overlaps(merged, run, hit.start, hit.end) { continue }
                            }
                            found[write] = hit
                            write &+= 1   // at most the hits read: cannot overflow
                        }
                        runEnds[number] = write
                    }
                    return write
                }
            }}
        }
        found.removeSubrange(kept...)
    }

    /// Merges the automaton's runs (one per form, each ordered by start, end, then entry) into
    /// one list in that order, in place, and returns where each token's hits begin
    /// (`starts[t]..<starts[t + 1]` are those starting at token t).
    ///
    /// Two-way merges, run after run, each copying only the hits merged so far: placing every hit
    /// by start and then sorting each token's few hits cost more (see PERFORMANCE.md).
    ///
    /// - Parameter starts: `tokenCount + 1` zeros (a kept table's memory), to fill with the index.
    static func mergeByStart(_ hits: inout [LexiconHit], runEnds: [Int], tokenCount: Int, starts: [Int32]) -> [Int32] {
        var mergedEnd = 0
        var earlier: [LexiconHit] = []
        for end in runEnds where end > mergedEnd {
            if mergedEnd > 0 {
                // The hits merged so far are copied out; the merge writes into their place and
                // never passes the next unread hit of this run (it writes at most as many as it read).
                earlier.removeAll(keepingCapacity: true)
                earlier.append(contentsOf: hits[0..<mergedEnd])
                earlier.withUnsafeBufferPointer { earlier in
                    hits.withUnsafeMutableBufferPointer { hits in
                        merge(earlier, UnsafeBufferPointer(rebasing: hits[mergedEnd..<end]), into: hits)
                    }
                }
            }
            mergedEnd = end
        }
        return startIndex(of: hits, tokenCount: tokenCount, zeros: starts)
    }

    /// Merges two ordered lists into the start of `output`; on a tie, `first`'s hit comes first.
    ///
    /// `second` lies in `output` itself, from `first.count` on: the merge moves whole blocks of
    /// one list between the other's hits, found by galloping, so a run with few hits (a
    /// diacritic-insensitive lexicon's, usually: case-sensitive phrases are walked with the
    /// folded ones and come in their run) costs about a search per hit and a block copy, not a
    /// comparison per hit of the other; the last block of `second` is already in place.
    private static func merge(
        _ first: UnsafeBufferPointer<LexiconHit>, _ second: UnsafeBufferPointer<LexiconHit>,
        into output: UnsafeMutableBufferPointer<LexiconHit>
    ) {
        guard let target = output.baseAddress, let from = first.baseAddress, let rest = second.baseAddress else { return }
        assert(rest == UnsafePointer(target + first.count), "the second run follows the first's place")
        var i = 0, j = 0, slot = 0
        while i < first.count && j < second.count {
            // The block of `second` that comes before first[i], then the block of `first` that
            // comes before second[j] (ties included: `first` wins them).
            let block = precedingCount(in: second, from: j) { isBefore($0, first[i]) }
            if block > 0 {
                UnsafeMutableRawPointer(target + slot).copyMemory(from: rest + j, byteCount: block * MemoryLayout<LexiconHit>.stride)
                slot += block
                j += block
                if j == second.count { break }
            }
            let taken = precedingCount(in: first, from: i) { !isBefore(second[j], $0) }
            (target + slot).update(from: from + i, count: taken)
            slot += taken
            i += taken
        }
        // What is left of `second` already sits where it goes; what is left of `first` goes before it.
        (target + slot).update(from: from + i, count: first.count - i)
    }

    /// Whether `a` comes before `b`: by start, then end, then entry.
    @inline(__always)
    private static func isBefore(_ a: LexiconHit, _ b: LexiconHit) -> Bool {
        // Start and end in one comparison: both are token indices, never negative.
        let keyA = UInt64(UInt32(bitPattern: a.start)) << 32 | UInt64(UInt32(bitPattern: a.end))
        let keyB = UInt64(UInt32(bitPattern: b.start)) << 32 | UInt64(UInt32(bitPattern: b.end))
        return keyA < keyB || (keyA == keyB && a.entry < b.entry)
    }

    /// How many hits from `start` on satisfy `holds`, which holds for a prefix of them: an
    /// exponential search, so a long block costs a logarithm of its length.
    @inline(__always)
    private static func precedingCount(
        in hits: UnsafeBufferPointer<LexiconHit>, from start: Int, while holds: (LexiconHit) -> Bool
    ) -> Int {
        guard start < hits.count, holds(hits[start]) else { return 0 }
        // hits[start + low - 1] holds; find a `high` where it fails or the list ends.
        var low = 1, step = 1
        var high = low + step
        while start + high <= hits.count && holds(hits[start + high - 1]) {
            low = high
            step *= 2
            high = low + step
        }
        high = min(high, hits.count - start)
        // The count is in low...high: hits[start + low - 1] holds, and it fails at or before
        // hits[start + high] (or the list ends there).
        return hits.partitioningIndex(in: start + low..<start + high, where: holds) - start
    }

    /// Where each token's hits begin in `hits` (ordered by start): `starts[t]..<starts[t + 1]`
    /// are the hits starting at token t.
    private static func startIndex(of hits: [LexiconHit], tokenCount: Int, zeros: [Int32]) -> [Int32] {
        var starts = zeros
        assert(starts.count == tokenCount + 1 && starts.allSatisfy { $0 == 0 }, "one zero per token and one more")
        starts.withUnsafeMutableBufferPointer { starts in
            hits.withUnsafeBufferPointer { hits in
                for hit in hits { starts[Int(hit.start) + 1] &+= 1 }
                for index in 0..<tokenCount { starts[index + 1] &+= starts[index] }
            }
        }
        return starts
    }

    /// Whether `start..<end` overlaps one of the sorted, disjoint intervals `intervals[run]`.
    private static func overlaps(_ intervals: [(start: Int32, end: Int32)], _ run: Range<Int>, _ start: Int32, _ end: Int32) -> Bool {
        let low = intervals.partitioningIndex(in: run) { $0.start < end }   // first interval starting at or after `end`
        return low > run.lowerBound && intervals[low - 1].end > start
    }
}
