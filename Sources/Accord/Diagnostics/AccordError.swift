/// The error Accord throws: one or more ``Diagnostic``s, errors first.
///
/// A pack with several problems reports all of them at once, so an author can
/// fix a file in one pass. The first diagnostic's ``Diagnostic/code`` is the
/// error's ``code``.
///
/// ```swift
/// do {
///     let engine = try Engine(directories: [rulesURL])
/// } catch let error as AccordError {
///     for diagnostic in error.diagnostics { print(diagnostic) }
/// }
/// ```
public struct AccordError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// Every problem found, in the order found.
    public var diagnostics: [Diagnostic]

    /// Creates an error from diagnostics.
    ///
    /// - Parameter diagnostics: Every problem found, errors first; there should be at least one.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Creates an error with a single diagnostic of severity ``Diagnostic/Severity/error``.
    ///
    /// - Parameters:
    ///   - code: The stable code, such as ``Diagnostic/Code/fileUnreadable``.
    ///   - message: One sentence saying what is wrong.
    ///   - hint: How to fix it, when there is something to say.
    ///   - location: Where the problem is, when it has a place.
    ///   - sourceLine: The text of the line at `location`, for the caret display.
    public init(
        _ code: Diagnostic.Code,
        _ message: String,
        hint: String? = nil,
        at location: SourceLocation? = nil,
        sourceLine: String? = nil
    ) {
        self.diagnostics = [Diagnostic(code, message, hint: hint, at: location, sourceLine: sourceLine)]
    }

    /// The code of the first diagnostic, or ``Diagnostic/Code/internalInvariant`` when there is none.
    public var code: Diagnostic.Code { diagnostics.first?.code ?? .internalInvariant }

    /// All diagnostics, one compiler-style block each.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
