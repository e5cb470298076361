/// The kinds of result an HTML report highlights, each with its own colour and legend entry.
///
/// The raw value is the CSS class and the `data-kind` attribute of a highlight, so it stays
/// ASCII and stable: tests and tools select marks by it. The cases are in legend order.
package enum HighlightKind: String, CaseIterable, Sendable {
    case party, forum, area, agreement, amount, date, official, match

    /// When two results cover exactly the same text, the lower rank is the outer mark: the
    /// agreement trigger encloses what shares its words, a forum the party inside its name.
    package var nestingRank: Int {
        switch self {
        case .agreement: return 0
        case .forum: return 1
        case .area: return 2
        case .official: return 3
        case .party: return 4
        case .amount: return 5
        case .date: return 6
        case .match: return 7
        }
    }

    /// The legend's name for the kind.
    package var label: String {
        switch self {
        case .agreement: return "agreement"
        case .forum: return "forum"
        case .area: return "cooperation area"
        case .official: return "official"
        case .party: return "party"
        case .amount: return "amount"
        case .date: return "date"
        case .match: return "custom match"
        }
    }

    /// The plural of ``label``, for counts.
    package var plural: String {
        switch self {
        case .party: return "parties"
        case .match: return "custom matches"
        default: return label + "s"
        }
    }

    /// What the legend says the kind is.
    package var note: String {
        switch self {
        case .agreement: return "the trigger of a consensus, commitment, signing, memorandum, loan or aid, or plan"
        case .forum: return "a forum or cooperation mechanism (G20, ASEAN, AMM-57)"
        case .area: return "cooperation in an area (energy, health, labour, …)"
        case .official: return "an official named with an office title"
        case .party: return "a country, territory or organisation"
        case .amount: return "a money amount"
        case .date: return "a date or period"
        case .match: return "a result of a kind a pack defines"
        }
    }

    /// The highlight's background colour.
    package var background: String {
        switch self {
        case .agreement: return "#fed7aa"
        case .forum: return "#e9d5ff"
        case .area: return "#bbf7d0"
        case .official: return "#99f6e4"
        case .party: return "#bfdbfe"
        case .amount: return "#fef08a"
        case .date: return "#fecdd3"
        case .match: return "#e5e7eb"
        }
    }

    /// The underline colour, darker than the background so nested highlights stay apart.
    package var accent: String {
        switch self {
        case .agreement: return "#ea580c"
        case .forum: return "#9333ea"
        case .area: return "#16a34a"
        case .official: return "#0d9488"
        case .party: return "#2563eb"
        case .amount: return "#ca8a04"
        case .date: return "#e11d48"
        case .match: return "#4b5563"
        }
    }
}
