/// The `text` of a JSON line: its bytes, unescaped, not yet checked as UTF-8.
///
/// The CLI analyses them as they are (``AnalysisSession/analyzeJSON(utf8:id:language:referenceDate:)``),
/// which checks them while tokenising: making a `String` of every document checked them once more.
package struct RecordText: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The text's bytes, as the line gave them (malformed UTF-8 included).
    package let utf8: [UInt8]

    package init(utf8: [UInt8]) {
        self.utf8 = utf8
    }

    package init(stringLiteral value: String) {
        utf8 = Array(value.utf8)
    }

    /// The text as a `String`, malformed bytes replaced by U+FFFD.
    package var string: String { String(decoding: utf8, as: UTF8.self) }

    package var description: String { string }
}
