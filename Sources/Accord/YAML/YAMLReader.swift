/// Reads one YAML document into a ``YAMLNode`` tree, or explains precisely why it cannot.
///
/// The reader accepts only what packs need: a single document, UTF-8 text
/// (a leading byte-order mark is fine), no anchors or aliases, scalar keys
/// without duplicates, and sizes within ``YAMLLimits``. Every failure is an
/// ``AccordError`` whose diagnostic has a place, the source line and a hint.
///
/// ```swift
/// let root = try YAMLReader.parse(bytes, file: "Rules/vi/parties.yaml")
/// guard let pairs = root.mapping else { /* report ACC201 using root.kindDescription */ }
/// ```
enum YAMLReader {
    /// Parses `bytes` as one YAML document.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the path or label that diagnostics name.
    ///   - limits: the size, depth and node-count bounds.
    static func parse(
        _ bytes: [UInt8], file: String, limits: YAMLLimits = .default
    ) throws(AccordError) -> YAMLNode {
        // Checked first so an oversized file is never scanned.
        guard bytes.count <= limits.maxBytes else {
            throw AccordError(
                .fileTooLarge,
                "the file is \(bytes.count) bytes, more than the limit of \(limits.maxBytes) bytes",
                hint: "split it into smaller packs joined with imports",
                at: nil
            )
        }
        let source = YAMLSourceText(bytes)
        try source.validate(file: file)
        var builder = YAMLTreeBuilder(source: source, file: file, limits: limits)
        var parser: LibYAMLParser
        do throws(LibYAMLFailure) {
            parser = try LibYAMLParser(utf8: source.body)
        } catch {
            throw builder.syntaxError(error)
        }
        while true {
            let event: YAMLEvent?
            do throws(LibYAMLFailure) {
                event = try parser.next()
            } catch {
                throw builder.syntaxError(error)
            }
            guard let event else { break }
            try builder.handle(event)
        }
        return try builder.finish()
    }

    /// Parses `text` as one YAML document, exactly as its UTF-8 bytes would be.
    static func parse(
        _ text: String, file: String, limits: YAMLLimits = .default
    ) throws(AccordError) -> YAMLNode {
        try parse(Array(text.utf8), file: file, limits: limits)
    }

    /// The text of 1-based `line` of a file, as the reader counts lines, for the
    /// caret display of diagnostics about a parsed node.
    static func sourceLine(_ line: Int, in bytes: [UInt8]) -> String? {
        YAMLSourceText(bytes).line(line)
    }
}

/// Turns parse events into a ``YAMLNode`` tree with an explicit stack, so the
/// depth of the input never touches the call stack.
struct YAMLTreeBuilder: Sendable {
    /// A list or mapping whose end event has not arrived yet.
    private struct OpenCollection: Sendable {
        var isMapping: Bool
        var mark: YAMLMark
        var tag: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        /// A mapping key waiting for its value.
        var pendingKey: YAMLNode?
        /// Where each key of a mapping first appeared, to report duplicates.
        var firstKeyMarks: [String: YAMLMark] = [:]
    }

    private let source: YAMLSourceText
    private let file: String
    private let limits: YAMLLimits
    private var open: [OpenCollection] = []
    private var root: YAMLNode?
    private var nodeCount = 0
    private var documentCount = 0
    /// Whether the last document ended with `...`, after which libyaml
    /// reports a further bare document as a missing `---`.
    private var lastDocumentEndedExplicitly = false

    init(source: YAMLSourceText, file: String, limits: YAMLLimits) {
        self.source = source
        self.file = file
        self.limits = limits
    }

    /// Adds one event to the tree.
    mutating func handle(_ event: YAMLEvent) throws(AccordError) {
        switch event.kind {
        case .streamStart, .streamEnd:
            break
        case .documentStart:
            documentCount += 1
            guard documentCount == 1 else { throw multipleDocuments(at: event.start) }
        case .documentEnd(let isImplicit):
            lastDocumentEndedExplicitly = !isImplicit
        case .scalar(let value, let style, let tag, let anchor):
            try admitNode(anchor: anchor, at: event.start)
            try attach(YAMLNode(content: .scalar(value), mark: event.start, tag: tag, isPlainScalar: style == .plain))
        case .sequenceStart(let anchor, let tag):
            try admitNode(anchor: anchor, at: event.start)
            try openCollection(isMapping: false, tag: tag, at: event.start)
        case .mappingStart(let anchor, let tag):
            try admitNode(anchor: anchor, at: event.start)
            try openCollection(isMapping: true, tag: tag, at: event.start)
        case .sequenceEnd, .mappingEnd:
            guard let collection = open.popLast() else {
                throw error(.internalInvariant, "libyaml closed a collection that was never opened",
                            hint: "this is a bug in Accord; please report it with the file", at: event.start)
            }
            let content: YAMLNode.Content = collection.isMapping ? .mapping(collection.pairs) : .sequence(collection.items)
            try attach(YAMLNode(content: content, mark: collection.mark, tag: collection.tag, isPlainScalar: false))
        case .alias(let name):
            throw error(
                .aliasNotAllowed,
                "the alias '*\(name)' is not allowed in packs",
                hint: "packs do not support anchors or aliases; repeat the value or use imports (if you meant the text '*\(name)', put it in quotes)",
                at: event.start
            )
        }
    }

    /// The document's root once the stream has ended.
    func finish() throws(AccordError) -> YAMLNode {
        guard let root else { throw emptyDocument() }
        return root
    }

    /// The diagnostic for a libyaml failure, placed where libyaml found it.
    func syntaxError(_ failure: LibYAMLFailure) -> AccordError {
        let mark: YAMLMark? = switch failure.stage {
        case .scanner, .parser: failure.problemMark.map(source.clamped)
        case .reader: failure.byteOffset.map(source.mark(ofByte:))
        case .memory: nil
        }
        if failure.stage == .memory {
            return error(.fileTooLarge, "libyaml ran out of memory reading the file", hint: "split it into smaller packs joined with imports", at: mark)
        }
        // libyaml refuses tabs even on blank lines; a file of blanks and comments
        // is still a file without a document.
        if documentCount == 0, source.isBlank { return emptyDocument() }
        // After a document, libyaml reports any further content as a missing '---'.
        if failure.problem == "did not find expected <document start>" {
            if lastDocumentEndedExplicitly, let mark { return multipleDocuments(at: mark) }
            if documentCount == 0 {
                return error(.yamlSyntax, "a '%' directive must be followed by a '---' line", hint: "remove the directive, or add '---' on the line after it", at: mark)
            }
            return error(.yamlSyntax, "there is more text after the end of the YAML document", hint: "remove the extra text, or check the quotes and brackets of the value before it", at: mark)
        }
        let (message, hint) = failure.explanation(problemLine: mark.flatMap { source.line($0.line) })
        return error(.yamlSyntax, message, hint: hint, at: mark)
    }

    /// Rejects anchors and counts the node against ``YAMLLimits/maxNodes``.
    private mutating func admitNode(anchor: String?, at mark: YAMLMark) throws(AccordError) {
        // Rejecting the first anchor stops a billion-laughs file before any expansion.
        if let anchor {
            throw error(
                .aliasNotAllowed,
                "the anchor '&\(anchor)' is not allowed in packs",
                hint: "packs do not support anchors or aliases; repeat the value or use imports (if you meant the text '&\(anchor)', put it in quotes)",
                at: mark
            )
        }
        nodeCount += 1
        guard nodeCount <= limits.maxNodes else {
            throw error(
                .fileTooLarge,
                "the file has more than \(limits.maxNodes) YAML values, the most a pack may have",
                hint: "split it into smaller packs joined with imports",
                at: mark
            )
        }
    }

    private mutating func openCollection(isMapping: Bool, tag: String?, at mark: YAMLMark) throws(AccordError) {
        guard open.count < limits.maxDepth else {
            throw error(
                .nestingTooDeep,
                "the YAML is nested more than \(limits.maxDepth) levels deep",
                hint: "flatten the structure; a pack needs only a few levels of nesting",
                at: mark
            )
        }
        open.append(OpenCollection(isMapping: isMapping, mark: mark, tag: tag))
    }

    /// Puts a finished node into its parent, or makes it the root.
    private mutating func attach(_ node: YAMLNode) throws(AccordError) {
        guard let top = open.indices.last else {
            root = node
            return
        }
        guard open[top].isMapping else {
            open[top].items.append(node)
            return
        }
        if let key = open[top].pendingKey {
            open[top].pairs.append(YAMLPair(key: key, value: node))
            open[top].pendingKey = nil
            return
        }
        // Refused once complete rather than when it opens, so that a deep tower
        // of '? ' keys reports its depth, the more fundamental problem.
        guard let name = node.scalar else {
            throw error(
                .complexKey,
                "a mapping key must be a scalar, but this key is \(node.kindDescription)",
                hint: "use a plain text key such as 'name:', and move the list or mapping into the value",
                at: node.mark
            )
        }
        if let first = open[top].firstKeyMarks[name] {
            throw error(
                .duplicateKey,
                "the key '\(Self.displayed(name))' appears twice in this mapping; it was first used on line \(first.line)",
                hint: "remove one of the two entries or give it a different key",
                at: node.mark
            )
        }
        open[top].firstKeyMarks[name] = node.mark
        open[top].pendingKey = node
    }

    private func emptyDocument() -> AccordError {
        error(
            .emptyDocument,
            "the file has no YAML document",
            hint: "a pack file must hold one YAML mapping; add the pack's content, or remove the file",
            at: YAMLMark(line: 1, column: 1)
        )
    }

    private func multipleDocuments(at mark: YAMLMark) -> AccordError {
        error(
            .multipleDocuments,
            "the file has more than one YAML document; a second one starts here",
            hint: "a pack file holds exactly one document: remove the extra '---' or '...' line, or move the rest into another pack",
            at: mark
        )
    }

    /// A key as messages show it: on one line, and at most 60 characters.
    private static func displayed(_ key: String) -> String {
        var shown = ""
        for scalar in key.unicodeScalars.prefix(60) {
            // A line break inside a quoted key would split the one-line message.
            let breaksLine = scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
            shown += breaksLine ? scalar.escaped(asASCII: false) : String(scalar)
        }
        return key.unicodeScalars.count > 60 ? shown + "…" : shown
    }

    private func error(_ code: Diagnostic.Code, _ message: String, hint: String?, at mark: YAMLMark?) -> AccordError {
        AccordError(code, message, hint: hint, at: mark?.location(in: file), sourceLine: mark.flatMap { source.line($0.line) })
    }
}
