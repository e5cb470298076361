/// The tokeniser's class of the scalars a word's scan reads without decoding them, as the bit
/// `1 << class` (a ``ScalarClass`` constant), so a letter costs a load and no shift.
///
/// Indexed by scalar value for U+0000…U+07FF (ASCII, and every two-byte UTF-8 sequence, whose
/// bits give its value), then U+1E00…U+1EFF (Latin Extended Additional, three bytes E1 B8…BB,
/// where Vietnamese letters with two marks live) from ``latinExtendedAdditionalBase``: together
/// nearly every letter of Vietnamese and English text. The classes are ``ScalarClassTable``'s.
enum WordClassBits {
    /// The bits, 4.5 KB, built once per process.
    static let table: [UInt16] = (0..<latinExtendedAdditionalBase + 0x100).map { index in
        let value = index < latinExtendedAdditionalBase ? index : 0x1E00 + index - latinExtendedAdditionalBase
        return UInt16(1) << UInt16(ScalarClassTable.shared.bytes[value] & ScalarClass.classMask)
    }

    /// Where U+1E00 is in ``table``.
    static let latinExtendedAdditionalBase = 0x800

    /// The index of a two-byte sequence (lead C2…DF, then a continuation byte): its scalar value.
    @inline(__always)
    static func index(ofTwoByte lead: UInt8, _ second: UInt8) -> Int {
        Int(lead & 0x1F) << 6 | Int(second & 0x3F)
    }

    /// The index of a three-byte sequence E1 B8…BB, then a continuation byte (U+1E00…U+1EFF).
    @inline(__always)
    static func index(ofLatinExtendedAdditional second: UInt8, _ third: UInt8) -> Int {
        latinExtendedAdditionalBase | Int(second & 0x03) << 6 | Int(third & 0x3F)
    }
}
