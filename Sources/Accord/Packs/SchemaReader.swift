/// Reads YAML nodes into typed values, collecting every problem as a diagnostic.
///
/// The pack loader reports all schema problems of a file at once, so the
/// reader never throws: each accessor returns `nil` and records why.
struct SchemaReader {
    let source: SourceFile
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceFile) {
        self.source = source
    }

    // MARK: Reporting

    /// Records an error at a node.
    mutating func error(
        _ code: Diagnostic.Code, _ message: String, hint: String? = nil, at mark: YAMLMark
    ) {
        diagnostics.append(Diagnostic(
            code, message, hint: hint, at: source.location(mark), sourceLine: source.line(mark.line)))
    }

    /// Records an error at a column offset inside a node's scalar (for patterns).
    mutating func error(
        _ code: Diagnostic.Code, _ message: String, hint: String? = nil, at location: SourceLocation
    ) {
        diagnostics.append(Diagnostic(
            code, message, hint: hint, at: location, sourceLine: source.line(location.line)))
    }

    func location(_ node: YAMLNode) -> SourceLocation { source.location(node.mark) }

    func located(_ value: String, _ node: YAMLNode) -> Located<String> {
        // Point inside the scalar: quoted scalars start one column after their quote.
        var mark = node.mark
        if !node.isPlainScalar, case .scalar = node.content { mark.column += 1 }
        return Located(value: value, location: source.location(mark), source: source)
    }

    // MARK: Shapes

    /// The pairs of a mapping whose keys are all in `allowed`; unknown keys are
    /// reported with the closest allowed key.
    mutating func mapping(
        _ node: YAMLNode, in context: String, allowed: [String], required: [String] = []
    ) -> [String: YAMLNode]? {
        guard case .mapping(let pairs) = node.content else {
            error(.wrongType, "\(context) must be a mapping, found \(node.kindDescription)",
                  hint: "write it as `key: value` lines indented under its parent", at: node.mark)
            return nil
        }
        var result: [String: YAMLNode] = [:]
        for pair in pairs {
            guard case .scalar(let key) = pair.key.content else { continue }  // the reader rejects these
            if allowed.contains(key) {
                result[key] = pair.value
            } else {
                let known = "known keys: " + allowed.joined(separator: ", ")
                let hint = SuggestionFinder.closest(to: key, in: allowed)
                    .map { "did you mean '\($0)'? (\(known))" } ?? known
                error(.unknownKey, "unknown key '\(key)' in \(context)", hint: hint, at: pair.key.mark)
            }
        }
        for key in required where result[key] == nil {
            error(.missingKey, "\(context) is missing the required key '\(key)'",
                  hint: "add `\(key):` to \(context)", at: node.mark)
        }
        return result
    }

    /// A scalar's text. `what` is made only for an error: lists ask this of every item.
    mutating func string(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
        guard case .scalar(let value) = node.content else {
            error(.wrongType, "\(what()) must be a single value, found \(node.kindDescription)",
                  hint: "write a plain or quoted string", at: node.mark)
            return nil
        }
        return value
    }

    /// A non-empty scalar's text.
    mutating func nonEmptyString(_ node: YAMLNode, _ what: String) -> String? {
        guard let value = string(node, what) else { return nil }
        if Self.isBlank(value) {
            error(.invalidValue, "\(what) is empty", hint: "write a value or remove the key", at: node.mark)
            return nil
        }
        return value
    }

    /// Whether `text` holds nothing but spaces and tabs, as Foundation's `trimmingCharacters(in:
    /// .whitespaces)` says, asked of each scalar (the overload below): Foundation cost 30,000
    /// instructions a string here, 7% of start-up for the standard packs.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isBlank)
    }

    /// Whether a scalar is in `CharacterSet.whitespaces`: general category Zs, U+0009 and, in
    /// swift-corelibs-foundation, U+200B (a test compares every scalar).
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// An integer scalar within a range.
    mutating func integer(_ node: YAMLNode, _ what: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = string(node, what) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            error(.invalidValue, "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), found '\(text)'",
                  hint: "write a number such as \(range.lowerBound)", at: node.mark)
            return nil
        }
        return value
    }

    /// A boolean scalar (`true`/`false`).
    mutating func bool(_ node: YAMLNode, _ what: String) -> Bool? {
        guard let text = string(node, what) else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error(.invalidValue, "\(what) must be true or false, found '\(text)'", hint: "write true or false", at: node.mark)
            return nil
        }
    }

    /// One of a fixed set of words.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ what: String, as type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = string(node, what) else { return nil }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue)
        error(.invalidValue, "\(what) must be one of \(names.joined(separator: ", ")), found '\(text)'",
              hint: SuggestionFinder.hint(for: text, in: names, fallback: "write one of: " + names.joined(separator: ", ")),
              at: node.mark)
        return nil
    }

    /// A list of scalars; a single scalar counts as a list of one.
    mutating func strings(_ node: YAMLNode, _ what: String) -> [Located<String>]? {
        switch node.content {
        case .scalar(let value):
            return [located(value, node)]
        case .sequence(let items):
            var result: [Located<String>] = []
            for item in items {
                if let value = string(item, "each item of \(what)") { result.append(located(value, item)) }
            }
            return result
        case .mapping:
            error(.wrongType, "\(what) must be a list of strings, found a mapping",
                  hint: "write `[a, b]` or one `- item` per line", at: node.mark)
            return nil
        }
    }

    /// The items of a list.
    mutating func list(_ node: YAMLNode, _ what: String) -> [YAMLNode]? {
        guard case .sequence(let items) = node.content else {
            error(.wrongType, "\(what) must be a list, found \(node.kindDescription)",
                  hint: "write one `- item` per line", at: node.mark)
            return nil
        }
        return items
    }

    /// A mapping's pairs with scalar keys, in order.
    mutating func pairs(_ node: YAMLNode, _ what: String) -> [(key: String, keyNode: YAMLNode, value: YAMLNode)]? {
        guard case .mapping(let pairs) = node.content else {
            error(.wrongType, "\(what) must be a mapping, found \(node.kindDescription)",
                  hint: "write `name: value` lines", at: node.mark)
            return nil
        }
        return pairs.compactMap { pair in
            guard case .scalar(let key) = pair.key.content else { return nil }
            return (key, pair.key, pair.value)
        }
    }

    /// Checks an identifier against the allowed shape.
    mutating func identifier(_ value: String, _ what: String, at node: YAMLNode, allowUnderscore: Bool = false, allowUpper: Bool = false) -> Bool {
        let ok = !value.isEmpty && value.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "0"..."9", "-": return true
            case "_": return allowUnderscore
            case "A"..."Z": return allowUpper
            default: return false
            }
        }
        if !ok {
            let shape = allowUnderscore ? "lowercase letters, digits, '-' and '_'" : "lowercase letters, digits and '-'"
            error(.invalidID, "\(what) '\(value)' must use only \(shape)",
                  hint: "for example '\(value.lowercased().replacingOccurrences(of: " ", with: "-"))'", at: node.mark)
        }
        return ok
    }
}
