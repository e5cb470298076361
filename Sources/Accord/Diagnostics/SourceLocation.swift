/// A position in a pack file or another input, for diagnostics.
///
/// Lines and columns are 1-based; columns count Unicode scalars, as libyaml
/// does, so a caret under an accented letter lines up in a UTF-8 terminal.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file path as the user gave it, or a label such as `<string>`.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a location.
    ///
    /// - Parameters:
    ///   - file: The file path as the user gave it, or a label such as `<string>`.
    ///   - line: The 1-based line.
    ///   - column: The 1-based column, in Unicode scalars.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }
}
