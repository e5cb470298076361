/// Decodes UTF-8 that arrives in pieces into valid UTF-8, exactly as `String(decoding:as:)`
/// decodes the whole: each maximal invalid subsequence becomes one U+FFFD.
///
/// A piece may end inside a character; those last bytes wait for the next piece. Holding back
/// from a lead byte never changes the decoding, because a lead byte can only start a
/// character: whatever came before it decodes the same whether the lead byte follows now or later.
struct UTF8ChunkDecoder {
    /// The bytes of an unfinished character at the end of the last piece (at most three).
    private var pending: [UInt8] = []

    /// Decodes a piece, appending the valid UTF-8 of its finished characters to `output`.
    mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        if pending.isEmpty {
            decodeHoldingBack(bytes, into: &output)
        } else {
            let joined = pending + Array(bytes)
            pending.removeAll(keepingCapacity: true)
            joined.withUnsafeBufferPointer { decodeHoldingBack($0, into: &output) }
        }
    }

    /// Decodes what is left at the end of the input: an unfinished character becomes U+FFFD.
    mutating func finish(into output: inout [UInt8]) {
        guard !pending.isEmpty else { return }
        output.append(contentsOf: String(decoding: pending, as: UTF8.self).utf8)
        pending.removeAll()
    }

    private mutating func decodeHoldingBack(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        let cut = Self.finishedPrefix(bytes)
        let finished = UnsafeBufferPointer(rebasing: bytes[0..<cut])
        if Self.isASCII(finished) {
            output.append(contentsOf: finished)
        } else {
            output.append(contentsOf: String(decoding: finished, as: UTF8.self).utf8)
        }
        pending.append(contentsOf: bytes[cut...])
    }

    /// The length of the prefix that ends on a character boundary: all of it, unless its last
    /// lead byte starts a character longer than the bytes after it.
    static func finishedPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = bytes.count
        // A character is at most four bytes: look at most three continuation bytes back.
        while index > 0, bytes.count - index < 4 {
            index -= 1
            let byte = bytes[index]
            if byte & 0xC0 == 0x80 { continue }   // a continuation byte
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            return length > bytes.count - index ? index : bytes.count
        }
        return bytes.count
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }
}
