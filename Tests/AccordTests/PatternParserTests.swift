import Foundation
@testable import Accord
import Testing

@Suite("Pattern parser")
struct PatternParserTests {
    @Test("parses elements into the right tree", arguments: [
        ("nhất trí", "seq(lit(nhất) lit(trí))"),
        ("\"hai bên\"", "lit(hai bên)"),
        ("%countries", "lex(countries)"),
        ("%countries=JP", "lex(countries=JP)"),
        ("%vi-core.currencies", "lex(vi-core.currencies)"),
        ("@party", "ref(party)"),
        ("@party=US", "ref(party=US)"),
        ("#num #cap #any{0,6}", "seq(class(num) class(cap) rep(class(any),0,6))"),
        ("/COP(\\d+)/", "re(COP(\\d+))"),
        ("/abc/c", "re(abc,cs)"),
        ("/abc/i", "re(abc,ci)"),
        ("(a | b c)?", "rep(alt(lit(a) seq(lit(b) lit(c))),0,1)"),
        ("id:%forums (\"-\" edition:#num)?", "seq(cap(id,lex(forums)) rep(seq(lit(-) cap(edition,class(num))),0,1))"),
        ("parties:@party (và parties:@party)*", "seq(cap(parties,ref(party)) rep(seq(lit(và) cap(parties,ref(party))),0,-))"),
        ("a+ b{2}", "seq(rep(lit(a),1,-) rep(lit(b),2,2))"),
        ("#any{ 0 ,\t6 }", "rep(class(any),0,6)"),
        ("a{\u{3000}2\u{00A0}}", "rep(lit(a),2,2)"),
        ("công-tư", "lit(công-tư)"),
    ])
    func parses(pattern: String, expected: String) throws {
        let node = try PatternParser.parse(pattern)
        #expect(render(node) == expected, "pattern \(pattern) parsed into \(render(node)), expected \(expected)")
    }

    @Test("says where each top-level element is, for explain", arguments: [
        ("nhất trí", ["nhất", "trí"]),
        ("  title:%office-titles ( %portfolios )?  name:#cap+ ", ["title:%office-titles", "( %portfolios )?", "name:#cap+"]),
        ("%countries", ["%countries"]),
        ("  a | b c  ", ["a | b c"]),
        ("( \"Ấn Độ\" | \"Việt Nam\" ) #any{0,3} @party", ["( \"Ấn Độ\" | \"Việt Nam\" )", "#any{0,3}", "@party"]),
        ("a\u{3000}b", ["a", "b"]),
    ])
    func elements(pattern: String, expected: [String]) throws {
        let (_, ranges) = try PatternParser.parseWithElements(pattern)
        let scalars = Array(pattern.unicodeScalars)
        let sources = ranges.map { range in
            String(String.UnicodeScalarView(scalars[range])).trimmingCharacters(in: .whitespaces)
        }
        #expect(sources == expected, "pattern \(pattern.debugDescription) has elements \(sources), expected \(expected)")
    }

    @Test("spaces and word characters are Unicode's White_Space and Alphabetic, ASCII included")
    func scalarClasses() {
        var differing: [String] = []
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let word = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
            if PatternParser.isSpace(scalar) != scalar.properties.isWhitespace || PatternParser.isWordScalar(scalar) != word {
                differing.append(String(value, radix: 16))
            }
        }
        #expect(differing.isEmpty, "the parser's classes differ from the properties for \(differing.prefix(10))")
    }

    @Test("reports syntax errors at the right offset", arguments: [
        ("(a b", Diagnostic.Code.unbalancedBracket, 0),
        ("a b)", .unbalancedBracket, 3),
        ("\"open", .unbalancedBracket, 0),
        ("/abc", .unbalancedBracket, 0),
        ("a{3,1}", .invalidRepetition, 1),
        ("a{1,", .unbalancedBracket, 1),
        ("a{x}", .invalidRepetition, 1),
        ("a{1 2}", .invalidRepetition, 1),
        ("\"  \"", .patternSyntax, 0),
        ("\"\t\u{3000}\"", .patternSyntax, 0),
        ("* a", .invalidRepetition, 0),
        ("#nums", .unknownTokenClass, 0),
        ("a | ", .patternSyntax, 2),
        ("%", .patternSyntax, 0),
        ("@party=", .patternSyntax, 7),
        ("", .patternSyntax, 0),
        ("()", .patternSyntax, 0),
        ("a : b", .patternSyntax, 2),
        ("x}", .unbalancedBracket, 1),
    ])
    func rejects(pattern: String, code: Diagnostic.Code, offset: Int) {
        #expect {
            _ = try PatternParser.parse(pattern)
        } throws: { error in
            guard let failure = error as? PatternParser.Failure else { return false }
            return failure.code == code && failure.offset == offset
        }
    }

    @Test("knows which patterns can match nothing", arguments: [
        ("a?", true), ("a*", true), ("(a | b?)", true), ("a? b", false), ("#any{0,3}", true), ("@party", false),
    ])
    func nullability(pattern: String, nullable: Bool) throws {
        let node = try PatternParser.parse(pattern)
        #expect(node.isNullable == nullable, "\(pattern) nullable should be \(nullable)")
    }

    private func render(_ node: PatternNode) -> String {
        switch node {
        case .literal(let text, _): return "lit(\(text))"
        case .lexicon(let name, let id, _): return "lex(\(name)\(id.map { "=" + $0 } ?? ""))"
        case .reference(let kind, let id, _): return "ref(\(kind)\(id.map { "=" + $0 } ?? ""))"
        case .tokenClass(let tokenClass, _): return "class(\(tokenClass.rawValue))"
        case .regex(let source, let caseSensitive, _):
            return "re(\(source)\(caseSensitive.map { $0 ? ",cs" : ",ci" } ?? ""))"
        case .sequence(let items): return "seq(" + items.map(render).joined(separator: " ") + ")"
        case .alternation(let items): return "alt(" + items.map(render).joined(separator: " ") + ")"
        case .repetition(let inner, let min, let max, _): return "rep(\(render(inner)),\(min),\(max.map(String.init) ?? "-"))"
        case .capture(let name, let inner, _): return "cap(\(name),\(render(inner)))"
        }
    }
}
