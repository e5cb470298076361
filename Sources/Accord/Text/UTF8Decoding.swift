/// Bounds-checked UTF-8 decoding and encoding shared by the tokeniser, normaliser and splitter.
enum UTF8Decoding {
    /// Decodes the multi-byte scalar with lead byte `lead` at `i` in `count` bytes; malformed,
    /// overlong, surrogate or truncated sequences give U+FFFD with length 1.
    @inline(__always)
    static func decode(
        _ bytes: UnsafePointer<UInt8>, count: Int, at i: Int, lead: UInt8
    ) -> (value: UInt32, length: Int) {
        if lead >= 0xC2 && lead < 0xE0 {
            if i + 1 < count, bytes[i + 1] & 0xC0 == 0x80 {
                return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
            }
        } else if lead >= 0xE0 && lead < 0xF0 {
            if i + 2 < count, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
                let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6
                    | UInt32(bytes[i + 2] & 0x3F)
                if value >= 0x800 && (value < 0xD800 || value > 0xDFFF) { return (value, 3) }
            }
        } else if lead >= 0xF0 && lead < 0xF5 {
            if i + 3 < count, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80,
               bytes[i + 3] & 0xC0 == 0x80 {
                let value = UInt32(lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                    | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                if value >= 0x10000 && value <= 0x10FFFF { return (value, 4) }
            }
        }
        return (0xFFFD, 1)
    }

    /// Writes the UTF-8 encoding of a scalar value at `destination` (room for 4 bytes) and
    /// returns how many bytes it wrote.
    @inline(__always)
    static func encode(_ value: UInt32, into destination: UnsafeMutablePointer<UInt8>) -> Int {
        if value < 0x80 {
            destination[0] = UInt8(truncatingIfNeeded: value)
            return 1
        } else if value < 0x800 {
            destination[0] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
            destination[1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 2
        } else if value < 0x10000 {
            destination[0] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
            destination[1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            destination[2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 3
        } else {
            destination[0] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
            destination[1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
            destination[2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            destination[3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 4
        }
    }
}
