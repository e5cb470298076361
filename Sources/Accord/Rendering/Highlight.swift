import Foundation

/// One result as a report marks it: its kind, where it is, and what hovering it tells.
package struct Highlight: Sendable {
    /// The kind, which picks the colour.
    package var kind: HighlightKind
    /// The span as Unicode-scalar offsets into the analysed text.
    package var span: Range<Int>
    /// The result's id: a party or forum id, an area, `A1` for the first agreement, an amount's
    /// value and currency, a date's value, an office title, a custom match's id.
    package var id: String
    /// One line saying what the result is (`party JP`, `agreement A1: consensus, asserted; …`).
    package var summary: String
    /// The pack and rule that found it.
    package var provenance: Provenance
    /// More `data-` attributes for tools reading the page, by name without the `data-` prefix.
    package var data: [String: String]

    /// Creates a highlight.
    package init(kind: HighlightKind, span: Range<Int>, id: String, summary: String, provenance: Provenance,
                 data: [String: String] = [:]) {
        self.kind = kind
        self.span = span
        self.id = id
        self.summary = summary
        self.provenance = provenance
        self.data = data
    }

    /// The hover line: the summary, the rule and `pack@version`.
    package var details: String {
        "\(summary) — rule \(provenance.rule) — \(provenance.pack)@\(provenance.packVersion)"
    }

    /// Every result of `analysis` as a highlight, outer kinds first (agreements, forums, areas,
    /// officials, parties, amounts, dates, custom matches), each kind in text order; agreement
    /// number *n* is `A`*n* in ``Analysis/agreements`` order, as in the report's table.
    package static func all(in analysis: Analysis) -> [Highlight] {
        var all: [Highlight] = []
        for kind in HighlightKind.allCases.sorted(by: { $0.nestingRank < $1.nestingRank }) {
            all += highlights(of: kind, in: analysis)
        }
        return all
    }

    private static func highlights(of kind: HighlightKind, in analysis: Analysis) -> [Highlight] {
        func make(_ span: TextSpan, _ id: String, _ summary: String, _ provenance: Provenance,
                  _ data: [String: String] = [:]) -> Highlight {
            Highlight(kind: kind, span: span.start..<max(span.start, span.end), id: id, summary: summary,
                      provenance: provenance, data: data)
        }
        switch kind {
        case .party:
            return analysis.parties.map { make($0.span, $0.id, "party \($0.id)", $0.provenance) }
        case .forum:
            return analysis.forums.map { forum in
                let label = forum.id + (forum.edition.map { " #\($0)" } ?? "")
                return make(forum.span, forum.id, "forum \(label)", forum.provenance,
                            forum.edition.map { ["edition": String($0)] } ?? [:])
            }
        case .area:
            return analysis.cooperations.map { make($0.span, $0.area.rawValue, "area \($0.area.rawValue)", $0.provenance) }
        case .agreement:
            return analysis.agreements.enumerated().map { offset, agreement in
                let number = agreementNumber(offset)
                var summary = "agreement \(number): \(agreement.kind), \(agreement.status)"
                if !agreement.parties.isEmpty { summary += "; parties " + agreement.parties.joined(separator: ", ") }
                if !agreement.areas.isEmpty { summary += "; areas " + agreement.areas.map(\.rawValue).joined(separator: ", ") }
                return make(agreement.span, number, summary, agreement.provenance, [
                    "agreement-kind": agreement.kind.rawValue,
                    "status": agreement.status.rawValue,
                    "parties": agreement.parties.joined(separator: " "),
                ])
            }
        case .amount:
            return analysis.amounts.map { amount in
                make(amount.span, "\(amount.value) \(amount.currency)", "amount \(amountText(amount))", amount.provenance,
                     ["value": "\(amount.value)", "currency": amount.currency])
            }
        case .date:
            return analysis.dates.map { date in
                let label = date.value ?? date.relative.map { "(\($0))" } ?? "(not normalised)"
                return make(date.span, date.value ?? "", "date \(label)", date.provenance,
                            date.relative.map { ["relative": $0] } ?? [:])
            }
        case .official:
            return analysis.officials.map { official in
                var summary = "official \(official.title)"
                if let party = official.party { summary += " (\(party))" }
                if let name = official.name { summary += " \(name)" }
                var data: [String: String] = [:]
                data["name"] = official.name
                data["party"] = official.party
                return make(official.span, official.title, summary, official.provenance, data)
            }
        case .match:
            return analysis.matches.map { match in
                let fields = match.fields.keys.sorted().compactMap { key in match.fields[key].map { "\(key)=\($0)" } }
                var summary = match.kind + (match.id.map { " \($0)" } ?? "")
                if !fields.isEmpty { summary += " {" + fields.joined(separator: ", ") + "}" }
                return make(match.span, match.id ?? "", summary, match.provenance, ["match-kind": match.kind])
            }
        }
    }

    /// `A1` for the first agreement of a document.
    package static func agreementNumber(_ offset: Int) -> String { "A\(offset + 1)" }

    /// An amount for people: `~2,000,000,000 AUD`, `3,000,000,000–5,000,000,000 USD`.
    package static func amountText(_ amount: Amount) -> String {
        var text = (amount.approximate ? "~" : "") + grouped(amount.value)
        if let upper = amount.upper { text += "–" + grouped(upper) }
        return text + " " + amount.currency
    }

    /// The exact decimal with its whole part in groups of three (`5000000000000.5` → `5,000,000,000,000.5`).
    private static func grouped(_ value: Decimal) -> String {
        let plain = "\(value)"
        let sign = plain.hasPrefix("-") ? "-" : ""
        let unsigned = plain.dropFirst(sign.count)
        let whole = unsigned.prefix { $0 != "." }
        let rest = unsigned.dropFirst(whole.count)
        guard whole.allSatisfy(\.isASCII), whole.count > 3 else { return plain }
        var groups: [Substring] = []
        var end = whole.endIndex
        while end > whole.startIndex {
            let start = whole.index(end, offsetBy: -3, limitedBy: whole.startIndex) ?? whole.startIndex
            groups.insert(whole[start..<end], at: 0)
            end = start
        }
        return sign + groups.joined(separator: ",") + rest
    }
}
