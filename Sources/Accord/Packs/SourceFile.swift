/// The text of an input file, kept so diagnostics can show the offending line.
///
/// Lines are counted as libyaml counts them (``YAMLSourceText``), so the line a mark names is
/// the line shown, whatever the file's line breaks or byte-order mark.
struct SourceFile: Sendable {
    let path: String
    private let text: YAMLSourceText
    /// Where each line starts, found once: decoding asks for the line of every value it reads.
    private let lineStarts: [Int]

    init(path: String, bytes: [UInt8]) {
        self.path = path
        text = YAMLSourceText(bytes)
        lineStarts = text.lineStarts()
    }

    /// The 1-based line's text without its line ending, if it exists.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        return text.line(startingAt: lineStarts[number - 1])
    }

    /// A location in this file.
    func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(file: path, line: mark.line, column: mark.column)
    }
}
