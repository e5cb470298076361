/// Compiles a ``PatternNode`` into instructions of the shared pattern program.
///
/// Literal words are tokenised and normalised exactly like document text, so
/// `"công-tư"` in a pattern and `công-tư` in an article meet as the same ids.
struct PatternCompiler {
    /// Where the compiler looks names up; filled by the engine compiler.
    struct Scope {
        /// Resolves `%name` (and `%pack.name`) to a lexicon index, or explains why not.
        var lexicon: (String) -> Result<Int32, PatternParser.Failure>
        /// Whether a lexicon has an entry with this canonical id.
        var lexiconHasID: (Int32, String) -> Bool
        /// Whether some rule produces results of this kind.
        var producesKind: (String) -> Bool
        /// All kinds produced, for "did you mean".
        var knownKinds: [String]
        /// The form pattern literals are compared in.
        var form: NormalizationForm
    }

    var instructions: [Instruction] = []
    var regexes: [TokenRegex] = []
    var strings = StringTable()
    var vocabularies = [TokenVocabulary](repeating: TokenVocabulary(), count: NormalizationForm.allCases.count)
    var maxPatternSize: Int
    /// Where each top-level element of the last compiled pattern starts in the program (one
    /// entry for a pattern that is not a sequence), for `accord explain`.
    private(set) var lastElementStarts: [Int32] = []

    private let tokenizer = Tokenizer()
    private let normalizer = TextNormalizer()
    /// ``phraseIDs(_:form:)``'s buffers, kept between phrases.
    private var scratchTokens: [Token] = []
    private var scratchKeys: [UInt8] = []
    private var scratchEnds: [Int] = []

    init(maxPatternSize: Int) {
        self.maxPatternSize = maxPatternSize
    }

    /// Appends a pattern's program ending in `match(matcher)`; returns its entry point.
    mutating func compile(_ node: PatternNode, matcher: Int32, scope: Scope) throws(PatternParser.Failure) -> Int32 {
        if node.isNullable {
            throw PatternParser.Failure(
                code: .emptyMatch, message: "the pattern can match without consuming any token",
                hint: "make at least one element required (remove a '?', '*' or {0,n} around everything)", offset: 0)
        }
        let entry = Int32(instructions.count)
        lastElementStarts = []
        if case .sequence(let items) = node {
            for item in items {
                lastElementStarts.append(Int32(instructions.count))
                try emit(item, scope: scope)
            }
        } else {
            lastElementStarts = [entry]
            try emit(node, scope: scope)
        }
        instructions.append(.match(matcher))
        if instructions.count - Int(entry) > maxPatternSize {
            throw PatternParser.Failure(
                code: .packTooLarge, message: "the pattern compiles to \(instructions.count - Int(entry)) states, over the limit of \(maxPatternSize)",
                hint: "use smaller repetition counts or a lexicon instead of long alternations", offset: 0)
        }
        return entry
    }

    /// Removes the instructions from `entry` on: the last compiled pattern, when an identical
    /// one is already in the program (regexes and vocabulary it added stay, unused).
    mutating func discard(from entry: Int32) {
        instructions.removeSubrange(Int(entry)...)
    }

    /// A pattern literal's token ids. A literal that starts with an apostrophe (`'s`) is the
    /// clitic the tokenizer splits off a word (`India's` → `India` `'s`), so it is tokenised
    /// after a word, as it appears in text.
    mutating func literalIDs(_ text: String, form: NormalizationForm) -> [UInt32] {
        guard let first = text.unicodeScalars.first, first == "'" || first == "\u{2019}" else {
            return phraseIDs(text, form: form)
        }
        return Array(phraseIDs("x" + text, form: form).dropFirst())
    }

    /// Normalises a phrase into token ids of `form`, adding new tokens to the vocabulary.
    mutating func phraseIDs(_ phrase: String, form: NormalizationForm) -> [UInt32] {
        // Normalised first, all tokens into one buffer, and interned after: a closure that also
        // interned captured the compiler and copied its normaliser (half a dozen arrays to
        // retain) for every token of every phrase. The buffers are the compiler's, taken and
        // given back: tens of thousands of phrases each allocated, grew and freed their own.
        var tokens = DocumentBuffers.take(&scratchTokens), keys = DocumentBuffers.take(&scratchKeys)
        var ends = DocumentBuffers.take(&scratchEnds)
        defer { (scratchTokens, scratchKeys, scratchEnds) = (tokens, keys, ends) }
        var phrase = phrase
        phrase.withUTF8 { buffer in
            tokenizer.tokenize(buffer, into: &tokens)
            for token in tokens {
                normalizer.normalize(UnsafeBufferPointer(rebasing: buffer[Int(token.start)..<Int(token.end)]), form: form, into: &keys)
                ends.append(keys.count)
            }
        }
        return keys.withUnsafeBufferPointer { keys in
            ends.indices.map { index in
                let start = index == 0 ? 0 : ends[index - 1]
                return vocabularies[Int(form.rawValue)].intern(UnsafeBufferPointer(rebasing: keys[start..<ends[index]]))
            }
        }
    }

    // MARK: Emission

    private mutating func emit(_ node: PatternNode, scope: Scope) throws(PatternParser.Failure) {
        switch node {
        case .literal(let text, let offset):
            let ids = literalIDs(text, form: scope.form)
            if ids.isEmpty {
                throw PatternParser.Failure(code: .patternSyntax, message: "'\(text)' contains no token",
                                            hint: "write a word, a number or punctuation", offset: offset)
            }
            for id in ids { instructions.append(.token(form: scope.form, id: id)) }
        case .lexicon(let name, let id, let offset):
            let lexicon: Int32
            switch scope.lexicon(name) {
            case .success(let index): lexicon = index
            case .failure(var failure):
                failure.offset = offset
                throw failure
            }
            if let id, !scope.lexiconHasID(lexicon, id) {
                throw PatternParser.Failure(code: .unknownReference, message: "lexicon '\(name)' has no entry '\(id)'",
                                            hint: "check the id's spelling in the lexicon's entries", offset: offset)
            }
            instructions.append(.lexicon(lexicon, id: id.map { strings.intern($0) }))
        case .reference(let kind, let id, let offset):
            guard scope.producesKind(kind) else {
                throw PatternParser.Failure(
                    code: .unknownReference, message: "no rule produces results of kind '\(kind)'",
                    hint: SuggestionFinder.hint(for: kind, in: scope.knownKinds,
                                                fallback: "kinds produced: " + scope.knownKinds.joined(separator: ", ")),
                    offset: offset)
            }
            instructions.append(.reference(kind: strings.intern(kind), id: id.map { strings.intern($0) }))
        case .tokenClass(let tokenClass, _):
            instructions.append(.tokenClass(tokenClass))
        case .regex(let source, let caseSensitive, let offset):
            let sensitive = caseSensitive ?? (scope.form == .exact)
            // Looked up before compiling: a regex inside a bounded repetition is emitted once per
            // copy, and the same regex recurs across rules; compiling each cost a tenth of start-up.
            if let known = regexes.firstIndex(where: { $0.source == source && $0.caseSensitive == sensitive }) {
                instructions.append(.regex(Int32(known)))
                break
            }
            do {
                regexes.append(try TokenRegex(source, caseSensitive: sensitive))
                instructions.append(.regex(Int32(regexes.count - 1)))
            } catch {
                throw PatternParser.Failure(code: .invalidRegex, message: "/\(source)/ is not a valid regular expression",
                                            hint: "check brackets and escapes; the expression is matched against one token", offset: offset)
            }
        case .sequence(let items):
            for item in items { try emit(item, scope: scope) }
        case .alternation(let branches):
            var jumps: [Int] = []
            for (index, branch) in branches.enumerated() {
                if index < branches.count - 1 {
                    let split = instructions.count
                    instructions.append(.split(0, 0))
                    try emit(branch, scope: scope)
                    jumps.append(instructions.count)
                    instructions.append(.jump(0))
                    instructions[split] = .split(Int32(split + 1), Int32(instructions.count))
                } else {
                    try emit(branch, scope: scope)
                }
            }
            for jump in jumps { instructions[jump] = .jump(Int32(instructions.count)) }
        case .repetition(let inner, let min, let max, let offset):
            try emitRepetition(inner, min: min, max: max, offset: offset, scope: scope)
        case .capture(let name, let inner, _):
            let index = strings.intern(name)
            instructions.append(.open(index))
            try emit(inner, scope: scope)
            instructions.append(.close(index))
        }
        if instructions.count > maxPatternSize * 4 {
            throw PatternParser.Failure(code: .packTooLarge, message: "the pattern is too large to compile",
                                        hint: "use smaller repetition counts", offset: 0)
        }
    }

    private mutating func emitRepetition(
        _ inner: PatternNode, min: Int, max: Int?, offset: Int, scope: Scope
    ) throws(PatternParser.Failure) {
        for _ in 0..<min { try emit(inner, scope: scope) }
        if let max {
            // Each optional copy may be skipped; skipping one skips the rest.
            var splits: [Int] = []
            for _ in min..<max {
                splits.append(instructions.count)
                instructions.append(.split(0, 0))
                try emit(inner, scope: scope)
            }
            for split in splits { instructions[split] = .split(Int32(split + 1), Int32(instructions.count)) }
        } else {
            let loop = instructions.count
            instructions.append(.split(0, 0))
            try emit(inner, scope: scope)
            instructions.append(.jump(Int32(loop)))
            instructions[loop] = .split(Int32(loop + 1), Int32(instructions.count))
        }
    }
}
