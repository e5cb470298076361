@testable import Accord
import Foundation
import Testing

@Suite("Results per document limit")
struct MatchLimitTests {
    static let paragraph = "Ngày 7/9, Nhật Bản và Ấn Độ nhất trí tăng cường hợp tác về năng lượng sạch. Hai bên cam kết khoản vay 5.000 tỷ Yen."

    /// Every result's start, in text order, with its kind, so two analyses can be compared as sequences.
    static func starts(_ analysis: Analysis) -> [Int] {
        (analysis.parties.map(\.span.start) + analysis.forums.map(\.span.start) + analysis.cooperations.map(\.span.start)
            + analysis.agreements.map(\.span.start) + analysis.amounts.map(\.span.start) + analysis.dates.map(\.span.start)
            + analysis.officials.map(\.span.start) + analysis.matches.map(\.span.start)).sorted()
    }

    @Test("past the limit, the results after it in text order are dropped with an ACC504 warning at the first dropped one",
          arguments: [1, 5, 12])
    func limited(limit: Int) throws {
        let text = Array(repeating: Self.paragraph, count: 4).joined(separator: "\n")
        let full = try TestSupport.miniEngine().analyze(text)
        var limits = Limits()
        limits.maxMatchesPerDocument = limit
        let analysis = try Engine(yaml: [try TestSupport.miniPackYAML], limits: limits).analyze(text)
        let all = Self.starts(full), kept = Self.starts(analysis)
        try #require(all.count > limit, "the text has more results (\(all.count)) than the limit")
        #expect(kept.count <= limit, "kept \(kept.count) results, more than the limit \(limit)")
        #expect(kept == Array(all.prefix(kept.count)), "the kept results are the first ones in text order")
        let warning = try #require(analysis.warnings.first, "no warning says results were dropped")
        #expect(warning.code == .tooManyMatches && warning.severity == .warning, "got \(warning)")
        let cut = all[kept.count]
        let prefix = text.unicodeScalars.prefix(cut)
        let line = prefix.filter { $0 == "\n" }.count + 1
        let column = prefix.count - (prefix.lastIndex(of: "\n").map { prefix.distance(from: prefix.startIndex, to: $0) + 1 } ?? 0) + 1
        #expect(warning.location == SourceLocation(file: "<document>", line: line, column: column),
                "the warning points at the first dropped result, line \(line) column \(column): \(warning)")
        #expect(analysis.json().contains(#""warnings":[{"code":"ACC504""#), "the JSON carries the warning")
        #expect(!full.json().contains("warnings"), "an unlimited analysis has no warnings key")
    }

    @Test("a long document stops being analysed once its windows pass the limit")
    func windows() throws {
        let text = Array(repeating: Self.paragraph, count: 200).joined(separator: "\n")
        var limits = Limits()
        limits.maxWindowBytes = 1_000
        limits.maxMatchesPerDocument = 50
        let analysis = try Engine(yaml: [try TestSupport.miniPackYAML], limits: limits).analyze(text)
        var unlimited = limits
        unlimited.maxMatchesPerDocument = .max
        let full = try Engine(yaml: [try TestSupport.miniPackYAML], limits: unlimited).analyze(text)
        let kept = Self.starts(analysis), all = Self.starts(full)
        #expect(kept.count <= 50 && kept == Array(all.prefix(kept.count)), "kept \(kept.count), a prefix of \(all.count)")
        #expect(analysis.warnings.map(\.code) == [.tooManyMatches], "one ACC504 warning")
        #expect(analysis.warnings.first?.message.contains("not analysed") == true, "it says the rest was not analysed")
    }
}
