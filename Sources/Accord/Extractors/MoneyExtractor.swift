import Foundation

/// Finds money amounts: a number with an optional scale word and a currency, before or after it.
///
/// Everything language-specific comes from the pack: the currency, scale and
/// approximation lexicons, and whether `,` or `.` marks decimals.
///
/// ```yaml
/// - id: money
///   kind: amount
///   extractor: money
///   options: {currencies: currencies, scales: scales, approximate: approx, decimal: comma}
/// ```
public struct MoneyExtractor: Extractor {
    /// `money`.
    public let name = "money"
    /// Creates the extractor.
    public init() {}

    /// `currencies` (phrase → ISO 4217 code), `scales` (phrase → multiplier), `approximate` (hedging words),
    /// `numbers` (number words → value: `"5": [five]`).
    public var lexiconOptionKeys: Set<String> { ["currencies", "scales", "approximate", "numbers"] }
    /// The lexicon options and `decimal` (`comma` or `point`).
    public var optionKeys: Set<String> { lexiconOptionKeys.union(["decimal"]) }

    /// Requires `currencies`; checks `decimal`.
    public func validate(_ options: ExtractorOptions) -> String? {
        if options["currencies"] == nil { return "the option 'currencies' (a lexicon of currency names) is required" }
        if let decimal = options["decimal"], DecimalParser.Convention(rawValue: decimal) == nil {
            return "'decimal' must be comma or point, not '\(decimal)'"
        }
        return nil
    }

    /// Finds every amount in the document.
    public func extract(from input: ExtractorInput) -> [Extraction] {
        let convention = input.options["decimal"].flatMap(DecimalParser.Convention.init(rawValue:)) ?? .comma
        let currencies = HitIndex(input.hits("currencies"))
        let scales = HitIndex(input.hits("scales"))
        let hedges = HitIndex(input.hits("approximate"))
        let words = HitIndex(input.hits("numbers"))
        var results: [Extraction] = []
        var next = 0
        for index in 0..<input.tokenCount where index >= next {
            // The number: digits (`5.000`) or a number word (`five`, when the pack lists them).
            var value: Decimal
            var end: Int
            if input.isNumber(at: index), let parsed = DecimalParser.parse(input.token(at: index).text, convention: convention) {
                value = parsed
                end = index + 1
            } else if let word = words.longest(startingAt: index), let parsed = Decimal(string: word.id) {
                value = parsed
                end = word.tokens.upperBound
            } else {
                continue
            }
            while let scale = scales.longest(startingAt: end), let factor = Decimal(string: scale.id) {
                value *= factor
                end = scale.tokens.upperBound
            }
            var start = index
            var currency: String?
            if let after = currencies.longest(startingAt: end) {
                currency = after.id
                end = after.tokens.upperBound
            } else if let before = currencies.longest(endingAt: index) {
                currency = before.id
                start = before.tokens.lowerBound
            }
            guard let currency else { continue }
            let approximate = hedges.longest(endingAt: start)
            if let approximate { start = approximate.tokens.lowerBound }
            results.append(Extraction(tokens: start..<end, id: currency, fields: [
                "value": .decimal(value), "currency": .string(currency), "approximate": .bool(approximate != nil),
            ]))
            next = end
        }
        return results
    }
}

/// Lexicon hits indexed by their first and last token.
struct HitIndex {
    private var byStart: [Int: ExtractorInput.Hit] = [:]
    private var byEnd: [Int: ExtractorInput.Hit] = [:]

    init(_ hits: [ExtractorInput.Hit]) {
        for hit in hits {
            if byStart[hit.tokens.lowerBound].map({ hit.tokens.count > $0.tokens.count }) ?? true { byStart[hit.tokens.lowerBound] = hit }
            if byEnd[hit.tokens.upperBound].map({ hit.tokens.count > $0.tokens.count }) ?? true { byEnd[hit.tokens.upperBound] = hit }
        }
    }

    /// The longest hit starting at a token.
    func longest(startingAt token: Int) -> ExtractorInput.Hit? { byStart[token] }
    /// The longest hit ending just before a token.
    func longest(endingAt token: Int) -> ExtractorInput.Hit? { byEnd[token] }
}
