/// One annotated paragraph of a gold file (`accord eval`), as documented in README.
package struct GoldDocument: Sendable, Hashable, Decodable {
    /// Expected results of one document.
    package struct Gold: Sendable, Hashable, Decodable {
        package var parties: [String] = []
        package var forums: [Forum] = []
        package var areas: [String] = []
        package var agreements: [Agreement] = []
        package var amounts: [Amount] = []
        package var dates: [DateSpan] = []

        private enum CodingKeys: String, CodingKey { case parties, forums, areas, agreements, amounts, dates }

        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            parties = try container.decodeIfPresent([String].self, forKey: .parties) ?? []
            forums = try container.decodeIfPresent([Forum].self, forKey: .forums) ?? []
            areas = try container.decodeIfPresent([String].self, forKey: .areas) ?? []
            agreements = try container.decodeIfPresent([Agreement].self, forKey: .agreements) ?? []
            amounts = try container.decodeIfPresent([Amount].self, forKey: .amounts) ?? []
            dates = try container.decodeIfPresent([DateSpan].self, forKey: .dates) ?? []
        }
    }

    package struct Forum: Sendable, Hashable, Decodable {
        package var id: String
        package var edition: Int?
    }

    package struct Agreement: Sendable, Hashable, Decodable {
        package var kind: String
        package var altKinds: [String]?
        package var parties: [String]
        package var areas: [String]?
        package var start: Int
        package var end: Int

        private enum CodingKeys: String, CodingKey {
            case kind, altKinds = "alt_kinds", parties, areas, start, end
        }
    }

    package struct Amount: Sendable, Hashable, Decodable {
        package var value: Double
        package var currency: String
        package var approximate: Bool?
    }

    package struct DateSpan: Sendable, Hashable, Decodable {
        package var text: String
        package var value: String?
        package var start: Int
        package var end: Int
    }

    package var id: String
    package var lang: String
    package var text: String
    package var gold: Gold
}
