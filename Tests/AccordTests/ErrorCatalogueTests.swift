@testable import Accord
import Foundation
import Testing

@Suite("Error catalogue")
struct ErrorCatalogueTests {
    /// Every `Code(rawValue: "ACCnnn")` declared in the sources.
    static func declaredCodes() throws -> [String] {
        let file = TestSupport.packageRoot.appendingPathComponent("Sources/Accord/Diagnostics/Diagnostic+Code.swift")
        let source = try String(contentsOf: file, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"Code\(rawValue: "(ACC\d{3})"\)"#)
        let range = NSRange(source.startIndex..., in: source)
        return pattern.matches(in: source, range: range).compactMap { match in
            Range(match.range(at: 1), in: source).map { String(source[$0]) }
        }
    }

    @Test("every code is declared once and has a row in the pack guide's catalogue")
    func documented() throws {
        let codes = try Self.declaredCodes()
        #expect(codes.count >= 30, "found only \(codes.count) codes; did the declaration format change?")
        #expect(Set(codes).count == codes.count, "a code is declared twice: \(codes)")
        let guide = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Rules/README.md"), encoding: .utf8)
        let rows = Set(guide.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| ACC") else { return nil }
            return String(line.dropFirst(2).prefix(6))
        })
        for code in codes {
            #expect(rows.contains(code), "\(code) has no row in the error catalogue of Rules/README.md")
        }
        for row in rows {
            #expect(codes.contains(row), "the catalogue lists \(row), which no code declares")
        }
    }
}
