// The Accord tour: run `swift run accord-examples`.
//
// 1. Analyse the example articles in Examples/texts with the standard packs.
// 2. Load a user-authored pack from Examples/packs, with a custom extractor registered on the engine.
import Accord
import AccordExampleExtractors
import Foundation

/// The Examples folder, found from this source file so the tour runs from any directory.
let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

func printAnalysis(_ analysis: Analysis) {
    for party in analysis.parties { print("  party        \(party.id)  «\(party.text)»") }
    for forum in analysis.forums { print("  forum        \(forum.id)\(forum.edition.map { " #\($0)" } ?? "")  «\(forum.text)»") }
    for cooperation in analysis.cooperations { print("  cooperation  \(cooperation.area)  «\(cooperation.text)»") }
    for amount in analysis.amounts {
        print("  amount       \(amount.approximate ? "≈ " : "")\(amount.value) \(amount.currency)  «\(amount.text)»")
    }
    for date in analysis.dates { print("  date         \(date.value ?? "(\(date.relative ?? "relative"))")  «\(date.text)»") }
    for agreement in analysis.agreements {
        var line = "  agreement    \(agreement.kind) (\(agreement.status)) «\(agreement.trigger)» parties: \(agreement.parties.joined(separator: ", "))"
        if !agreement.areas.isEmpty { line += "; areas: " + agreement.areas.map(\.rawValue).joined(separator: ", ") }
        if !agreement.forums.isEmpty { line += "; forums: " + agreement.forums.joined(separator: ", ") }
        if !agreement.amounts.isEmpty { line += "; amounts: " + agreement.amounts.map { "\($0.value) \($0.currency)" }.joined(separator: ", ") }
        print(line)
    }
    for official in analysis.officials {
        print("  official     \(official.title)\(official.party.map { " (\($0))" } ?? "") \(official.name ?? "")  «\(official.text)»")
    }
    for match in analysis.matches { print("  \(match.kind.padding(toLength: 12, withPad: " ", startingAt: 0)) \(match.id ?? "")  «\(match.text)»") }
}

/// The host's own type for the `ratification` kind of Examples/packs/treaty-refs.yaml: the
/// engine checks the pack's rules against it when it compiles (a missing or mistyped field
/// fails there, not here).
struct Ratification: Decodable, Sendable {
    /// The verb's lexicon id (`accession-verbs`): every id must be a case.
    enum Action: String, Decodable, CaseIterable, Sendable { case ratify, accede, sign }
    var id: Action
    var party: String
    var treaty: String
    var text: String
}

do {
    let engine = try Engine.standard()
    print("Accord: \(engine.packs.count) standard packs loaded (\(engine.packs.map { "\($0.id)@\($0.version)" }.joined(separator: ", ")))")
    let texts = (try? FileManager.default.contentsOfDirectory(at: examples.appendingPathComponent("texts"), includingPropertiesForKeys: nil)) ?? []
    for file in texts.filter({ $0.pathExtension == "txt" }).sorted(by: { $0.path < $1.path }) {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
        print("\n== \(file.lastPathComponent)")
        printAnalysis(engine.analyze(text))
    }

    print("\n== A user-authored pack (Examples/packs) with a custom extractor")
    let userPacks = try Pack.packs(inDirectory: examples.appendingPathComponent("packs"))
    let custom = try Engine.standard(adding: userPacks, extractors: Engine.builtInExtractors + [DocumentNumberExtractor()],
                                     resultTypes: [ResultType(Ratification.self, kind: "ratification")])
    let samples = [
        "Theo Thông tư số 12/2024/TT-BNG, Việt Nam và Hàn Quốc sẽ ký bản ghi nhớ về năng lượng tái tạo vào ngày 15/10.",
        "Năm 1994, Việt Nam phê chuẩn Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS 1982).",
    ]
    for sample in samples {
        print("\n" + sample)
        let analysis = custom.analyze(sample)
        printAnalysis(analysis)
        for ratification in try analysis.results(of: Ratification.self, kind: "ratification") {
            print("  typed        Ratification(id: .\(ratification.id), party: \(ratification.party), treaty: \(ratification.treaty))")
        }
    }
} catch {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(1)
}
