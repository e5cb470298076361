/// Canonical Vietnamese tone placement, so the old (`hoà`, `thuỷ`, `khoẻ`) and new (`hòa`,
/// `thủy`, `khỏe`) spellings normalise to the same letters.
extension TextNormalizer {
    /// Moves the tone mark of every syllable in `scalars` (NFC) to its canonical vowel.
    func placeTones(_ scalars: UnsafeMutableBufferPointer<UInt32>, count: Int) {
        var start = 0
        while start < count {
            guard isLetterOrMark(scalars[start]) else {
                start += 1
                continue
            }
            var end = start + 1
            while end < count, isLetterOrMark(scalars[end]) { end += 1 }
            if end - start >= 2 { placeTone(scalars, from: start, to: end) }
            start = end
        }
    }

    /// Whether a scalar belongs to a syllable: a letter, or a combining mark left over after NFC.
    @inline(__always)
    private func isLetterOrMark(_ value: UInt32) -> Bool {
        if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
        let cls = classes.scalarClass(value)
        return cls == ScalarClass.upper || cls == ScalarClass.lower || cls == ScalarClass.otherLetter
            || cls == ScalarClass.mark
    }

    /// Applies the canonical rule to one syllable `scalars[start..<end]`, leaving it unchanged
    /// unless it is Vietnamese with exactly one tone mark and one vowel cluster.
    private func placeTone(_ scalars: UnsafeMutableBufferPointer<UInt32>, from start: Int, to end: Int) {
        let letterBit = UInt32(LatinLetterTable.vietnameseLetterBit) << 12
        let vowelBit = UInt32(LatinLetterTable.vowelBit) << 12
        let modifiedBit = UInt32(LatinLetterTable.modifiedVowelBit) << 12
        var toneAt = -1
        var tone: UInt32 = 0
        for k in start..<end {
            let info = latin.info(scalars[k])
            guard info & letterBit != 0 else { return }
            let letterTone = info >> 9 & 7
            if letterTone != 0 {
                guard toneAt < 0 else { return }  // two tones: not one Vietnamese syllable
                toneAt = k
                tone = letterTone
            }
        }
        guard toneAt >= 0 else { return }

        // "qu" and "gi" before a vowel are consonants: quả, giữa.
        var clusterSearch = start
        if end - start >= 3, latin.info(scalars[start + 2]) & vowelBit != 0 {
            let first = latin.info(scalars[start]) & 0x1FF
            let second = latin.info(scalars[start + 1]) & 0x1FF
            if (first == 0x71 && second == 0x75) || (first == 0x67 && second == 0x69) { clusterSearch = start + 2 }
        }
        var first = clusterSearch
        while first < end, latin.info(scalars[first]) & vowelBit == 0 { first += 1 }
        guard first < end else { return }
        var last = first
        var key: UInt32 = latin.info(scalars[first]) & 0x1FF  // the cluster, 9 bits a letter
        var target = latin.info(scalars[first]) & modifiedBit != 0 ? first : -1
        while last + 1 < end {
            let info = latin.info(scalars[last + 1])
            guard info & vowelBit != 0 else { break }
            last += 1
            key = key << 9 | info & 0x1FF
            if info & modifiedBit != 0 { target = last }  // ươ → ơ
        }
        for k in (last + 1)..<end where latin.info(scalars[k]) & vowelBit != 0 { return }  // a second cluster
        guard last - first < 3 else { return }

        if target < 0 {
            if last + 1 < end {
                target = last  // closed syllable: hoàng, toán
            } else {
                target = last - first == 2 ? first + 1 : first  // hòa, thủy, mùa; ngoài, khuỷu
            }
        }
        guard target != toneAt, LatinLetterTable.isVietnameseVowelCluster(key),  // French "où" stays
              let moved = latin.withTone(scalars[target], UInt8(truncatingIfNeeded: tone)) else { return }
        scalars[toneAt] = latin.entries[LatinLetterTable.index(scalars[toneAt])].toneless
        scalars[target] = moved
    }
}
