import Foundation

/// A regular expression tested against one token's whole text.
///
/// Limiting regexes to a single token keeps every pattern linear in the
/// document: no expression can backtrack over more than one token.
struct TokenRegex: Sendable, Hashable {
    let source: String
    let caseSensitive: Bool
    private let expression: NSRegularExpression
    /// Lowercased ASCII letters and digits every match must start with (`COP` of `COP(\d+)`),
    /// checked on the bytes before the regex engine runs: most tokens fail it at once.
    private let literalPrefix: [UInt8]
    /// Whether the expression has a capture group, whose text a match gives instead of the token's.
    let hasGroup: Bool
    /// The bytes a matching token can begin with (256 flags; ``RegexFirstBytes``), nil when any
    /// byte may begin one.
    let firstBytes: [Bool]?

    init(_ source: String, caseSensitive: Bool) throws {
        self.source = source
        self.caseSensitive = caseSensitive
        expression = try NSRegularExpression(
            pattern: "^(?:\(source))$", options: caseSensitive ? [] : [.caseInsensitive])
        literalPrefix = Self.literalPrefix(of: source)
        hasGroup = expression.numberOfCaptureGroups > 0   // the wrapper's `(?:…)` is no group
        firstBytes = literalPrefix.first.map(RegexFirstBytes.ofLiteralPrefix) ?? RegexFirstBytes.of(source)
    }

    /// The leading run of plain ASCII letters and digits, if no quantifier or alternation can make it optional.
    private static func literalPrefix(of source: String) -> [UInt8] {
        var prefix: [UInt8] = []
        let bytes = Array(source.utf8)
        for (index, byte) in bytes.enumerated() {
            let isAlphanumeric = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            guard isAlphanumeric else { break }
            // A quantifier right after a character makes that character optional or repeatable.
            if index + 1 < bytes.count, [UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "{")].contains(bytes[index + 1]) { break }
            prefix.append(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0))
        }
        return bytes.contains(UInt8(ascii: "|")) ? [] : prefix
    }

    /// Whether the token's UTF-8 could match: it starts with the literal prefix, ignoring ASCII
    /// case, or with one of ``firstBytes``.
    func mayMatch(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        if literalPrefix.isEmpty, let firstBytes {
            guard let first = token.first else { return false }
            return firstBytes[Int(first)]
        }
        guard token.count >= literalPrefix.count else { return false }
        for (index, byte) in literalPrefix.enumerated() {
            let actual = token[index]
            let folded = actual >= 0x41 && actual <= 0x5A ? actual | 0x20 : actual
            if folded != byte { return false }
        }
        return true
    }

    /// The whole-token match: `nil` when it does not match, else the first
    /// capture group's text (or the token) for use as a captured value.
    func match(_ token: String) -> String? {
        let range = NSRange(token.startIndex..., in: token)
        guard let result = expression.firstMatch(in: token, options: [.anchored], range: range) else { return nil }
        if result.numberOfRanges > 1, let group = Range(result.range(at: 1), in: token) {
            return String(token[group])
        }
        return token
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.source == rhs.source && lhs.caseSensitive == rhs.caseSensitive
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(caseSensitive)
    }
}
