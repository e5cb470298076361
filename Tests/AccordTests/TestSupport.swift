@testable import Accord
import Foundation
import Testing

/// Shared fixtures: the small pack in Fixtures/mini-pack.yaml and the seed article.
enum TestSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The founding article, read from `../shared/seed/` next to the package; nil on machines without it.
    static let seedText: String? = {
        let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seed")
        guard let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil),
              let file = files.filter({ $0.pathExtension == "txt" }).sorted(by: { $0.path < $1.path }).first
        else { return nil }
        return try? String(contentsOf: file, encoding: .utf8)
    }()

    static var miniPackYAML: String {
        get throws {
            let url = try #require(Bundle.module.url(forResource: "Fixtures/mini-pack", withExtension: "yaml"),
                                   "Fixtures/mini-pack.yaml is missing from the test bundle")
            return try String(contentsOf: url, encoding: .utf8)
        }
    }

    /// An engine from the mini pack plus extra YAML packs.
    static func miniEngine(adding extra: [String] = []) throws -> Engine {
        try Engine(yaml: [try miniPackYAML] + extra)
    }

    /// The first diagnostic of what `body` throws, or nil if it does not throw an AccordError.
    static func diagnostic(_ body: () throws -> Void) -> Diagnostic? {
        do {
            try body()
            return nil
        } catch let error as AccordError {
            return error.diagnostics.first
        } catch {
            return nil
        }
    }

    /// A small pack header for inline test packs.
    static func pack(_ id: String, _ body: String, imports: [String] = []) -> String {
        """
        accord: 1
        pack: \(id)
        version: 1.0.0
        language: vi
        description: test pack \(id)
        \(imports.isEmpty ? "" : "imports: [\(imports.joined(separator: ", "))]")
        \(body)
        """
    }
}

/// The standard engine, compiled once for all tests.
let standardEngine: Engine? = try? Engine.standard()
