import Foundation   // memchr
import Synchronization

/// A document split into tokens and sentences, with byte offsets into its UTF-8.
struct TokenizedDocument: Sendable {
    /// The text. A document given as UTF-8 makes it on first use: the JSON path reads only the
    /// bytes, and a `String` of every document cost its creation's UTF-8 check.
    var text: String {
        switch source {
        case .string(let text): text
        case .utf8(let lazy): lazy.string
        }
    }
    let utf8: [UInt8]
    let tokens: [Token]
    /// Sentences as token index ranges, covering every token in order.
    let sentences: [Range<Int>]
    /// For each token, the index of its sentence.
    let sentenceOfToken: [Int32]
    private let source: Source

    /// Where ``text`` comes from.
    private enum Source: Sendable {
        case string(String)
        case utf8(LazyString)
    }

    init(text: String, splitter: SentenceSplitter, terminators: SentenceTerminators = .none) {
        let utf8 = Array(text.utf8)
        self.init(utf8: utf8, tokens: Self.tokens(of: utf8).tokens, source: .string(text), splitter: splitter, terminators: terminators)
    }

    /// A document given as UTF-8, or nil when the bytes are not well-formed UTF-8 (the caller
    /// then makes the `String` that repairs them). The tokeniser checks them as it goes.
    ///
    /// - Parameters:
    ///   - spareTokens: An array whose memory the tokens may fill (an earlier document's), or empty.
    ///   - spareNumbers: The same for the tokens' sentence numbers.
    init?(utf8: [UInt8], splitter: SentenceSplitter, terminators: SentenceTerminators = .none, spareTokens: [Token] = [], spareNumbers: [Int32] = []) {
        let (tokens, wellFormed) = Self.tokens(of: utf8, into: spareTokens)
        guard wellFormed else { return nil }
        self.init(utf8: utf8, tokens: tokens, source: .utf8(LazyString(wellFormedUTF8: utf8)), splitter: splitter,
                  terminators: terminators, spareNumbers: spareNumbers)
    }

    private static func tokens(of utf8: [UInt8], into spare: [Token] = []) -> (tokens: [Token], wellFormed: Bool) {
        var tokens = spare
        tokens.removeAll(keepingCapacity: true)
        tokens.reserveCapacity(utf8.count / 4)
        let wellFormed = utf8.withUnsafeBufferPointer { Tokenizer().tokenize($0, into: &tokens) }
        return (tokens, wellFormed)
    }

    private init(utf8: [UInt8], tokens: [Token], source: Source, splitter: SentenceSplitter, terminators: SentenceTerminators, spareNumbers: [Int32] = []) {
        var sentences: [Range<Int>] = []
        var sentenceOfToken: [Int32] = []
        utf8.withUnsafeBufferPointer { buffer in
            (sentences, sentenceOfToken) = Self.number(splitter.split(tokens, utf8: buffer), tokens: tokens, utf8: buffer,
                                                       splittingAfter: terminators, spareNumbers: spareNumbers)
        }
        self.utf8 = utf8
        self.tokens = tokens
        self.sentences = sentences
        self.sentenceOfToken = sentenceOfToken
        self.source = source
    }

    /// The sentences, split again after every token whose text is a terminator, and each
    /// token's sentence number.
    ///
    /// Terminator tokens are found from their first bytes with `memchr` over the text (they are
    /// rare, and a test of every token's first byte cost a tenth of tokenising); each sentence's
    /// numbers are then written as one fill.
    private static func number(
        _ sentences: [Range<Int>], tokens: [Token], utf8: UnsafeBufferPointer<UInt8>, splittingAfter terminators: SentenceTerminators,
        spareNumbers: [Int32]
    ) -> (sentences: [Range<Int>], sentenceOfToken: [Int32]) {
        // Every element is written: the sentences cover every token (the splitters' contract).
        assert(sentences.first?.lowerBound ?? 0 == 0 && sentences.last?.upperBound ?? 0 == tokens.count
               && zip(sentences, sentences.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound },
               "sentences must cover every token, in order")
        let splits = terminators.isEmpty ? [] : terminatorTokens(tokens, utf8: utf8, terminators: terminators)
        var result = sentences
        if !splits.isEmpty {
            result = []
            result.reserveCapacity(sentences.count + splits.count)
            var next = 0
            for sentence in sentences {
                var start = sentence.lowerBound
                // A terminator ends its sentence unless it is the sentence's last token already.
                while next < splits.count && splits[next] < sentence.upperBound {
                    let index = splits[next]
                    next += 1
                    if index + 1 < sentence.upperBound {
                        result.append(start..<index + 1)
                        start = index + 1
                    }
                }
                result.append(start..<sentence.upperBound)
            }
        }
        var sentenceOfToken = spareNumbers
        sentenceOfToken.removeAll(keepingCapacity: true)
        sentenceOfToken.append(contentsOf: repeatElement(0, count: tokens.count))
        // Through a raw buffer, a sentence at a time: sentences are ranges of these tokens, so
        // every write is in range.
        sentenceOfToken.withUnsafeMutableBufferPointer { buffer in
            for (index, sentence) in result.enumerated() {
                assert(sentence.upperBound <= buffer.count, "a sentence past the last token")
                UnsafeMutableBufferPointer(rebasing: buffer[sentence]).update(repeating: Int32(truncatingIfNeeded: index))
            }
        }
        return (result, sentenceOfToken)
    }

    /// The indices, in order, of the tokens whose text is one of `terminators`.
    private static func terminatorTokens(_ tokens: [Token], utf8: UnsafeBufferPointer<UInt8>, terminators: SentenceTerminators) -> [Int] {
        guard let base = utf8.baseAddress else { return [] }
        var found: [Int] = []
        tokens.withUnsafeBufferPointer { tokens in
            for first in terminators.firstBytes {
                var offset = 0, after = 0   // the bytes and tokens before the last hit are done
                while offset < utf8.count, let hit = memchr(base + offset, Int32(first), utf8.count - offset) {
                    let position = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    offset = position + 1
                    // The token that starts at this byte, if one does (the byte may be inside a
                    // token), searched among the tokens after the last hit's: a logarithm per hit,
                    // so even a terminator with a common first byte costs little.
                    let low = tokens.partitioningIndex(in: after..<tokens.count) { Int($0.start) < position }
                    after = low
                    guard low < tokens.count, Int(tokens[low].start) == position else { continue }
                    let bytes = UnsafeBufferPointer(rebasing: utf8[position..<Int(tokens[low].end)])
                    if terminators.contains(bytes) { found.append(low) }
                }
            }
        }
        // Each first byte's tokens came in order; several first bytes interleave them.
        found.sort()
        return found
    }

    /// The string index at a UTF-8 offset (always a scalar boundary: tokens start and end on scalars).
    func index(atByte offset: Int32) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: Int(offset))
    }

    /// The original text of a token.
    func substring(of token: Token) -> Substring {
        text[index(atByte: token.start)..<index(atByte: token.end)]
    }

    /// The original text of tokens `range`, from the first token's start to the last one's end.
    func substring(tokens range: Range<Int>) -> Substring {
        guard !range.isEmpty else { return "" }
        return text[textRange(tokens: range)]
    }

    /// Where tokens `range` (not empty) lie in ``text``, from the first token's start to the last one's end.
    func textRange(tokens range: Range<Int>) -> Range<String.Index> {
        assert(!range.isEmpty, "textRange(tokens:) needs a token")
        // The text taken once: each ``text`` is a copy of the string (``index(atByte:)`` twice took two).
        let text = self.text
        return text.utf8.index(text.startIndex, offsetBy: Int(tokens[range.lowerBound].start))
            ..< text.utf8.index(text.startIndex, offsetBy: Int(tokens[range.upperBound - 1].end))
    }

    /// ``substring(tokens:)`` as a new string, made from the bytes: it does not need ``text``,
    /// which a document given as UTF-8 makes only when asked for.
    func string(tokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return String(decoding: utf8[Int(tokens[first].start)..<Int(tokens[last].end)], as: UTF8.self)
    }

    /// A token's text in a normalisation form (folded by default, as lexicons compare it).
    func normalized(_ index: Int, form: NormalizationForm = .folded) -> String {
        let token = tokens[index]
        var out: [UInt8] = []
        utf8.withUnsafeBufferPointer { buffer in
            TextNormalizer().normalize(UnsafeBufferPointer(rebasing: buffer[Int(token.start)..<Int(token.end)]),
                                       form: form, into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
