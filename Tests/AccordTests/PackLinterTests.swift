@testable import Accord
import Testing

@Suite("Pack linter")
struct PackLinterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// Packs loaded together; the first is `p.yaml`, and warnings are expected in it.
        var yaml: [String]
        var code: Diagnostic.Code
        var line: Int
        var column: Int
        var hintContains: String
        var testDescription: String { name }
    }

    struct CleanCase: CustomTestStringConvertible, Sendable {
        var name: String
        var yaml: [String]
        var testDescription: String { name }
    }

    static func header(_ language: String = "vi", id: String = "p") -> String {
        "accord: 1\npack: \(id)\nversion: 0.1.0\nlanguage: \(language)\ndescription: d\n"
    }

    /// A pack with one lexicon `countries` whose entries (and extra lexicon keys) start at line 9,
    /// and a party rule over it at line 11 (or later, with more entry lines).
    static func lexiconPack(_ entries: String, language: String = "vi", lexiconKeys: String = "",
                            rule: String = "  - {id: p, kind: party, pattern: 'id:%countries'}") -> String {
        header(language) + "lexicons:\n  countries:\n" + lexiconKeys + "    entries:\n" + entries + "rules:\n" + rule + "\n"
    }

    static let twoCountries = "      FR: [Pháp quốc]\n      DE: [Cộng hòa Liên bang Đức]\n"

    /// Each must warn with the code, at line:column of `p.yaml`, with a hint saying how to fix it.
    static let warningCases: [Case] = [
        // ACC702
        Case(name: "@party=US where party rules give only FR and DE",
             yaml: [lexiconPack(twoCountries, rule: "  - {id: p, kind: party, pattern: 'id:%countries'}\n  - {id: v, kind: visit, pattern: '@party=US thăm'}")],
             code: .unproducedID, line: 13, column: 36, hintContains: "ids of kind 'party': DE, FR"),
        Case(name: "@agreement=consensus: agreements have no id",
             yaml: [header() + "rules:\n  - {id: a, kind: agreement, pattern: 'trigger:\"nhất trí\"'}\n  - {id: v, kind: visit, pattern: '@agreement=consensus'}\n"],
             code: .unproducedID, line: 8, column: 36, hintContains: "gives its results an id"),
        // ACC703
        Case(name: "a party capture that is not a party field",
             yaml: [lexiconPack(twoCountries, rule: "  - {id: p, kind: party, pattern: 'id:%countries who:#word'}")],
             code: .unusedCapture, line: 12, column: 50, hintContains: "`id`"),
        Case(name: "a capture in a context condition",
             yaml: [lexiconPack(twoCountries, rule: "  - {id: p, kind: party, pattern: 'id:%countries', context: {before: 'x:#word'}}")],
             code: .unusedCapture, line: 12, column: 71, hintContains: "remove `x:`"),
        Case(name: "a capture that set: overrides",
             yaml: [lexiconPack(twoCountries, rule: "  - {id: p, kind: party, pattern: 'id:%countries', set: {id: FR}}")],
             code: .unusedCapture, line: 12, column: 36, hintContains: "remove `id` from `set`"),
        // ACC704
        Case(name: "a phrase containing an exclusion of its lexicon",
             yaml: [lexiconPack("      GB: [Vương quốc Anh và Bắc Ireland]\n", lexiconKeys: "    exclude: [Bắc Ireland]\n")],
             code: .unmatchablePhrase, line: 10, column: 12, hintContains: "exclusion 'Bắc Ireland'"),
        Case(name: "a phrase with a sentence end inside",
             yaml: [lexiconPack("      XY: [Yahoo! Japan]\n", language: "en")],
             code: .unmatchablePhrase, line: 9, column: 12, hintContains: "abbreviations"),
        Case(name: "a phrase that starts with a clitic apostrophe",
             yaml: [lexiconPack("      XY: [\"'s\"]\n", language: "en")],
             code: .unmatchablePhrase, line: 9, column: 13, hintContains: "India's"),
        Case(name: "a cue containing a cue exclusion",
             yaml: [header() + "cues:\n  negation: [hàng không]\n  exclude: [hàng không]\n"],
             code: .unmatchablePhrase, line: 7, column: 14, hintContains: "exclusion 'hàng không'"),
        // ACC705
        Case(name: "one phrase, two ids",
             yaml: [lexiconPack("      VN: [Việt Nam]\n      XX: [việt nam]\n")],
             code: .conflictingAlias, line: 10, column: 12, hintContains: "give them the same id"),
        Case(name: "one phrase, two ids, one of them case-sensitive",
             yaml: [lexiconPack("      VN: {phrases: [Việt Nam], case: sensitive}\n      XX: [việt nam]\n")],
             code: .conflictingAlias, line: 10, column: 12, hintContains: "remove one of the two"),
        // ACC706
        Case(name: "Pháp matched case-insensitively",
             yaml: [lexiconPack("      FR: [Pháp]\n")],
             code: .commonWordAlias, line: 9, column: 12, hintContains: "case: sensitive"),
        Case(name: "Pháp with an exclusion of giải pháp still warns",
             yaml: [lexiconPack("      FR: [Pháp]\n", lexiconKeys: "    exclude: [giải pháp]\n")],
             code: .commonWordAlias, line: 10, column: 12, hintContains: "case: sensitive"),
        Case(name: "English US matched case-insensitively",
             yaml: [lexiconPack("      US: [United States, US]\n", language: "en")],
             code: .commonWordAlias, line: 9, column: 27, hintContains: "case: sensitive"),
        Case(name: "diacritics-insensitive Mỹ",
             yaml: [lexiconPack("      US: [Mỹ]\n", lexiconKeys: "    diacritics: insensitive\n")],
             code: .commonWordAlias, line: 10, column: 12, hintContains: "case: sensitive"),
    ]

    /// Near twins of the warning cases that must give no warning at all.
    static let cleanCases: [CleanCase] = [
        CleanCase(name: "@party=FR, which a rule produces",
                  yaml: [lexiconPack(twoCountries, rule: "  - {id: p, kind: party, pattern: 'id:%countries'}\n  - {id: v, kind: visit, pattern: '@party=FR thăm'}")]),
        CleanCase(name: "@party=US where a regex rule may produce any id",
                  yaml: [lexiconPack(twoCountries, rule: "  - {id: p, kind: party, pattern: 'id:%countries'}\n  - {id: q, kind: party, pattern: 'id:/[A-Z]{2}/'}\n  - {id: v, kind: visit, pattern: '@party=US thăm'}")]),
        CleanCase(name: "a custom kind keeps every capture",
                  yaml: [lexiconPack(twoCountries, rule: "  - {id: p, kind: visit, pattern: 'id:%countries who:#word'}")]),
        CleanCase(name: "an agreement trigger with set kind",
                  yaml: [header() + "rules:\n  - {id: a, kind: agreement, pattern: 'trigger:\"nhất trí\"', set: {kind: consensus}}\n"]),
        CleanCase(name: "a context condition without a capture",
                  yaml: [lexiconPack(twoCountries, rule: "  - {id: p, kind: party, pattern: 'id:%countries', context: {before: '#word'}}")]),
        CleanCase(name: "an exclusion longer than the phrase",
                  yaml: [lexiconPack("      GB: [Vương quốc Anh và Bắc Ireland]\n", lexiconKeys: "    exclude: [miền Bắc Ireland]\n")]),
        CleanCase(name: "a case-sensitive exclusion does not cover an insensitive phrase",
                  yaml: [lexiconPack("      GB: {phrases: [Vương quốc Anh và Bắc Ireland], case: insensitive}\n",
                                     lexiconKeys: "    case: sensitive\n    exclude: [Bắc Ireland]\n")]),
        CleanCase(name: "a phrase without a sentence end", yaml: [lexiconPack("      XY: [Yahoo Japan]\n", language: "en")]),
        CleanCase(name: "a '.' after an initial does not end a sentence", yaml: [lexiconPack("      XY: [U.S. Steel]\n", language: "en")]),
        CleanCase(name: "a phrase over two YAML lines", yaml: [lexiconPack("      XY:\n        - |-\n          Hội đồng\n          Bảo an\n")]),
        CleanCase(name: "a clitic written with its word", yaml: [lexiconPack("      XY: [\"India's\"]\n", language: "en")]),
        CleanCase(name: "a cue that only overlaps a cue exclusion", yaml: [header() + "cues:\n  negation: [không]\n  exclude: [hàng không]\n"]),
        CleanCase(name: "the same phrase twice for one id", yaml: [lexiconPack("      VN: [Việt Nam, việt nam]\n")]),
        CleanCase(name: "two phrases that differ under case: sensitive",
                  yaml: [lexiconPack("      VN: [Việt Nam]\n      XX: [việt nam]\n", lexiconKeys: "    case: sensitive\n")]),
        CleanCase(name: "the same phrase in two lexicons",
                  yaml: [header() + "lexicons:\n  a: {entries: {VN: [Việt Nam]}}\n  b: {entries: {XX: [Việt Nam]}}\n"]),
        CleanCase(name: "Pháp case-sensitive", yaml: [lexiconPack("      FR: {phrases: [Pháp], case: sensitive}\n")]),
        CleanCase(name: "a lexicon case-sensitive", yaml: [lexiconPack("      FR: [Pháp]\n", lexiconKeys: "    case: sensitive\n")]),
        CleanCase(name: "a lower-case common word is meant as one", yaml: [lexiconPack("      year: [in, since]\n", language: "en")]),
        CleanCase(name: "US in a Vietnamese pack", yaml: [lexiconPack("      US: [US]\n")]),
    ]

    /// Loads and compiles the packs (lint runs only on packs that compile), then lints them.
    static func lint(_ yaml: [String]) throws -> [Diagnostic] {
        let packs = try yaml.enumerated().map { index, text in try Pack(yaml: text, file: index == 0 ? "p.yaml" : "q\(index).yaml") }
        _ = try Engine(packs: packs)
        return PackLinter(packs: packs).warnings()
    }

    @Test("warns at file:line:column with a hint", arguments: warningCases)
    func warns(_ testCase: Case) throws {
        let warnings = try Self.lint(testCase.yaml)
        #expect(warnings.count == 1, "\(testCase.name): expected one warning, got \(warnings.map(\.description))")
        let warning = try #require(warnings.first, "\(testCase.name): no warning")
        #expect(warning.code == testCase.code, "\(testCase.name): expected \(testCase.code), got \(warning)")
        #expect(warning.severity == .warning)
        #expect(warning.location?.file == "p.yaml" && warning.location?.line == testCase.line && warning.location?.column == testCase.column,
                "\(testCase.name): expected p.yaml:\(testCase.line):\(testCase.column), got \(warning.location.map { "\($0)" } ?? "no location")")
        #expect(warning.hint?.contains(testCase.hintContains) == true, "\(testCase.name): hint '\(warning.hint ?? "")' should mention '\(testCase.hintContains)'")
        // The line the location names, as the file has it: read from the pack when asked.
        let line = testCase.yaml[0].split(separator: "\n", omittingEmptySubsequences: false)[testCase.line - 1]
        #expect(warning.sourceLine == String(line), "\(testCase.name): the caret display needs line \(testCase.line), \(String(line).debugDescription), got \(warning.sourceLine.debugDescription)")
    }

    @Test("stays quiet on the near twins", arguments: cleanCases)
    func quiet(_ testCase: CleanCase) throws {
        let warnings = try Self.lint(testCase.yaml)
        #expect(warnings.isEmpty, "\(testCase.name): expected no warnings, got \(warnings.map(\.description))")
    }

    @Test("the shipped packs have no warnings")
    func shippedPacks() throws {
        let warnings = PackLinter(packs: try Engine.standardPacks()).warnings()
        #expect(warnings.isEmpty, "\(warnings.map(\.description).joined(separator: "\n"))")
    }

    @Test("warnings come in load order, then line order, and only for the packs asked for")
    func order() throws {
        let first = Self.lexiconPack("      FR: [Pháp]\n      US: [Mỹ]\n")
        let second = first.replacingOccurrences(of: "pack: p", with: "pack: q")
        let packs = [try Pack(yaml: first, file: "p.yaml"), try Pack(yaml: second, file: "q.yaml")]
        let all = PackLinter(packs: packs).warnings()
        #expect(all.map { "\($0.location?.file ?? ""):\($0.location?.line ?? 0)" } == ["p.yaml:9", "p.yaml:10", "q.yaml:9", "q.yaml:10"])
        let onlySecond = PackLinter(packs: packs).warnings(for: ["q"])
        #expect(onlySecond.map { $0.location?.file } == ["q.yaml", "q.yaml"])
    }
}
