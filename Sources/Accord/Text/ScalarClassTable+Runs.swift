/// The text form of a frozen ``ScalarClassTable``: the table's bytes as runs of equal bytes
/// (written by `ScalarClassTableTests`, read here at start-up).
///
/// A run is written `BBxN` (the byte and the run's length, in hexadecimal), runs are separated by
/// spaces or line breaks. Planes 0 and 1 take about 3,400 runs, so the frozen table is a short
/// string literal rather than an array literal of 131,072 elements, which the compiler would
/// type-check element by element.
extension ScalarClassTable {
    /// The bytes that `text`'s runs spell, or `nil` unless they are well formed and exactly `count`.
    static func decodeRuns(_ text: String, count: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        var byte = -1        // the current run's byte, once its `x` is read
        var number = 0       // the hexadecimal number being read
        var digits = 0
        func endRun() -> Bool {
            guard byte >= 0, digits > 0, number > 0, bytes.count + number <= count else { return false }
            bytes.append(contentsOf: repeatElement(UInt8(byte), count: number))
            byte = -1
            number = 0
            digits = 0
            return true
        }
        for character in text.utf8 {
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "F"):
                let value = character <= UInt8(ascii: "9") ? character - UInt8(ascii: "0") : character - UInt8(ascii: "A") + 10
                // Bounded: a byte has two digits, a run no more than the table's length.
                guard digits < 8 else { return nil }
                number = number << 4 | Int(value)
                digits += 1
            case UInt8(ascii: "x"):
                guard byte < 0, digits == 2 else { return nil }
                byte = number
                number = 0
                digits = 0
            case UInt8(ascii: " "), UInt8(ascii: "\n"):
                if byte >= 0 || digits > 0 { guard endRun() else { return nil } }
            default:
                return nil
            }
        }
        if byte >= 0 || digits > 0 { guard endRun() else { return nil } }
        return bytes.count == count ? bytes : nil
    }
}
