import Foundation

/// Reads `{"id": …, "text": …}` lines, counting lines for error messages.
struct JSONLinesReader {
    enum Line {
        case skip
        case document(id: String, text: String)
        case failure(id: String?, message: String)
    }

    private(set) var lineNumber = 0

    mutating func read(_ line: String) -> Line {
        lineNumber += 1
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
