/// What the pattern machine reads about an accepted result: its kind, span and canonical id.
struct ResultSpan {
    var kind: Int32
    var start: Int32
    var end: Int32
    /// The result's canonical id as a string-table index, or -1 when it has none
    /// (or one no pattern names, so no `@kind=id` can ask for it).
    var id: Int32
}

/// A read-only view of a ``DocumentIndex`` through raw buffers, valid inside
/// ``DocumentIndex/withView(_:)`` only.
///
/// The pattern machine reads token ids, hits and results at every state visit;
/// through Swift arrays nested in structs each read may retain and release the
/// array. The view reads them as plain memory.
struct DocumentView {
    let exact: UnsafeBufferPointer<UInt32>
    let folded: UnsafeBufferPointer<UInt32>
    let loose: UnsafeBufferPointer<UInt32>
    let tokens: UnsafeBufferPointer<Token>
    let utf8: UnsafeBufferPointer<UInt8>
    /// Per token: in the low byte the stages (one bit each) with a matcher that starts on this
    /// token's ids or on a lexicon hit starting at it; in the high byte those with a tested start
    /// its first byte lets through (``DocumentIndex``'s `tokenStageMask`).
    let stageMask: UnsafeBufferPointer<UInt16>
    let hits: UnsafeBufferPointer<LexiconHit>
    /// `hitStarts[t]..<hitStarts[t + 1]` index the hits starting at token t.
    let hitStarts: UnsafeBufferPointer<Int32>
    /// The hits ``LexiconMatcher``s may list, by index, and per sentence the range of them
    /// (``DocumentIndex``'s `listedHits`).
    let listedHits: UnsafeBufferPointer<Int32>
    let listedHitsBySentence: UnsafeBufferPointer<Int32>
    let results: UnsafeBufferPointer<ResultSpan>
    /// Result indices ordered by start; `resultStarts` is its per-token index.
    let resultOrder: UnsafeBufferPointer<Int32>
    let resultStarts: UnsafeBufferPointer<Int32>
    /// Per token: its spelling's number in the session's ``TokenIDCache``.
    let spellings: UnsafeBufferPointer<Int32>
    /// Per sentence: the required tokens it contains and the required entries and lexicons its
    /// hits give, one presence bit each (``MatcherRequirements``).
    let sentencePresence: UnsafeBufferPointer<PresenceBits>
    /// Per token: its sentence.
    let sentenceOfToken: UnsafeBufferPointer<Int32>
    /// For each sentence, the union of its tokens' ``stageMask``s (both bytes folded into one).
    let sentenceStageMask: UnsafeBufferPointer<UInt8>

    /// A token's id in a form (a form's raw value).
    @inline(__always)
    func id(_ form: UInt8, at index: Int) -> UInt32 {
        switch form {
        case NormalizationForm.exact.rawValue: return exact[index]
        case NormalizationForm.folded.rawValue: return folded[index]
        default: return loose[index]
        }
    }

    /// Indices into ``hits`` of the hits starting at a token (an ``IndexSequence``: every caller
    /// loops over them, in the machine's hottest loops).
    @inline(__always)
    func hitRange(at token: Int) -> IndexSequence { IndexSequence(from: Int(hitStarts[token]), to: Int(hitStarts[token &+ 1])) }

    /// Positions in ``resultOrder`` of the results starting at a token.
    @inline(__always)
    func resultRange(at token: Int) -> IndexSequence { IndexSequence(from: Int(resultStarts[token]), to: Int(resultStarts[token &+ 1])) }

    /// Whether a token belongs to a class (a ``TokenClass/code``).
    @inline(__always)
    func token(_ index: Int, isClass code: UInt8) -> Bool {
        let token = tokens[index]
        switch code {
        case TokenClass.num.code: return token.kind == .number
        case TokenClass.word.code: return token.kind == .word
        case TokenClass.cap.code: return token.kind == .word && token.flags.contains(.capitalized)
        case TokenClass.upper.code: return token.kind == .word && token.flags.contains(.uppercase)
        case TokenClass.punct.code: return token.kind == .punctuation
        default: return true
        }
    }
}

extension TokenClass {
    /// A small number standing for the class in a ``PatternOp``.
    var code: UInt8 {
        switch self {
        case .num: 0
        case .word: 1
        case .cap: 2
        case .upper: 3
        case .punct: 4
        case .any: 5
        }
    }
}
