/// One problem found in a pack, a pattern or an input, with where it is and how to fix it.
///
/// Diagnostics print compiler-style, so editors and terminals can jump to them:
///
/// ```
/// Rules/vi/parties.yaml:12:5: error: unknown key 'patern' in rule [ACC202]
///     patern: "@party"
///     ^
/// hint: did you mean 'pattern'?
/// ```
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public struct Severity: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// `error` or `warning`.
        public var rawValue: String
        /// Creates a severity from its name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The pack or input cannot be used.
        public static let error = Severity(rawValue: "error")
        /// The pack works, but probably not as its author meant.
        public static let warning = Severity(rawValue: "warning")
        /// The severity's name.
        public var description: String { rawValue }
    }

    /// The stable code, such as `ACC202`; see ``Code``.
    public var code: Code
    /// Whether this is an error or a warning.
    public var severity: Severity
    /// One sentence saying what is wrong.
    public var message: String
    /// How to fix it, when there is something to say.
    public var hint: String?
    /// Where the problem is, when it has a place.
    public var location: SourceLocation?
    /// The text of the line at `location`, for the caret display.
    public var sourceLine: String?

    /// Creates a diagnostic.
    ///
    /// - Parameters:
    ///   - code: The stable code, such as ``Code/unknownKey``.
    ///   - message: One sentence saying what is wrong.
    ///   - hint: How to fix it, when there is something to say.
    ///   - location: Where the problem is, when it has a place.
    ///   - sourceLine: The text of the line at `location`, for the caret display.
    ///   - severity: Whether the pack or input cannot be used (the default) or only looks wrong.
    public init(
        _ code: Code,
        _ message: String,
        hint: String? = nil,
        at location: SourceLocation? = nil,
        sourceLine: String? = nil,
        severity: Severity = .error
    ) {
        self.code = code
        self.message = message
        self.hint = hint
        self.location = location
        self.sourceLine = sourceLine
        self.severity = severity
    }

    /// The compiler-style rendering: `path:line:col: error: message [code]`,
    /// then the source line with a caret, then the hint.
    public var description: String {
        var out = ""
        if let location { out += "\(location): " }
        out += "\(severity): \(message) [\(code.rawValue)]"
        if let sourceLine, let location {
            let (line, caret) = Self.excerpt(sourceLine.replacingTabs(), column: location.column)
            out += "\n    \(line)\n    "
            out += String(repeating: " ", count: caret) + "^"
        }
        if let hint { out += "\nhint: \(hint)" }
        return out
    }
}

extension Diagnostic {
    /// At most about 100 scalars of a long line around the column, so a 64 MB line
    /// prints as one readable line; returns the excerpt and the caret's offset in it.
    static func excerpt(_ line: String, column: Int) -> (String, Int) {
        let scalars = Array(line.unicodeScalars)
        let caret = max(0, column - 1)
        guard scalars.count > 120 else { return (line, caret) }
        let start = max(0, min(caret - 60, scalars.count - 100))
        let end = min(scalars.count, start + 100)
        var text = String(String.UnicodeScalarView(scalars[start..<end]))
        var offset = caret - start
        if start > 0 { text = "…" + text; offset += 1 }
        if end < scalars.count { text += "…" }
        return (text, offset)
    }
}

extension String {
    /// Tabs become one space so the caret lines up with the column.
    fileprivate func replacingTabs() -> String {
        String(unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
    }
}
