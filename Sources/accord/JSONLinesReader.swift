import Accord

/// Parses `{"id": …, "text": …}` lines and counts them, for error messages.
struct JSONLinesReader {
    enum Line {
        case skip
        case document(id: String, text: RecordText)
        case failure(id: String?, message: String)
    }

    private(set) var lineNumber = 0

    /// Counts a line without parsing it (the parsing happens on a worker, with `parse`).
    mutating func count() -> Int {
        lineNumber += 1
        return lineNumber
    }

    /// Why a line is unusable, as the error record and standard error say it.
    static func message(_ reason: String, line: Int) -> String { "line \(line) \(reason)" }

    /// Parses one line; pure, so workers can parse their own lines in parallel.
    static func parse(_ line: [UInt8], number lineNumber: Int) -> Line {
        switch line.withUnsafeBufferPointer({ JSONRecordParser.parse(bytes: $0) }) {
        case .blank: return .skip
        case .document(let id, let text): return .document(id: id, text: text)
        case .invalid(let id, let reason): return .failure(id: id, message: message(reason, line: lineNumber))
        }
    }
}
