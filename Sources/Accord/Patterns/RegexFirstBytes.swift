/// The bytes a token must begin with for a token regex to match it, read from the regex's source.
///
/// A stage whose rules start with regexes is run only at the tokens one of them can match: with
/// a set of first bytes, the document index marks those tokens by their first byte and the pattern
/// machine passes over the rest with the stage masks; without one, every token is a place to try.
/// The regex engine runs only on tokens that begin with one of these bytes.
///
/// Only a small, certain part of the syntax is read: a first element that is a plain letter or
/// digit, `\d`, a class of plain letters, digits and ranges (`[4-9]`), or a group of alternatives
/// of those (`(COP|MC)`, `(\d{1,3})`), not made optional by `?`, `*` or `{0,…}`. Anything else
/// gives no set, and the regex is tried at every token as before. Letters and `\d` also admit
/// every byte that starts a multi-byte character, for the non-ASCII letters and digits that match
/// them (`\d` is any decimal digit, and case-insensitive letters fold across scripts).
enum RegexFirstBytes {
    /// The possible first bytes of a whole-token match of `source` (256 flags), or nil when the
    /// source is outside the part of the syntax read here.
    static func of(_ source: String) -> [Bool]? {
        let bytes = Array(source.utf8)
        var index = 0
        guard let set = alternation(bytes, &index, depth: 0), index == bytes.count else { return nil }
        return set
    }

    /// The first bytes of a regex with a literal prefix (``TokenRegex``'s), from its first byte
    /// lowercased: that byte in both cases. No non-ASCII byte: the prefix is compared on the
    /// token's ASCII bytes before the regex runs.
    static func ofLiteralPrefix(_ first: UInt8) -> [Bool] {
        var set = [Bool](repeating: false, count: 256)
        addCases(of: first, to: &set)
        return set
    }

    /// Groups nested deeper than this give no set: the reading recurses once per group, and a
    /// pack's regex could nest thousands (compiling runs on threads with small stacks).
    private static let maxDepth = 16

    /// The union of the first bytes of each alternative, up to an unmatched `)` or the end.
    private static func alternation(_ bytes: [UInt8], _ index: inout Int, depth: Int) -> [Bool]? {
        guard depth <= maxDepth else { return nil }
        var union = [Bool](repeating: false, count: 256)
        while true {
            guard let first = firstOfSequence(bytes, &index, depth: depth) else { return nil }
            for byte in 0..<256 where first[byte] { union[byte] = true }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "|") else { return union }
            index += 1
        }
    }

    /// The first bytes of a sequence's first element; the index is left at the `|` or `)` that
    /// ends the sequence, or at the end.
    private static func firstOfSequence(_ bytes: [UInt8], _ index: inout Int, depth: Int) -> [Bool]? {
        guard index < bytes.count else { return nil }   // an empty alternative matches nothing first
        var set = [Bool](repeating: false, count: 256)
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "("):
            index += 1
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "?"), bytes[index + 1] == UInt8(ascii: ":") {
                index += 2
            } else if index < bytes.count, bytes[index] == UInt8(ascii: "?") {
                return nil   // a look-around or an inline option
            }
            guard let inner = alternation(bytes, &index, depth: depth + 1), index < bytes.count, bytes[index] == UInt8(ascii: ")") else { return nil }
            index += 1
            set = inner
        case UInt8(ascii: "\\"):
            guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "d") else { return nil }
            index += 2
            addDigits(to: &set)
        case UInt8(ascii: "["):
            guard let found = characterClass(bytes, &index) else { return nil }
            set = found
        default:
            guard isAlphanumeric(byte) else { return nil }
            index += 1
            add(byte, to: &set)
        }
        // A quantifier that allows none leaves the first byte to what follows: no set.
        if index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "?"), UInt8(ascii: "*"):
                return nil
            case UInt8(ascii: "{"):
                guard index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: "0"), bytes[index + 1] != UInt8(ascii: ",") else { return nil }
            default:
                break
            }
        }
        skipRestOfSequence(bytes, &index)
        return set
    }

    /// A class of plain letters, digits and ranges between them (`[4-9]`, `[A-Za-z]`); nil for
    /// a negated class, escapes or any other byte.
    private static func characterClass(_ bytes: [UInt8], _ index: inout Int) -> [Bool]? {
        var set = [Bool](repeating: false, count: 256)
        index += 1   // past `[`
        guard index < bytes.count, bytes[index] != UInt8(ascii: "^") else { return nil }
        var members = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: "]") {
            let low = bytes[index]
            guard isAlphanumeric(low) else { return nil }
            if index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "-"), bytes[index + 2] != UInt8(ascii: "]") {
                let high = bytes[index + 2]
                guard isAlphanumeric(high), low <= high else { return nil }
                for member in low...high {
                    guard isAlphanumeric(member) else { return nil }   // `0-z` spans punctuation
                    add(member, to: &set)
                }
                index += 3
            } else {
                add(low, to: &set)
                index += 1
            }
            members += 1
        }
        guard index < bytes.count, members > 0 else { return nil }
        index += 1   // past `]`
        return set
    }

    /// Moves past the rest of a sequence: to the next `|` or unmatched `)` outside classes and
    /// groups, or to the end.
    private static func skipRestOfSequence(_ bytes: [UInt8], _ index: inout Int) {
        var depth = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                index += 2
                continue
            case UInt8(ascii: "["):
                // A `]` right after `[` or `[^` is a member, not the end.
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "^") { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1 }
                while index < bytes.count, bytes[index] != UInt8(ascii: "]") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
            case UInt8(ascii: "("):
                depth += 1
            case UInt8(ascii: ")"):
                if depth == 0 { return }
                depth -= 1
            case UInt8(ascii: "|"):
                if depth == 0 { return }
            default:
                break
            }
            index += 1
        }
        index = min(index, bytes.count)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// A letter with its other case, or a digit; a letter also admits every non-ASCII first byte.
    private static func add(_ byte: UInt8, to set: inout [Bool]) {
        if addCases(of: byte, to: &set) { addNonASCII(to: &set) }
    }

    /// A byte, and its other case when it is an ASCII letter; whether it is one.
    @discardableResult
    private static func addCases(of byte: UInt8, to set: inout [Bool]) -> Bool {
        set[Int(byte)] = true
        guard byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A else { return false }
        set[Int(byte | 0x20)] = true
        set[Int(byte & ~0x20)] = true
        return true
    }

    private static func addDigits(to set: inout [Bool]) {
        for digit in UInt8(ascii: "0")...UInt8(ascii: "9") { set[Int(digit)] = true }
        addNonASCII(to: &set)
    }

    /// The lead bytes of multi-byte UTF-8 characters (and the bytes a malformed token may begin with).
    private static func addNonASCII(to set: inout [Bool]) {
        for byte in 0x80..<256 { set[byte] = true }
    }
}
