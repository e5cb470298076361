internal import CYAML

/// One libyaml parse event, as plain Swift values.
struct YAMLEvent: Sendable, Hashable {
    /// What the event reports.
    enum Kind: Sendable, Hashable {
        case streamStart
        case streamEnd
        case documentStart(isImplicit: Bool)
        case documentEnd(isImplicit: Bool)
        case sequenceStart(anchor: String?, tag: String?)
        case sequenceEnd
        case mappingStart(anchor: String?, tag: String?)
        case mappingEnd
        case scalar(value: String, style: YAMLScalarStyle, tag: String?, anchor: String?)
        case alias(anchor: String)
    }

    /// What the event reports.
    var kind: Kind
    /// Where the event's text starts.
    var start: YAMLMark
    /// Where the event's text ends.
    var end: YAMLMark
}

/// How a scalar was written.
enum YAMLScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// Why libyaml stopped, in libyaml's own words, with its marks made 1-based.
struct LibYAMLFailure: Error, Sendable, Hashable {
    /// The libyaml stage that failed.
    enum Stage: Sendable, Hashable {
        /// Decoding the bytes; only ``byteOffset`` says where.
        case reader
        /// Splitting the text into tokens.
        case scanner
        /// Assembling tokens into nodes.
        case parser
        /// libyaml could not allocate memory.
        case memory
    }

    /// The libyaml stage that failed.
    var stage: Stage
    /// libyaml's description of the problem, such as `found unexpected end of stream`.
    var problem: String
    /// What libyaml was doing, such as `while scanning a quoted scalar`.
    var context: String?
    /// Where the problem is; `nil` for reader and memory failures.
    var problemMark: YAMLMark?
    /// Where the construct that failed started, such as an opening quote.
    var contextMark: YAMLMark?
    /// The byte offset of a reader failure.
    var byteOffset: Int?
}

/// Owns one libyaml parser over a private copy of the input and yields its events.
///
/// The parser, its input and every event are freed whatever happens, so no
/// libyaml type or pointer escapes this file.
struct LibYAMLParser: ~Copyable {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// libyaml reads from this buffer for the parser's whole life, so the parser owns it.
    private let input: UnsafeMutableBufferPointer<UInt8>
    private var isFinished = false

    /// Prepares to parse `bytes`, which must be UTF-8 without a byte-order mark.
    init(utf8 bytes: [UInt8]) throws(LibYAMLFailure) {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        guard yaml_parser_initialize(parser) != 0 else {
            parser.deallocate()
            throw LibYAMLFailure(stage: .memory, problem: "cannot allocate the YAML parser")
        }
        // libyaml needs a non-null buffer even for empty input.
        let input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
        self.parser = parser
        self.input = input
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    /// The next event, or `nil` once the stream has ended.
    mutating func next() throws(LibYAMLFailure) -> YAMLEvent? {
        guard !isFinished else { return nil }
        var event = yaml_event_t()
        // A failed parse leaves the event zeroed, which yaml_event_delete accepts.
        defer { yaml_event_delete(&event) }
        guard yaml_parser_parse(parser, &event) != 0 else {
            isFinished = true
            throw failure()
        }
        let start = YAMLMark(event.start_mark)
        let end = YAMLMark(event.end_mark)
        let kind: YAMLEvent.Kind
        switch event.type {
        case YAML_STREAM_START_EVENT:
            kind = .streamStart
        case YAML_STREAM_END_EVENT:
            isFinished = true
            kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            kind = .documentStart(isImplicit: event.data.document_start.implicit != 0)
        case YAML_DOCUMENT_END_EVENT:
            kind = .documentEnd(isImplicit: event.data.document_end.implicit != 0)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            kind = .sequenceStart(anchor: string(data.anchor), tag: string(data.tag))
        case YAML_SEQUENCE_END_EVENT:
            kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            kind = .mappingStart(anchor: string(data.anchor), tag: string(data.tag))
        case YAML_MAPPING_END_EVENT:
            kind = .mappingEnd
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            // The length, not a terminator, bounds the value: "\0" is a legal escape.
            let value = data.value.map {
                String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self)
            }
            kind = .scalar(
                value: value ?? "",
                style: YAMLScalarStyle(data.style),
                tag: string(data.tag),
                anchor: string(data.anchor)
            )
        case YAML_ALIAS_EVENT:
            kind = .alias(anchor: string(event.data.alias.anchor) ?? "")
        default:
            // libyaml answers an empty event once it has stopped; never loop on it.
            isFinished = true
            throw LibYAMLFailure(stage: .parser, problem: "libyaml produced no event", problemMark: start)
        }
        return YAMLEvent(kind: kind, start: start, end: end)
    }

    /// The parser's recorded error.
    private func failure() -> LibYAMLFailure {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = state.context.map { String(cString: $0) }
        switch state.error {
        case YAML_MEMORY_ERROR:
            return LibYAMLFailure(stage: .memory, problem: problem)
        case YAML_READER_ERROR:
            return LibYAMLFailure(stage: .reader, problem: problem, byteOffset: state.problem_offset)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            return LibYAMLFailure(
                stage: state.error == YAML_SCANNER_ERROR ? .scanner : .parser,
                problem: problem,
                context: context,
                problemMark: YAMLMark(state.problem_mark),
                contextMark: context == nil ? nil : YAMLMark(state.context_mark)
            )
        default:
            return LibYAMLFailure(stage: .parser, problem: problem, context: context)
        }
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

extension YAMLMark {
    /// libyaml counts lines and columns from 0.
    fileprivate init(_ mark: yaml_mark_t) {
        self.init(line: mark.line + 1, column: mark.column + 1)
    }
}

extension YAMLScalarStyle {
    fileprivate init(_ style: yaml_scalar_style_t) {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: self = .literal
        case YAML_FOLDED_SCALAR_STYLE: self = .folded
        default: self = .plain
        }
    }
}

extension LibYAMLFailure {
    /// One sentence saying what is wrong and one saying how to fix it, in a pack
    /// author's words rather than libyaml's.
    ///
    /// - Parameter problemLine: the text of the line at ``problemMark``, used to
    ///   name the offending character and to spot tab indentation.
    func explanation(problemLine: String?) -> (message: String, hint: String) {
        let characters = problemLine.map { Array($0.unicodeScalars) } ?? []
        let index = (problemMark?.column ?? 0) - 1
        let found = characters.indices.contains(index) ? characters[index] : nil
        let next = characters.indices.contains(index + 1) ? characters[index + 1] : nil
        let indentation = characters.prefix { $0 == " " || $0 == "\t" }
        let opened = contextMark.map { "line \($0.line), column \($0.column)" } ?? "an earlier line"

        // libyaml reports tabs in several ways; authors need one answer.
        // A tab inside the indentation is the cause only if libyaml stopped there;
        // flow collections may legitimately be continued after a tab.
        let isTabIndented = indentation.contains("\t") && index <= indentation.count
        if problem.contains("tab") || found == "\t" || isTabIndented {
            let isIndentation = problem.contains("indentation") || isTabIndented
            return (isIndentation ? "a tab character is used for indentation" : "a tab character cannot appear here",
                    "YAML indentation must use spaces, not tabs; replace each tab with spaces")
        }
        switch (problem, context) {
        case ("found character that cannot start any token", _):
            let character = found.map { "'\($0)'" } ?? "this character"
            let rest = index >= 0 ? String(String.UnicodeScalarView(characters.dropFirst(index))) : ""
            return ("\(character) cannot start a plain value, because YAML reserves it",
                    "put the value in quotes: \(quoted(valueText(rest)))")
        case ("found unexpected end of stream", "while scanning a quoted scalar"?):
            return ("the quoted value that starts at \(opened) is never closed",
                    "add the closing quote; inside double quotes write \\\" for a quote, inside single quotes write ''")
        case ("found unexpected document indicator", "while scanning a quoted scalar"?):
            return ("the quoted value that starts at \(opened) runs into a '---' or '...' line",
                    "add the closing quote before the document marker")
        case ("did not find expected ',' or ']'", _):
            return ("the list opened with '[' at \(opened) is missing a ',' between items or its closing ']'",
                    "add the missing ']', and separate the items with ','")
        case ("did not find expected ',' or '}'", _):
            return ("the mapping opened with '{' at \(opened) is missing a ',' between entries or its closing '}'",
                    "add the missing '}', and separate the entries with ','")
        case ("mapping values are not allowed in this context", _):
            return ("this ':' cannot start a value here",
                    "if the value contains ': ', put it in quotes, as in key: \"value: other\"; otherwise check this line's indentation")
        case ("block sequence entries are not allowed in this context", _):
            return ("a '- ' list item cannot start here",
                    "start the list on the next line, indented under its key, with every item starting with '- '")
        case ("mapping keys are not allowed in this context", _):
            return ("a '?' key marker cannot appear here",
                    "put the value in quotes if it starts with '?'")
        case ("could not find expected ':'", _):
            return ("the key that starts at \(opened) is not followed by ':'",
                    "add ': ' after the key, or indent the line more if it continues the value above")
        case ("did not find expected key", _):
            return ("expected another key of the mapping that starts at \(opened), but found something else",
                    "indent this line like the other keys of that mapping, and remove anything after a quoted or bracketed value")
        case ("did not find expected '-' indicator", _):
            return ("expected another '- ' item of the list that starts at \(opened), but found something else",
                    "indent this line like the other items of that list, each starting with '- '")
        case ("did not find expected node content", _):
            return ("expected a value here",
                    "add the missing value, or remove the stray ',', ':' or '-' before this point")
        case ("found unknown escape character", _):
            let escape = found == "\\" ? next.map { "'\\\($0)'" } ?? "this escape" : "this escape"
            return ("\(escape) is not a valid escape in a double-quoted value",
                    "use single quotes, where a backslash is an ordinary character ('\\d+'), or write each backslash twice (\"\\\\d+\")")
        case ("did not find expected hexdecimal number", _), ("found invalid Unicode character escape code", _):
            return ("this escape is not a valid character code",
                    "write \\xHH, \\uHHHH or \\UHHHHHHHH with hexadecimal digits, or use single quotes so backslashes mean themselves")
        case ("found undefined tag handle", _):
            return ("the tag on this value uses a handle that is not defined",
                    "remove the tag; packs do not need YAML tags")
        case (_, let context?) where context.contains("anchor") || context.contains("alias"):
            return ("'&' or '*' here starts an anchor or alias without a valid name",
                    "packs do not support anchors or aliases; if the value starts with '&' or '*', put it in quotes")
        default:
            let during = context.map { " \($0)" } ?? ""
            let start = contextMark == nil || contextMark == problemMark ? "" : " that starts at \(opened)"
            return ("YAML syntax error: \(problem)\(during)\(start)",
                    "check the YAML syntax at this point; putting the value in quotes often helps")
        }
    }
}

/// `text` as a YAML quoted scalar, for hints: double quotes unless it needs escapes.
private func quoted(_ text: String) -> String {
    if !text.contains("\"") && !text.contains("\\") { return "\"\(text)\"" }
    return "'" + text.replacing("'", with: "''") + "'"
}

/// The value part of the rest of a line: up to a comment, without trailing blanks.
private func valueText(_ rest: String) -> String {
    let uncommented = rest.firstRange(of: " #").map { rest[..<$0.lowerBound] } ?? rest[...]
    return String(uncommented.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
}
