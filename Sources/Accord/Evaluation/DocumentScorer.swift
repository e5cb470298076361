import Foundation

/// Compares one document's analysis with its gold annotations.
struct DocumentScorer {
    let document: GoldDocument
    let analysis: Analysis
    private(set) var scores: [String: EvaluationReport.Score] = [:]
    private(set) var misses: [EvaluationReport.Miss] = []

    init(document: GoldDocument, analysis: Analysis) {
        self.document = document
        self.analysis = analysis
    }

    mutating func run() {
        let analysis = self.analysis
        compareSets("parties", gold: document.gold.parties, found: analysis.parties.map(\.id)) { id in
            analysis.parties.first { $0.id == id }.map { $0.span.start }
        }
        let editions = Dictionary(document.gold.forums.map { ($0.id, $0.edition) }, uniquingKeysWith: { $0 ?? $1 })
        let goldForums = document.gold.forums.map { forumKey($0.id, $0.edition) }
        let foundForums = analysis.forums.map { forum in
            forumKey(forum.id, editions[forum.id].flatMap { $0 } != nil ? forum.edition : nil)
        }
        compareSets("forums", gold: goldForums, found: foundForums) { key in
            analysis.forums.first { key.hasPrefix($0.id) }.map { $0.span.start }
        }
        compareSets("areas", gold: document.gold.areas, found: analysis.cooperations.map(\.area.rawValue)) { area in
            analysis.cooperations.first { $0.area.rawValue == area }.map { $0.span.start }
        }
        compareAgreements()
        compareAmounts()
        compareDates()
    }

    // MARK: Fields

    private func forumKey(_ id: String, _ edition: Int?) -> String {
        edition.map { "\(id)#\($0)" } ?? id
    }

    private mutating func compareSets(_ field: String, gold: [String], found: [String], position: (String) -> Int?) {
        let want = Set(gold), got = Set(found)
        count(field, truePositives: want.intersection(got).count)
        for item in want.subtracting(got).sorted() { miss(field, .missing, item, at: nil) }
        for item in got.subtracting(want).sorted() { miss(field, .unexpected, item, at: position(item)) }
    }

    private mutating func compareAgreements() {
        // Gold lists no negated agreements ("chưa đạt được thỏa thuận" is not an agreement);
        // the engine reports them with status negated, which is the right call, so skip them.
        var remaining = analysis.agreements.indices.filter { analysis.agreements[$0].status != .negated }
        var matched = 0
        for want in document.gold.agreements {
            let sentence = sentence(containing: want.start)
            let kinds = Set([want.kind] + (want.altKinds ?? []))
            guard let found = remaining.firstIndex(where: { index in
                let agreement = analysis.agreements[index]
                return agreement.span.sentence == sentence && kinds.contains(agreement.kind.rawValue)
            }) else {
                miss("agreements", .missing, "\(want.kind) [\(want.parties.joined(separator: ","))]", at: want.start)
                continue
            }
            let agreement = analysis.agreements[remaining.remove(at: found)]
            matched += 1
            let wantParties = Set(want.parties), gotParties = Set(agreement.parties)
            add("agreement-parties", tp: wantParties.intersection(gotParties).count,
                fp: gotParties.subtracting(wantParties).count, fn: wantParties.subtracting(gotParties).count)
            if wantParties != gotParties {
                miss("agreement-parties", .missing,
                     "\(want.kind): expected [\(want.parties.joined(separator: ","))], found [\(agreement.parties.joined(separator: ","))]",
                     at: want.start)
            }
        }
        add("agreements", tp: matched, fp: remaining.count, fn: document.gold.agreements.count - matched)
        for index in remaining {
            let agreement = analysis.agreements[index]
            miss("agreements", .unexpected, "\(agreement.kind) '\(agreement.trigger)' [\(agreement.parties.joined(separator: ","))]",
                 at: agreement.span.start)
        }
    }

    private mutating func compareAmounts() {
        var remaining = analysis.amounts
        var matched = 0
        for want in document.gold.amounts {
            let value = Decimal(want.value)
            if let found = remaining.firstIndex(where: { amount in
                abs(NSDecimalNumber(decimal: amount.value - value).doubleValue) < 0.5 && amount.currency == want.currency
                    && amount.approximate == (want.approximate ?? false)
            }) {
                remaining.remove(at: found)
                matched += 1
            } else {
                miss("amounts", .missing, "\(want.approximate == true ? "~" : "")\(Decimal(want.value)) \(want.currency)", at: nil)
            }
        }
        add("amounts", tp: matched, fp: remaining.count, fn: document.gold.amounts.count - matched)
        for amount in remaining {
            miss("amounts", .unexpected, "\(amount.approximate ? "~" : "")\(amount.value) \(amount.currency) «\(amount.text)»", at: amount.span.start)
        }
    }

    private mutating func compareDates() {
        var remaining = analysis.dates
        var matched = 0
        for want in document.gold.dates {
            if let found = remaining.firstIndex(where: { date in
                date.span.start < want.end && want.start < date.span.end
                    && (date.value == want.value || (want.value == nil && date.value == nil))
            }) {
                remaining.remove(at: found)
                matched += 1
            } else {
                miss("dates", .missing, "«\(want.text)» \(want.value ?? "(relative)")", at: want.start)
            }
        }
        add("dates", tp: matched, fp: remaining.count, fn: document.gold.dates.count - matched)
        for date in remaining {
            miss("dates", .unexpected, "«\(date.text)» \(date.value ?? "(relative)")", at: date.span.start)
        }
    }

    // MARK: Bookkeeping

    private func sentence(containing offset: Int) -> Int {
        analysis.sentences.firstIndex { $0.contains(offset) || $0.lowerBound > offset } ?? max(0, analysis.sentences.count - 1)
    }

    private mutating func count(_ field: String, truePositives: Int) {
        let gold: Int, found: Int
        switch field {
        case "parties": gold = Set(document.gold.parties).count; found = Set(analysis.parties.map(\.id)).count
        case "areas": gold = Set(document.gold.areas).count; found = Set(analysis.cooperations.map(\.area)).count
        default: gold = Set(document.gold.forums.map { forumKey($0.id, $0.edition) }).count
            found = Set(analysis.forums.map(\.id)).count
        }
        add(field, tp: truePositives, fp: max(0, found - truePositives), fn: max(0, gold - truePositives))
    }

    private mutating func add(_ field: String, tp: Int, fp: Int, fn: Int) {
        var score = scores[field] ?? EvaluationReport.Score(field: field)
        score.truePositives += tp
        score.falsePositives += fp
        score.falseNegatives += fn
        scores[field] = score
    }

    private mutating func miss(_ field: String, _ kind: EvaluationReport.Miss.Kind, _ item: String, at offset: Int?) {
        misses.append(.init(field: field, kind: kind, document: document.id, item: item, context: context(at: offset)))
    }

    /// The sentence around an offset (or the document's start), trimmed for display.
    private func context(at offset: Int?) -> String {
        let scalars = Array(document.text.unicodeScalars)
        let range = offset.flatMap { offset in analysis.sentences.first { $0.contains(offset) } } ?? 0..<min(scalars.count, 160)
        let clipped = range.clamped(to: 0..<scalars.count)
        var text = String(String.UnicodeScalarView(scalars[clipped]))
        if text.count > 200 { text = String(text.prefix(200)) + "…" }
        return text
    }
}
