/// The bytes a JSON string cannot hold as they are: `"`, `\` and controls below 0x20. The JSONL
/// reader stops at them and the writer escapes them; both test eight bytes at a time.
enum JSONStringBytes {
    /// Whether a byte must be escaped inside a JSON string.
    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether any of eight bytes (a little-endian word) must be escaped: the classic "has a
    /// zero byte" test on the word XORed with `"` and with `\`, and "has a byte below 0x20".
    /// Exact: it says yes only when such a byte is there.
    @inline(__always)
    static func hasSpecial(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func zeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let quote = zeroByte(word ^ (ones &* 0x22)), backslash = zeroByte(word ^ (ones &* 0x5C))
        let control = (word &- ones &* 0x20) & ~word & highs
        return quote | backslash | control != 0
    }

    /// Whether any byte of a buffer must be escaped.
    @inline(__always)   // once per string written, most of them a dozen bytes: a call cost half of it
    static func containsSpecial(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var index = 0
        // Wrapping: the index stays within the buffer's count, so these cannot overflow.
        while index &+ 8 <= utf8.count {
            if hasSpecial(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return true }
            index &+= 8
        }
        while index < utf8.count {
            if isSpecial(utf8[index]) { return true }
            index &+= 1
        }
        return false
    }
}
