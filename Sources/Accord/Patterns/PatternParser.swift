/// Parses the compact pattern syntax (`id:%countries ("-" edition:#num)?`) into a ``PatternNode``.
///
/// Errors carry the scalar offset inside the pattern so the caller can point a
/// caret at the exact column in the pack file.
struct PatternParser {
    /// A syntax error at a scalar offset inside the pattern.
    struct Failure: Error, Sendable, Hashable {
        var code: Diagnostic.Code
        var message: String
        var hint: String
        var offset: Int
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var depth = 0
    /// Where each element of the top-level sequence starts and ends (scalar offsets).
    private var topLevelItems: [Range<Int>] = []
    static let maxDepth = 32
    static let maxRepeat = 100

    /// Characters that end a bare word.
    private static let syntax: Set<Unicode.Scalar> = ["(", ")", "|", "?", "*", "+", "{", "}", "\"", "%", "@", "#", "/", ":"]

    private init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Parses a whole pattern string.
    static func parse(_ text: String) throws(Failure) -> PatternNode {
        try parseWithElements(text).node
    }

    /// Parses a whole pattern string, and says where its top-level elements are: the source
    /// ranges (scalar offsets) of each element of a top-level sequence, or one range for the whole
    /// pattern, spaces trimmed, when it is a single element or a top-level alternation.
    /// `accord explain` shows each element with the tokens it matched.
    static func parseWithElements(_ text: String) throws(Failure) -> (node: PatternNode, elements: [Range<Int>]) {
        var parser = PatternParser(text)
        let node = try parser.alternation()
        parser.skipSpace()
        if parser.position < parser.scalars.count {
            if parser.scalars[parser.position] == ")" {
                throw Failure(code: .unbalancedBracket, message: "')' has no matching '('",
                              hint: "remove it or add '(' before it", offset: parser.position)
            }
            throw parser.unexpected()
        }
        if case .sequence(let items) = node, items.isEmpty {
            throw Failure(code: .patternSyntax, message: "the pattern is empty",
                          hint: "write at least one element, such as a word or %lexicon", offset: 0)
        }
        return (node, parser.elementRanges(of: node))
    }

    /// ``parseWithElements(_:)``'s element ranges of the pattern just parsed into `node`.
    private func elementRanges(of node: PatternNode) -> [Range<Int>] {
        if case .sequence(let items) = node, items.count == topLevelItems.count {
            return topLevelItems
        }
        var end = scalars.count
        while end > 0, Self.isSpace(scalars[end - 1]) { end -= 1 }
        var start = 0
        while start < end, Self.isSpace(scalars[start]) { start += 1 }
        return [start..<end]
    }

    // MARK: Grammar

    private mutating func alternation() throws(Failure) -> PatternNode {
        var branches = [try sequence()]
        while peek() == "|" {
            let bar = position
            position += 1
            let branch = try sequence()
            if case .sequence(let items) = branch, items.isEmpty {
                throw Failure(code: .patternSyntax, message: "an alternative after '|' is empty",
                              hint: "write an element after '|', or remove the '|'", offset: bar)
            }
            branches.append(branch)
        }
        if case .sequence(let items) = branches[0], items.isEmpty, branches.count > 1 {
            throw Failure(code: .patternSyntax, message: "an alternative before '|' is empty",
                          hint: "write an element before '|'", offset: 0)
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func sequence() throws(Failure) -> PatternNode {
        var items: [PatternNode] = []
        while let next = peek(), next != "|", next != ")" {
            let start = position
            items.append(try item())
            if depth == 0 { topLevelItems.append(start..<position) }
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func item() throws(Failure) -> PatternNode {
        let start = position
        var node: PatternNode
        if let name = captureName() {
            let atomNode = try quantified(try atom())
            node = .capture(name, atomNode, offset: start)
            return node
        }
        node = try quantified(try atom())
        return node
    }

    /// `name:` directly before an element starts a capture.
    private mutating func captureName() -> String? {
        var index = position
        var name = ""
        while index < scalars.count, Self.isIdentifier(scalars[index], first: name.isEmpty) {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard !name.isEmpty, index < scalars.count, scalars[index] == ":" else { return nil }
        position = index + 1
        return name
    }

    private mutating func quantified(_ node: PatternNode) throws(Failure) -> PatternNode {
        var node = node
        while let next = scalars[safe: position] {
            let offset = position
            switch next {
            case "?": position += 1; node = .repetition(node, min: 0, max: 1, offset: offset)
            case "*": position += 1; node = .repetition(node, min: 0, max: nil, offset: offset)
            case "+": position += 1; node = .repetition(node, min: 1, max: nil, offset: offset)
            case "{":
                let (min, max) = try bounds()
                node = .repetition(node, min: min, max: max, offset: offset)
            default: return node
            }
        }
        return node
    }

    private mutating func bounds() throws(Failure) -> (Int, Int?) {
        let open = position
        position += 1
        guard let close = scalars[position...].firstIndex(of: "}") else {
            throw Failure(code: .unbalancedBracket, message: "'{' is not closed",
                          hint: "write a repetition as {m,n}, such as {0,6}", offset: open)
        }
        let body = String(String.UnicodeScalarView(scalars[position..<close]))
        position = close + 1
        let parts = body.split(separator: ",", omittingEmptySubsequences: false).map(Self.trimmingBlanks)
        let bad = Failure(code: .invalidRepetition, message: "'{\(body)}' is not a repetition",
                          hint: "write {n} or {m,n} with 0 ≤ m ≤ n ≤ \(Self.maxRepeat), such as {0,6}", offset: open)
        guard parts.count <= 2, let min = Int(parts[0]), min >= 0, min <= Self.maxRepeat else { throw bad }
        if parts.count == 1 { return (min, min) }
        guard let max = Int(parts[1]), max >= min, max <= Self.maxRepeat, max > 0 else { throw bad }
        return (min, max)
    }

    /// The text without the spaces and tabs around it (Foundation's `.whitespaces`: tab and the
    /// space separators), trimmed on scalars: Foundation's trimming was a tenth of parsing.
    private static func trimmingBlanks(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }), let last = scalars.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// Whether a scalar is a tab or a space separator.
    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }

    private mutating func atom() throws(Failure) -> PatternNode {
        skipSpace()
        let start = position
        guard let next = scalars[safe: position] else { throw unexpected() }
        switch next {
        case "(":
            depth += 1
            if depth > Self.maxDepth {
                throw Failure(code: .patternSyntax, message: "groups are nested more than \(Self.maxDepth) deep",
                              hint: "flatten the pattern", offset: start)
            }
            position += 1
            let inner = try alternation()
            guard peek() == ")" else {
                throw Failure(code: .unbalancedBracket, message: "'(' is not closed",
                              hint: "add ')' at the end of the group", offset: start)
            }
            position += 1
            depth -= 1
            if case .sequence(let items) = inner, items.isEmpty {
                throw Failure(code: .patternSyntax, message: "the group is empty",
                              hint: "put an element inside the parentheses or remove them", offset: start)
            }
            return inner
        case "\"":
            position += 1
            guard let close = scalars[position...].firstIndex(of: "\"") else {
                throw Failure(code: .unbalancedBracket, message: "the quoted phrase is not closed",
                              hint: "add a closing '\"'", offset: start)
            }
            let text = String(String.UnicodeScalarView(scalars[position..<close]))
            position = close + 1
            if text.unicodeScalars.allSatisfy(Self.isBlank) {
                throw Failure(code: .patternSyntax, message: "the quoted phrase is empty",
                              hint: "write the words to match inside the quotes", offset: start)
            }
            return .literal(text, offset: start + 1)
        case "%", "@":
            position += 1
            let name = word(allowing: ["."])
            guard !name.isEmpty else {
                let what = next == "%" ? "a lexicon name after '%'" : "a result kind after '@'"
                throw Failure(code: .patternSyntax, message: "expected \(what)",
                              hint: next == "%" ? "write %lexicon or %lexicon=ID" : "write @party or @party=JP", offset: start)
            }
            var id: String?
            if scalars[safe: position] == "=" {
                position += 1
                let value = word(allowing: ["-", "_", ".", "="])
                guard !value.isEmpty else {
                    throw Failure(code: .patternSyntax, message: "expected an id after '='",
                                  hint: "write \(next)\(name)=ID", offset: position)
                }
                id = value
            }
            return next == "%" ? .lexicon(name, id: id, offset: start) : .reference(name, id: id, offset: start)
        case "#":
            position += 1
            let name = word(allowing: [])
            guard let tokenClass = TokenClass(rawValue: name) else {
                let names = TokenClass.allCases.map { "#" + $0.rawValue }
                throw Failure(code: .unknownTokenClass, message: "'#\(name)' is not a token class",
                              hint: (SuggestionFinder.closest(to: name, in: TokenClass.allCases.map(\.rawValue)).map { "did you mean '#\($0)'? " } ?? "")
                                + "classes: " + names.joined(separator: ", "), offset: start)
            }
            return .tokenClass(tokenClass, offset: start)
        case "/":
            return try regex(start: start)
        case ")":
            throw Failure(code: .unbalancedBracket, message: "')' has no matching '('",
                          hint: "remove it or add '(' before it", offset: start)
        case "}":
            throw Failure(code: .unbalancedBracket, message: "'}' has no matching '{'",
                          hint: "write a repetition as {m,n} after an element", offset: start)
        case "?", "*", "+", "{":
            throw Failure(code: .invalidRepetition, message: "'\(next)' must follow an element",
                          hint: "put it after the word or group it repeats, or quote it as \"\(next)\"", offset: start)
        case ":":
            throw Failure(code: .patternSyntax, message: "':' must follow a capture name",
                          hint: "write name:element, or quote a literal colon as \":\"", offset: start)
        default:
            let text = bareWord()
            return .literal(text, offset: start)
        }
    }

    private mutating func regex(start: Int) throws(Failure) -> PatternNode {
        position += 1
        var body = ""
        var closed = false
        while let scalar = scalars[safe: position] {
            position += 1
            if scalar == "\\", let escaped = scalars[safe: position] {
                if escaped != "/" { body.unicodeScalars.append("\\") }
                body.unicodeScalars.append(escaped)
                position += 1
            } else if scalar == "/" {
                closed = true
                break
            } else {
                body.unicodeScalars.append(scalar)
            }
        }
        guard closed else {
            throw Failure(code: .unbalancedBracket, message: "the regular expression is not closed",
                          hint: "end it with '/' (write \\/ for a literal slash)", offset: start)
        }
        guard !body.isEmpty else {
            throw Failure(code: .invalidRegex, message: "the regular expression is empty",
                          hint: "write /expression/", offset: start)
        }
        // `/re/c` is case-sensitive and `/re/i` insensitive whatever the pack says; plain `/re/` follows the pack.
        var caseSensitive: Bool?
        if let flag = scalars[safe: position], flag == "c" || flag == "i",
           !(scalars[safe: position + 1].map(Self.isWordScalar) ?? false) {
            caseSensitive = flag == "c"
            position += 1
        }
        return .regex(body, caseSensitive: caseSensitive, offset: start)
    }

    // MARK: Lexing

    private mutating func skipSpace() {
        while let scalar = scalars[safe: position], Self.isSpace(scalar) { position += 1 }
    }

    private mutating func peek() -> Unicode.Scalar? {
        skipSpace()
        return scalars[safe: position]
    }

    private mutating func word(allowing extra: Set<Unicode.Scalar>) -> String {
        var text = ""
        while let scalar = scalars[safe: position], Self.isWordScalar(scalar) || extra.contains(scalar) {
            text.unicodeScalars.append(scalar)
            position += 1
        }
        return text
    }

    private mutating func bareWord() -> String {
        var text = ""
        while let scalar = scalars[safe: position], !Self.isSpace(scalar), !Self.syntax.contains(scalar) {
            text.unicodeScalars.append(scalar)
            position += 1
        }
        return text
    }

    private func unexpected() -> Failure {
        guard let scalar = scalars[safe: position] else {
            return Failure(code: .patternSyntax, message: "the pattern ends where an element was expected",
                           hint: "complete the pattern or remove the trailing operator", offset: scalars.count)
        }
        return Failure(code: .patternSyntax, message: "unexpected '\(scalar)'",
                       hint: "quote literal punctuation, such as \"\(scalar)\"", offset: position)
    }

    /// Unicode's White_Space, ASCII answered without the property tables: each lookup cost
    /// 300 instructions, and patterns are mostly ASCII.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// A scalar a word of the pattern may hold: Unicode's Alphabetic, ASCII digits, `-` and `_`.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // Alphabetic in ASCII is the letters.
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
        }
        return scalar.properties.isAlphabetic
    }

    private static func isIdentifier(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "_": return true
        case "0"..."9", "-": return !first
        default: return false
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
