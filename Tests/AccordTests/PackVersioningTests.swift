@testable import Accord
import Foundation
import Testing

/// `requires:`, versioned imports, retired rule ids (`deprecated_by`) and content hashes.
@Suite("Pack versioning")
struct PackVersioningTests {
    struct RangeCase: CustomTestStringConvertible, Sendable {
        var range: String
        var inside: [String]
        var outside: [String]
        var testDescription: String { range }
    }

    static let ranges: [RangeCase] = [
        RangeCase(range: ">=0.2", inside: ["0.2.0", "0.3.1", "1.0.0"], outside: ["0.1.9"]),
        RangeCase(range: ">=0.1 <1.0", inside: ["0.1.0", "0.9.9"], outside: ["1.0.0", "0.0.9"]),
        RangeCase(range: "^0.3", inside: ["0.3.0", "0.3.7"], outside: ["0.4.0", "0.2.9"]),
        RangeCase(range: "^1.2", inside: ["1.2.0", "1.9.0"], outside: ["2.0.0", "1.1.9"]),
        RangeCase(range: "~1.2.3", inside: ["1.2.3", "1.2.9"], outside: ["1.3.0", "1.2.2"]),
        RangeCase(range: "0.3.0", inside: ["0.3.0"], outside: ["0.3.1"]),
        RangeCase(range: ">0.1.0, <=0.2", inside: ["0.1.1", "0.2.0"], outside: ["0.1.0", "0.2.1"]),
    ]

    @Test("version ranges", arguments: ranges)
    func versionRanges(_ testCase: RangeCase) throws {
        let range = try #require(VersionRange(testCase.range), "\(testCase.range) should parse")
        for version in testCase.inside {
            #expect(range.contains(try #require(SemanticVersion(version))), "\(version) is in \(testCase.range)")
        }
        for version in testCase.outside {
            #expect(!range.contains(try #require(SemanticVersion(version))), "\(version) is not in \(testCase.range)")
        }
    }

    @Test("malformed ranges do not parse", arguments: ["", "abc", ">=", "^x.1", "1.2.3.4", ">>1"])
    func malformed(_ text: String) {
        #expect(VersionRange(text) == nil, "'\(text)' is not a range")
    }

    static func pack(_ id: String, version: String = "1.0.0", header: String = "", body: String = "rules:\n  - {id: r, kind: x, pattern: '\"a\"'}") -> String {
        """
        accord: 1
        pack: \(id)
        version: \(version)
        language: vi
        description: test pack \(id)
        \(header)
        \(body)
        """
    }

    struct ProblemCase: CustomTestStringConvertible, Sendable {
        var name: String
        var packs: [String]
        var code: Diagnostic.Code
        var message: String
        var line: Int
        var column: Int
        var testDescription: String { name }
    }

    static let problems: [ProblemCase] = [
        ProblemCase(name: "requires a later Accord", packs: [pack("a", header: "requires: {accord: \">=9.0\"}")],
                    code: .unsatisfiedRequirement, message: "pack 'a' requires Accord >=9.0, but this is Accord \(Engine.version)",
                    line: 6, column: 20),
        ProblemCase(name: "a malformed requirement", packs: [pack("a", header: "requires: {accord: \"newest\"}")],
                    code: .invalidValue, message: "'newest' is not a version range", line: 6, column: 20),
        ProblemCase(name: "an unknown key under requires", packs: [pack("a", header: "requires: {acord: \">=0.1\"}")],
                    code: .unknownKey, message: "unknown key 'acord' in requires", line: 6, column: 12),
        ProblemCase(name: "an import outside its range",
                    packs: [pack("base", version: "2.1.0"), pack("a", header: "imports: [{pack: base, version: \"^1.0\"}]")],
                    code: .unsatisfiedRequirement, message: "pack 'a' imports 'base' ^1.0, but the loaded 'base' is version 2.1.0",
                    line: 6, column: 34),
        ProblemCase(name: "a retired rule replaced by an unknown rule",
                    packs: [pack("a", body: "rules:\n  - {id: r, kind: x, pattern: '\"a\"'}\n  - {id: old, kind: x, deprecated_by: rr}")],
                    code: .unknownReference, message: "rule 'old' is deprecated by 'rr', which this pack does not define", line: 9, column: 39),
        ProblemCase(name: "a replacement of another kind",
                    packs: [pack("a", body: "rules:\n  - {id: r, kind: x, pattern: '\"a\"'}\n  - {id: old, kind: y, deprecated_by: r}")],
                    code: .invalidValue, message: "rule 'old' (kind 'y') is deprecated by 'r', whose kind is 'x'", line: 9, column: 39),
        ProblemCase(name: "a retired id reused",
                    packs: [pack("a", body: "rules:\n  - {id: r, kind: x, pattern: '\"a\"'}\n  - {id: old, kind: x, deprecated_by: r}\n  - {id: old, kind: x, pattern: '\"b\"'}")],
                    code: .duplicateID, message: "rule id 'old' is used twice in this pack", line: 10, column: 5),
        ProblemCase(name: "a retired rule that still has a pattern",
                    packs: [pack("a", body: "rules:\n  - {id: r, kind: x, pattern: '\"a\"'}\n  - {id: old, kind: x, deprecated_by: r, pattern: '\"b\"'}")],
                    code: .unknownKey, message: "unknown key 'pattern' in a deprecated rule", line: 9, column: 42),
    ]

    @Test("requirements, import ranges and retired rules are checked, each error located", arguments: problems)
    func problem(_ testCase: ProblemCase) {
        let diagnostic = TestSupport.diagnostic { _ = try Engine(yaml: testCase.packs) }
        #expect(diagnostic?.code == testCase.code, "\(testCase.name): \(diagnostic?.description ?? "no error")")
        #expect(diagnostic?.message.contains(testCase.message) == true, "expected “\(testCase.message)”: \(diagnostic?.message ?? "-")")
        #expect(diagnostic?.location?.line == testCase.line && diagnostic?.location?.column == testCase.column,
                "at \(testCase.line):\(testCase.column), got \(diagnostic?.location?.description ?? "none")")
        #expect(diagnostic?.hint?.isEmpty == false, "each says how to fix it")
    }

    @Test("a satisfied requirement and import range load; retired ids map to their replacements")
    func satisfied() throws {
        let base = Self.pack("base", version: "1.4.2")
        let user = Self.pack("a", header: "requires: {accord: \">=0.1 <1\"}\nimports: [{pack: base, version: \"^1.2\"}]",
                             body: "rules:\n  - {id: new, kind: y, pattern: '\"b\"'}\n  - {id: old, kind: y, deprecated_by: new}")
        let engine = try Engine(yaml: [base, user])
        let pack = try #require(engine.packs.first { $0.id == "a" })
        #expect(pack.deprecatedRules == ["old": "new"])
        #expect(pack.ruleIDs == ["new"], "a retired rule does not run")
        let explanation = try engine.explain("b", language: "vi", rule: "old")
        #expect(explanation.notes == ["rule 'a/old' is deprecated by 'new': explaining 'a/new'"], "\(explanation.notes)")
        #expect(explanation.rule?.rule == "new" && explanation.whyNot == nil, "the replacement fired")
    }

    @Test("SHA-256 matches the FIPS 180-4 test vectors",
          arguments: [("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                      ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")])
    func sha256(_ input: String, _ digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }

    /// Messages whose padding fills the last block, spills into another or is a block of its
    /// own, and the FIPS million `a` (digests from Python's `hashlib`).
    @Test("SHA-256 pads every length right", arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
        (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
        (1000, "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
        (1_000_000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ])
    func sha256Lengths(count: Int, digest: String) {
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: count)) == digest, "the digest of \(count) × 'a'")
    }

    @Test("every result carries its pack's content hash, which changes with any byte of the pack")
    func contentHash() throws {
        let yaml = Self.pack("h")
        let pack = try Pack(yaml: yaml)
        #expect(pack.contentHash == String(SHA256.hex(Array(yaml.utf8)).prefix(16)))
        let analysis = try Engine(packs: [pack]).analyze("a", language: "vi")
        #expect(analysis.matches.first?.provenance.packHash == pack.contentHash, "the match's provenance names the hash")
        #expect(String(decoding: analysis.jsonBytes(id: nil), as: UTF8.self).contains("\"packHash\":\"\(pack.contentHash)\""),
                "the JSON output carries it")
        #expect(try Pack(yaml: yaml + " ").contentHash != pack.contentHash, "one more byte, another hash")
        let standard = try #require(standardEngine)
        #expect(standard.packs.allSatisfy { $0.contentHash.count == 16 }, "shipped packs are hashed too")
    }

    @Test("a provenance written before content hashes decodes with an empty hash")
    func oldProvenance() throws {
        let old = Data(#"{"pack":"vi-parties","packVersion":"0.3.0","rule":"party-country"}"#.utf8)
        let provenance = try JSONDecoder().decode(Provenance.self, from: old)
        #expect(provenance.packHash == "" && provenance.rule == "party-country")
    }
}
