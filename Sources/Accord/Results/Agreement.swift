/// An agreement reported in the text: consensus, a commitment, a signing, a memorandum, a loan or aid, a plan.
public struct Agreement: Sendable, Hashable, Codable {
    /// What kind of agreement it is.
    public struct Kind: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The kind's id, such as `consensus`.
        public var rawValue: String
        /// Creates a kind from its id.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The kind's id.
        public var description: String { rawValue }

        /// The parties agreed (nhất trí, thống nhất, agreed).
        public static let consensus = Self(rawValue: "consensus")
        /// A party committed itself (cam kết, pledged).
        public static let commitment = Self(rawValue: "commitment")
        /// Something was signed (ký kết, signed).
        public static let signing = Self(rawValue: "signing")
        /// A memorandum of understanding or cooperation (bản ghi nhớ, MoU).
        public static let memorandum = Self(rawValue: "memorandum")
        /// A loan, grant or aid (khoản vay, ODA, viện trợ).
        public static let loanOrAid = Self(rawValue: "loan-or-aid")
        /// A plan or roadmap (kế hoạch hành động, lộ trình).
        public static let plan = Self(rawValue: "plan")
        /// Any other agreement.
        public static let other = Self(rawValue: "other")
    }

    /// Whether the agreement happened, is planned, or is denied.
    public struct Status: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The status's id.
        public var rawValue: String
        /// Creates a status from its id.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The status's id.
        public var description: String { rawValue }

        /// Reported as done.
        public static let asserted = Self(rawValue: "asserted")
        /// Reported as intended or scheduled (sẽ, dự kiến).
        public static let planned = Self(rawValue: "planned")
        /// Reported as not reached (không, chưa).
        public static let negated = Self(rawValue: "negated")
    }

    /// The agreement's kind.
    public var kind: Kind
    /// The trigger words as written (`nhất trí`).
    public var trigger: String
    /// Whether it is asserted, planned or negated.
    public var status: Status
    /// The parties' ids, in order of mention; `hai bên` resolves to the two parties in context.
    public var parties: [String]
    /// The cooperation areas it covers.
    public var areas: [CooperationArea]
    /// The forums it was made at.
    public var forums: [String]
    /// The amounts tied to it.
    public var amounts: [Amount]
    /// The dates tied to it.
    public var dates: [DateMention]
    /// The trigger's span (its sentence is `span.sentence`).
    public var span: TextSpan
    /// The pack and rule that found it.
    public var provenance: Provenance

    /// The trigger's text.
    public var text: String { span.text }

    /// Creates an agreement.
    ///
    /// - Parameters:
    ///   - kind: The agreement's kind.
    ///   - trigger: The trigger words as written.
    ///   - status: Whether it is asserted, planned or negated.
    ///   - parties: The parties' ids, in order of mention.
    ///   - areas: The cooperation areas it covers.
    ///   - forums: The ids of the forums it was made at.
    ///   - amounts: The amounts tied to it.
    ///   - dates: The dates tied to it.
    ///   - span: The trigger's span.
    ///   - provenance: The pack and rule that found it.
    public init(kind: Kind, trigger: String, status: Status, parties: [String], areas: [CooperationArea],
                forums: [String], amounts: [Amount], dates: [DateMention], span: TextSpan, provenance: Provenance) {
        self.kind = kind
        self.trigger = trigger
        self.status = status
        self.parties = parties
        self.areas = areas
        self.forums = forums
        self.amounts = amounts
        self.dates = dates
        self.span = span
        self.provenance = provenance
    }
}
