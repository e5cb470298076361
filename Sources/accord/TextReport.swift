import Accord

/// Renders an analysis for people reading a terminal.
enum TextReport {
    static func render(_ analysis: Analysis, title: String) -> String {
        var lines = ["== \(title): \(analysis.sentenceCount) sentences"]
        func section(_ name: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append("\(name):")
            lines += items.map { "  " + $0 }
        }
        section("Warnings", analysis.warnings.map { "\($0.message) [\($0.code.rawValue)]" })
        section("Parties", analysis.parties.map { "\($0.id)  \"\($0.text)\"  [\($0.span.start)..<\($0.span.end)]" })
        section("Forums", analysis.forums.map { "\($0.id)\($0.edition.map { " #\($0)" } ?? "")  \"\($0.text)\"" })
        section("Cooperation", analysis.cooperations.map { "\($0.area)  \"\($0.text)\"" })
        section("Agreements", analysis.agreements.map { agreement in
            var line = "\(agreement.kind) (\(agreement.status)) \"\(agreement.trigger)\"  parties: \(agreement.parties.joined(separator: ", "))"
            if !agreement.areas.isEmpty { line += "  areas: " + agreement.areas.map(\.rawValue).joined(separator: ", ") }
            if !agreement.forums.isEmpty { line += "  forums: " + agreement.forums.joined(separator: ", ") }
            if !agreement.amounts.isEmpty {
                line += "  amounts: " + agreement.amounts.map { "\($0.approximate ? "~" : "")\($0.value) \($0.currency)" }.joined(separator: ", ")
            }
            return line + "  (sentence \(agreement.span.sentence + 1))"
        })
        section("Amounts", analysis.amounts.map { "\($0.approximate ? "~" : "")\($0.value) \($0.currency)  \"\($0.text)\"" })
        section("Dates", analysis.dates.map { "\($0.value ?? "(\($0.relative ?? "relative"))")  \"\($0.text)\"" })
        section("Other", analysis.matches.map { "\($0.kind)\($0.id.map { " \($0)" } ?? "")  \"\($0.text)\"" })
        return lines.joined(separator: "\n")
    }
}
