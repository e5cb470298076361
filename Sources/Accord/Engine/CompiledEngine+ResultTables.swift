/// What the result builder reads of each rule for every result, resolved when the engine compiles.
extension CompiledEngine {
    /// The built-in result kinds, and `custom` for every other: what the result builder switches
    /// on for every result (comparing kind strings there cost a string compare per case).
    enum KindClass: UInt8, Sendable, CaseIterable {
        case party, forum, cooperation, amount, date, agreement, official, custom

        init(_ kind: String) {
            switch kind {
            case "party": self = .party
            case "forum": self = .forum
            case "cooperation": self = .cooperation
            case "amount": self = .amount
            case "date": self = .date
            case "agreement": self = .agreement
            case "official": self = .official
            default: self = .custom
            }
        }
    }

    /// What ``ResultFields/id(of:)`` reads of a rule for every result, looked up once.
    struct IDSource: Sendable {
        var fixedID: String?
        var fixedArea: String?
        /// The string-table indices of `fixedID` and `fixedArea`, when interned.
        var fixedIDIndex: Int32?
        var fixedAreaIndex: Int32?
        var kind: KindClass
    }

    /// What an agreement rule decides, per rule, read for every agreement without hashing field
    /// names: its `set:` kind, and where each field attaches from (`attach:`, else the default).
    struct AgreementSettings: Sendable {
        var kind: String?
        var parties: RuleDefinition.Scope
        var areas: RuleDefinition.Scope
        var forums: RuleDefinition.Scope
        var amounts: RuleDefinition.Scope
        var dates: RuleDefinition.Scope

        init(_ rule: Rule) {
            kind = rule.fixed["kind"]
            parties = rule.attach["parties"] ?? .context
            areas = rule.attach["areas"] ?? .after
            forums = rule.attach["forums"] ?? .sentence
            amounts = rule.attach["amounts"] ?? .sentence
            dates = rule.attach["dates"] ?? .sentence
        }
    }

    /// The string-table indices of the capture names the result builder and agreements read
    /// (-1 when no pattern captures one), looked up once instead of hashed for every result.
    struct CaptureNames: Sendable {
        var id, area, edition, currency, title, name, party: Int32
        var trigger, parties, areas, forums, amounts, dates: Int32

        init(strings: StringTable) {
            let index = { (name: String) in strings.index(of: name) ?? -1 }
            (id, area, edition, currency) = (index("id"), index("area"), index("edition"), index("currency"))
            (title, name, party) = (index("title"), index("name"), index("party"))
            (trigger, parties, areas) = (index("trigger"), index("parties"), index("areas"))
            (forums, amounts, dates) = (index("forums"), index("amounts"), index("dates"))
        }
    }
}
