import Foundation

/// Parses `{"id": …, "text": …}` lines and counts them, for error messages.
struct JSONLinesReader {
    enum Line {
        case skip
        case document(id: String, text: String)
        case failure(id: String?, message: String)
    }

    private(set) var lineNumber = 0

    /// Counts a line without parsing it (the parsing happens on a worker, with `parse`).
    mutating func count() -> Int {
        lineNumber += 1
        return lineNumber
    }

    /// Parses one line; pure, so workers can parse their own lines in parallel.
    static func parse(_ line: String, number lineNumber: Int) -> Line {
        if line.allSatisfy(\.isWhitespace) { return .skip }
        guard let data = line.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return .failure(id: nil, message: "line \(lineNumber) is not valid JSON")
        }
        guard let record = object as? [String: Any] else {
            return .failure(id: nil, message: "line \(lineNumber) is not a JSON object")
        }
        let id: String?
        switch record["id"] {
        case let text as String: id = text
        case let number as NSNumber: id = number.stringValue
        default: id = nil
        }
        guard let id else { return .failure(id: nil, message: "line \(lineNumber) has no \"id\" string or number") }
        guard let text = record["text"] as? String else {
            return .failure(id: id, message: "line \(lineNumber) has no \"text\" string")
        }
        return .document(id: id, text: text)
    }
}
