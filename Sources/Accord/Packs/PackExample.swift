/// An embedded test: a text and the results it must (or must not) yield.
struct PackExample: Sendable, Hashable {
    /// What one expected agreement must have; `nil` fields are not checked.
    struct AgreementExpectation: Sendable, Hashable {
        var kind: String?
        var status: String?
        var parties: [String]?
        var areas: [String]?
        var forums: [String]?
        var amounts: Int?
    }
    struct AmountExpectation: Sendable, Hashable {
        var value: String
        var currency: String?
        var approximate: Bool?
    }
    struct ForumExpectation: Sendable, Hashable {
        var id: String
        var edition: Int?
    }
    struct OfficialExpectation: Sendable, Hashable {
        var title: String
        var name: String?
        var party: String?
    }
    struct MatchExpectation: Sendable, Hashable {
        var kind: String
        var id: String?
    }
    var text: String
    /// The text must yield no result of any kind.
    var expectsNothing: Bool
    var parties: [String]?
    var forums: [ForumExpectation]?
    var areas: [String]?
    var agreements: [AgreementExpectation]?
    var amounts: [AmountExpectation]?
    var dates: [String]?
    var matches: [MatchExpectation]?
    var officials: [OfficialExpectation]?
    var location: SourceLocation
}
