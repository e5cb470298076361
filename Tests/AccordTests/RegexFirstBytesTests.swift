@testable import Accord
import Testing

/// The first bytes read from a token regex's source, which decide where a stage's regex starts are tried.
@Suite("Regex first bytes")
struct RegexFirstBytesTests {
    /// The ASCII bytes of a set, as text, and whether it admits the non-ASCII lead bytes.
    static func describe(_ set: [Bool]?) -> String? {
        guard let set else { return nil }
        let ascii = String(decoding: (0..<128).filter { set[$0] }.map(UInt8.init), as: UTF8.self)
        return ascii + ((0x80..<256).allSatisfy { set[$0] } ? "+" : (0x80..<256).contains { set[$0] } ? "?" : "")
    }

    @Test("the sets of the syntax it reads, and none for the rest", arguments: [
        (#"(\d{1,3})(st|nd|rd|th)"#, "0123456789+"),
        (#"\d{1,3}"#, "0123456789+"),
        (#"(COP|MC)\d{1,3}"#, "CMcm+"),
        (#"([4-9]\d)(st|nd|rd|th)"#, "456789"),
        (#"COP(\d{1,3})"#, "Cc+"),
        (#"(?:a|B)x"#, "ABab+"),
        (#"[A-Ca]\w"#, "ABCabc+"),
        (#"5|x"#, "5Xx+"),
        (#"\d+?"#, "0123456789+"),
        ("..", nil), (#"\w+"#, nil), ("a?b", nil), ("(a|)b", nil), ("[^0-9]x", nil), ("(?i)abc", nil),
        ("", nil), ("x{0,2}y", nil), (#"^\d"#, nil), ("(ab)*c", nil), ("[0-z]", nil), ("[a-]", nil), ("-5", nil),
        (String(repeating: "(", count: 16) + "x" + String(repeating: ")", count: 16), "Xx+"),
        // Nested deeper than the reading goes (it recurses once per group): no set, and no deep stack.
        (String(repeating: "(", count: 5_000) + "x" + String(repeating: ")", count: 5_000), nil),
    ] as [(String, String?)])
    func sets(source: String, expected: String?) {
        let found = Self.describe(RegexFirstBytes.of(source))
        #expect(found == expected, "/\(source)/ gave \(found ?? "no set"), expected \(expected ?? "no set")")
    }

    @Test("a token a regex matches always begins with a byte of its set", arguments: [
        #"(\d{1,3})(st|nd|rd|th)"#, #"\d{1,3}"#, #"(COP|MC)\d{1,3}"#, #"([4-9]\d)(st|nd|rd|th)"#, #"COP(\d{1,3})"#,
        #"UNGA(\d{2})"#, #"[a-c]\d"#, #"k\d"#, #"(s|t)t"#,
    ])
    func supersetOfMatches(source: String) throws {
        // Not "\u{212A}1" (KELVIN SIGN): ICU folds it to `k` case-insensitively, but a literal
        // prefix (`k\d`) is compared on ASCII bytes before the regex runs, as it always was.
        let tokens = ["5th", "12th", "43rd", "40th", "٣rd", "١٢", "５th", "COP28", "cop28", "Cop28", "MC13", "mc13", "UNGA78",
                      "G20", "x", "K1", "k1", "ſt", "st", "B7", "b7", "Đà", "1", "999", "1000", "²", "st5"]
        for caseSensitive in [false, true] {
            let regex = try TokenRegex(source, caseSensitive: caseSensitive)
            for token in tokens where regex.match(token) != nil {
                let bytes = Array(token.utf8)
                #expect(regex.firstBytes.map { $0[Int(bytes[0])] } ?? true,
                        "/\(source)/ (case-sensitive: \(caseSensitive)) matches «\(token)», whose first byte is outside its set")
                #expect(bytes.withUnsafeBufferPointer { regex.mayMatch($0) }, "/\(source)/ matches «\(token)» but mayMatch says no")
            }
        }
    }
}
