import Foundation

/// The rows of the benchmark table: what was measured, the figure, and the target it is held to.
struct BenchReport {
    struct Row {
        var scenario: String
        var value: String
        var target: String
        var met: Bool?
    }

    var rows: [Row] = []
    var notes: [String] = []

    mutating func add(_ scenario: String, _ value: String, target: String = "", met: Bool? = nil) {
        rows.append(Row(scenario: scenario, value: value, target: target, met: met))
        FileHandle.standardError.write(Data("  \(scenario): \(value)\n".utf8))
    }

    func markdown() -> String {
        var lines = ["| scenario | measured | target | met |", "|---|---|---|---|"]
        for row in rows {
            let met = row.met.map { $0 ? "yes" : "**no**" } ?? ""
            lines.append("| \(row.scenario) | \(row.value) | \(row.target) | \(met) |")
        }
        if !notes.isEmpty { lines += [""] + notes.map { "- " + $0 } }
        return lines.joined(separator: "\n")
    }
}

/// Formats a number with one decimal.
func fixed(_ value: Double, _ digits: Int = 1) -> String {
    String(format: "%.\(digits)f", value)
}

/// Seconds taken by `body`.
func measure(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
