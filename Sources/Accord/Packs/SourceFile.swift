/// The text of an input file, kept so diagnostics can show the offending line.
struct SourceFile: Sendable {
    let path: String
    private let lines: [Substring]

    init(path: String, text: String) {
        self.path = path
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line's text without its line ending, if it exists.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        var line = lines[number - 1]
        if line.last == "\r" { line = line.dropLast() }
        return String(line)
    }

    /// A location in this file.
    func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(file: path, line: mark.line, column: mark.column)
    }
}
