import Foundation

/// A regular expression tested against one token's whole text.
///
/// Limiting regexes to a single token keeps every pattern linear in the
/// document: no expression can backtrack over more than one token.
struct TokenRegex: Sendable, Hashable {
    let source: String
    let caseSensitive: Bool
    private let expression: NSRegularExpression

    init(_ source: String, caseSensitive: Bool) throws {
        self.source = source
        self.caseSensitive = caseSensitive
        expression = try NSRegularExpression(
            pattern: "^(?:\(source))$", options: caseSensitive ? [] : [.caseInsensitive])
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
