extension CodingUserInfoKey {
    /// Set this to the analysed text in a decoder's `userInfo` to decode Accord results:
    /// a span's `range` indexes that text and is rebuilt from its scalar offsets.
    public static let accordAnalysedText = CodingUserInfoKey(rawValue: "accord.analysedText")!  // a constant, valid key
}

extension TextSpan: Codable {
    private enum CodingKeys: String, CodingKey { case text, start, end, sentence }

    /// Decodes a span; requires ``Swift/CodingUserInfoKey/accordAnalysedText`` in `userInfo`.
    ///
    /// - Parameter decoder: A decoder whose `userInfo` holds the analysed text.
    /// - Throws: `DecodingError.dataCorrupted` when the text is missing from `userInfo` or the
    ///   offsets lie outside it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        start = try container.decode(Int.self, forKey: .start)
        end = try container.decode(Int.self, forKey: .end)
        sentence = try container.decode(Int.self, forKey: .sentence)
        guard let source = decoder.userInfo[.accordAnalysedText] as? String else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "set decoder.userInfo[.accordAnalysedText] to the analysed text to decode spans"))
        }
        let scalars = source.unicodeScalars
        guard start >= 0, start <= end, end <= scalars.count else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "span \(start)..<\(end) lies outside the analysed text"))
        }
        let lower = scalars.index(scalars.startIndex, offsetBy: start)
        let upper = scalars.index(lower, offsetBy: end - start)
        range = lower..<upper
    }

    /// Encodes the text, scalar offsets and sentence; the range is implied by the offsets.
    ///
    /// - Parameter encoder: The encoder to write to.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(sentence, forKey: .sentence)
    }
}

