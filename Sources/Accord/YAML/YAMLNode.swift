/// 1-based line and column (columns in Unicode scalars, as libyaml counts).
struct YAMLMark: Sendable, Hashable {
    /// The 1-based line.
    var line: Int
    /// The 1-based column, in Unicode scalars.
    var column: Int

    /// This place in `file`, for a ``Diagnostic``.
    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}

/// One node of a parsed YAML document: a scalar, a list or a mapping, with where it starts.
///
/// ```swift
/// let root = try YAMLReader.parse("id: vi.parties\nrules: []\n", file: "parties.yaml")
/// root["id"]?.scalar          // "vi.parties"
/// root["rules"]?.sequence     // []
/// root["rules"]?.mark.line    // 2
/// ```
struct YAMLNode: Sendable, Hashable {
    /// The three kinds of YAML node.
    enum Content: Sendable, Hashable {
        /// A scalar's text, after unquoting and folding.
        case scalar(String)
        /// A list's items, in order.
        case sequence([YAMLNode])
        /// A mapping's entries, in the order written.
        case mapping([YAMLPair])
    }

    /// What the node holds.
    var content: Content
    /// Where the node starts: its anchor or tag if it has one, else its first character.
    var mark: YAMLMark
    /// The explicit tag, if the author wrote one, in libyaml's resolved form
    /// (`!!str` becomes `tag:yaml.org,2002:str`).
    var tag: String?
    /// Whether the node is a scalar written without quotes or `|`/`>`, so `null`,
    /// `true` or `~` may be interpreted rather than taken as text.
    var isPlainScalar: Bool
}

/// One entry of a mapping; mappings keep their entries in the order written.
struct YAMLPair: Sendable, Hashable {
    /// The key, always a scalar.
    var key: YAMLNode
    /// The value.
    var value: YAMLNode
}

extension YAMLNode {
    /// The text of a scalar; `nil` for a list or a mapping.
    var scalar: String? {
        if case .scalar(let text) = content { return text }
        return nil
    }

    /// The items of a list; `nil` for a scalar or a mapping.
    var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The entries of a mapping; `nil` for a scalar or a list.
    var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// Whether the node is YAML's null: an untagged plain `null`, `Null`, `NULL`, `~`
    /// or nothing at all (as in `key:`), or any scalar tagged `!!null`.
    var isNull: Bool {
        guard case .scalar(let text) = content else { return false }
        if tag == "tag:yaml.org,2002:null" { return true }
        guard isPlainScalar, tag == nil else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// The value for `key` in a mapping; `nil` if this is not a mapping or has no such key.
    subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar == key }?.value
    }

    /// What kind of node this is, for messages such as
    /// "expected a list, found a mapping": "a mapping", "a list",
    /// "an empty value" (for null) or "a scalar".
    var kindDescription: String {
        switch content {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar: isNull ? "an empty value" : "a scalar"
        }
    }
}
