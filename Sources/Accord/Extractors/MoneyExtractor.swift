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
    /// `numbers` (number words → value: `"5": [five]`), `ranges` (words joining a range: đến, to).
    public var lexiconOptionKeys: Set<String> { ["currencies", "scales", "approximate", "numbers", "ranges"] }
    /// The lexicon options and `decimal` (`comma` or `point`).
    public var optionKeys: Set<String> { lexiconOptionKeys.union(["decimal"]) }

    /// Requires `currencies`; checks `decimal`.
    ///
    /// - Parameter options: The rule's options.
    /// - Returns: The problem, or `nil` when `currencies` is given and `decimal` is `comma`,
    ///   `point` or absent.
    public func validate(_ options: ExtractorOptions) -> String? {
        if options["currencies"] == nil { return "the option 'currencies' (a lexicon of currency names) is required" }
        if let decimal = options["decimal"], DecimalParser.Convention(rawValue: decimal) == nil {
            return "'decimal' must be comma or point, not '\(decimal)'"
        }
        return nil
    }

    /// Finds every amount in the document.
    ///
    /// - Parameter input: The document, with the hits of the lexicons the options name.
    /// - Returns: One extraction per amount, with the fields `value`, `currency`, `approximate`
    ///   and, for a range, `upper`.
    public func extract(from input: ExtractorInput) -> [Extraction] {
        extract(from: input, settings: settings(from: input.options, slot: input.slot(ofKey:)))
    }
}

extension MoneyExtractor: OptionPreparingExtractor {
    /// What a rule's options give: its `decimal` convention and where its lexicons' hits are.
    struct Settings: Sendable {
        var convention: DecimalParser.Convention
        var currencies, scales, numbers, ranges, approximate: Int32?
    }

    /// The rule's `decimal` convention (comma by default) and its lexicons' places.
    func settings(from options: ExtractorOptions, slot: (String) -> Int32?) -> Settings {
        Settings(convention: options["decimal"].flatMap(DecimalParser.Convention.init(rawValue:)) ?? .comma,
                 currencies: slot("currencies"), scales: slot("scales"), numbers: slot("numbers"), ranges: slot("ranges"),
                 approximate: slot("approximate"))
    }

    func extract(from input: ExtractorInput, settings: Settings) -> [Extraction] {
        // An amount has a currency from the lexicon and a number in digits or words: a document
        // without either (most short ones) has none, and its marks and indexes are not built.
        guard input.hasHits(inSlot: settings.currencies),
              !input.digitTokens.isEmpty || input.hasHits(inSlot: settings.numbers) else { return [] }
        let convention = settings.convention
        let tokenCount = input.tokenCount
        // What starts or ends at each token, one bit per question (see `Marks`): most tokens an
        // amount could start at are no amount's, and each of them asked four lexicons' indexes
        // by binary search where its bits answer at once.
        var marks = Marks.numberStarts(input)
        let currencyHits = input.hits(inSlot: settings.currencies)
        let currencyIndex = HitIndex(currencyHits, tokenCount: tokenCount, markingStarts: &marks, with: Marks.currencyStart)
        for hit in currencyHits where hit.tokens.lowerBound >= 0 && hit.tokens.upperBound <= tokenCount {
            marks[hit.tokens.upperBound] |= Marks.currencyEnd
        }
        let scaleIndex = HitIndex(input.hits(inSlot: settings.scales), tokenCount: tokenCount, markingStarts: &marks, with: Marks.scaleStart)
        let wordIndex = HitIndex(input.hits(inSlot: settings.numbers), tokenCount: tokenCount, markingStarts: &marks, with: Marks.wordStart)
        let rangeIndex = HitIndex(input.hits(inSlot: settings.ranges), tokenCount: tokenCount, markingStarts: &marks, with: Marks.rangeStart)
        // Wrapped once every lexicon is marked: they share the finished marks.
        let currencies = MarkedHits(hits: currencyIndex, bit: Marks.currencyStart, marks: marks)
        let scales = MarkedHits(hits: scaleIndex, bit: Marks.scaleStart, marks: marks)
        let words = MarkedHits(hits: wordIndex, bit: Marks.wordStart, marks: marks)
        let rangeWords = MarkedHits(hits: rangeIndex, bit: Marks.rangeStart, marks: marks)
        let hedges = HitIndex(input.hits(inSlot: settings.approximate), tokenCount: tokenCount)
        var results: [Extraction] = []
        results.reserveCapacity(8)   // a news document has a few amounts: one allocation, not four
        var next = 0
        var index = 0
        while index < tokenCount {
            // Only a number, a word with a digit or a number word can start an amount: the other
            // tokens are passed over in one tight loop, not asked each of those questions.
            index = marks.withUnsafeBufferPointer { marks in
                // The marks have one entry past the last token (a currency's end): not scanned.
                TokenMarks.next(in: UnsafeBufferPointer(rebasing: marks[..<tokenCount]), from: max(index, next),
                                mask: Marks.digits | Marks.wordStart)
            }
            if index == tokenCount { break }
            defer { index += 1 }
            // Where the number ends: digits (`5.000`), a number word (`five`), or digits glued to a
            // scale (`5bn`). Parsing waits until a currency is found: most numbers are not money.
            let numberEnd: Int
            let word = words.longest(startingAt: index)
            if input.isNumber(at: index) || input.hasDigit(at: index) {
                numberEnd = index + 1
            } else if let word {
                numberEnd = word.tokens.upperBound
            } else {
                continue
            }
            var end = numberEnd
            // A range shares the scale and currency written after its second number: `3-5 tỷ USD`,
            // `từ 3 đến 5 tỷ USD`, `2 to 3 billion dollars`.
            var upperStart: Int?
            let dash = end < tokenCount && Self.isDash(input, at: end) && input.isNumber(at: end + 1)
            let range = dash ? nil : rangeWords.longest(startingAt: end)
            if dash || (range.map { input.isNumber(at: $0.tokens.upperBound) } ?? false) {
                let second = dash ? end + 1 : (range?.tokens.upperBound ?? end)
                upperStart = second
                end = second + 1
            }
            var factor = ExactNumber.one
            while let scale = scales.longest(startingAt: end), let multiplier = DecimalParser.number(scale.id.utf8) {
                factor = factor * multiplier
                end = scale.tokens.upperBound
            }
            var start = index
            var currency: String?
            if let after = currencies.longest(startingAt: end) {
                currency = after.id
                end = after.tokens.upperBound
            } else if let before = currencies.longest(endingAt: index, markedBy: Marks.currencyEnd) {
                currency = before.id
                start = before.tokens.lowerBound
            }
            guard let currency, let value = number(at: index, word: word, input: input, convention: convention) else { continue }
            let approximate = hedges.longest(endingAt: start)
            if let approximate { start = approximate.tokens.lowerBound }
            let amount = value * factor
            var fields = ExtractionFields.Amount(value: amount.decimal, currency: currency, approximate: approximate != nil,
                                                 valueInteger: amount.wholeBelow2to53)
            if let upperStart, let upper = number(at: upperStart, word: nil, input: input, convention: convention) {
                let upperAmount = upper * factor
                fields.upper = upperAmount.decimal
                fields.upperInteger = upperAmount.wholeBelow2to53
            }
            results.append(Extraction(tokens: start..<end, id: currency, storedFields: .amount(fields)))
            next = end
        }
        return results
    }

    /// The bits of the per-token marks the scan reads: one entry per token and one past the last
    /// (where a currency can end).
    enum Marks {
        /// A number or a word with a digit (`5bn`).
        static let digits: UInt16 = 1
        static let wordStart: UInt16 = 2
        static let rangeStart: UInt16 = 4
        static let scaleStart: UInt16 = 8
        static let currencyStart: UInt16 = 16
        static let currencyEnd: UInt16 = 32

        /// The marks with ``digits`` set on the tokens that have a digit (only numbers and words have one).
        static func numberStarts(_ input: ExtractorInput) -> [UInt16] {
            var marks = [UInt16](repeating: 0, count: input.tokenCount + 1)
            // The document's digit tokens, found once for every extractor run.
            marks.withUnsafeMutableBufferPointer { marks in
                for index in input.digitTokens { marks[Int(index)] = digits }
            }
            return marks
        }
    }
}

extension MoneyExtractor {
    /// Whether the token at `index` is `-` or `–` (en dash), from its bytes.
    static func isDash(_ input: ExtractorInput, at index: Int) -> Bool {
        let token = input.document.tokens[index]
        let utf8 = input.document.utf8, start = Int(token.start)
        switch Int(token.end) - start {
        case 1: return utf8[start] == UInt8(ascii: "-")
        case 3: return utf8[start] == 0xE2 && utf8[start + 1] == 0x80 && utf8[start + 2] == 0x93
        default: return false
        }
    }

    /// The value of the number starting at a token: digits, a number word, or digits glued to a scale.
    func number(at index: Int, word: ExtractorInput.Hit?, input: ExtractorInput, convention: DecimalParser.Convention) -> ExactNumber? {
        // From the token's bytes: its text would make the document's `String` (see ``ExtractorInput/text``).
        if input.isNumber(at: index) { return DecimalParser.number(utf8: input.utf8(at: index), convention: convention) }
        if let word { return DecimalParser.number(word.id.utf8) }
        if let (value, scale) = gluedScale(at: index, input: input, convention: convention) { return value * scale }
        return nil
    }

    /// ``gluedScale(_:input:convention:)`` of the token at `index`, read from its bytes when they
    /// are ASCII (`5bn`); a token with other letters (`1,5tỷ`) is read as text, by characters.
    func gluedScale(at index: Int, input: ExtractorInput, convention: DecimalParser.Convention) -> (ExactNumber, ExactNumber)? {
        guard input.isWord(at: index) else { return nil }
        let bytes = input.utf8(at: index)
        guard let first = bytes.first, first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") else { return nil }
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return gluedScale(input.token(at: index), input: input, convention: convention) }
        guard let split = bytes.firstIndex(where: { !($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) && $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: ",") }),
              let number = DecimalParser.number(utf8: bytes[..<split], convention: convention),
              let id = input.lexiconID(of: String(decoding: bytes[split...], as: UTF8.self), in: "scales"),
              let scale = DecimalParser.number(id.utf8)
        else { return nil }
        return (number, scale)
    }

    /// A word token that is a number glued to a scale word (`5bn`, `1,5tỷ`): its value and multiplier.
    func gluedScale(_ token: ExtractorInput.TokenView, input: ExtractorInput, convention: DecimalParser.Convention) -> (ExactNumber, ExactNumber)? {
        guard token.isWord, let first = token.text.first, first.isASCIIDigit,
              let split = token.text.firstIndex(where: { !$0.isASCIIDigit && $0 != "." && $0 != "," })
        else { return nil }
        guard let number = DecimalParser.number(token.text[..<split], convention: convention),
              let id = input.lexiconID(of: token.text[split...], in: "scales"), let scale = DecimalParser.number(id.utf8)
        else { return nil }
        return (number, scale)
    }
}
