/// An area of cooperation from Accord's fixed taxonomy.
///
/// A struct rather than an enum so that adding an area is not a breaking change.
public struct CooperationArea: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The area's id, such as `energy`.
    public var rawValue: String
    /// Creates an area from its id.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The area's id.
    public var description: String { rawValue }

    /// Energy: power, clean and renewable energy, energy security.
    public static let energy = Self(rawValue: "energy")
    /// Health and medicine.
    public static let health = Self(rawValue: "health")
    /// Transport, urban and other infrastructure.
    public static let infrastructure = Self(rawValue: "infrastructure")
    /// Labour, skilled workers and human resources.
    public static let labour = Self(rawValue: "labour")
    /// Trade.
    public static let trade = Self(rawValue: "trade")
    /// Investment and finance.
    public static let investmentFinance = Self(rawValue: "investment-finance")
    /// Defence and security.
    public static let defenceSecurity = Self(rawValue: "defence-security")
    /// Climate and environment.
    public static let climateEnvironment = Self(rawValue: "climate-environment")
    /// Digital economy and technology.
    public static let digitalTechnology = Self(rawValue: "digital-technology")
    /// Education, culture and people-to-people exchange.
    public static let educationCulture = Self(rawValue: "education-culture")
    /// Agriculture.
    public static let agriculture = Self(rawValue: "agriculture")
    /// Science and research.
    public static let science = Self(rawValue: "science")
    /// Tourism.
    public static let tourism = Self(rawValue: "tourism")
    /// Standards, metrology and conformity.
    public static let standards = Self(rawValue: "standards")
    /// Any other area.
    public static let other = Self(rawValue: "other")

    /// The whole taxonomy, in a fixed order.
    public static let taxonomy: [CooperationArea] = [
        .energy, .health, .infrastructure, .labour, .trade, .investmentFinance, .defenceSecurity,
        .climateEnvironment, .digitalTechnology, .educationCulture, .agriculture, .science, .tourism,
        .standards, .other,
    ]
}
