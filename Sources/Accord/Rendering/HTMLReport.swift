import Foundation

/// One self-contained HTML page showing documents with their results highlighted.
///
/// Each document's text is shown with parties, forums, cooperation areas, agreements, amounts,
/// dates, officials and custom matches marked in distinct colours, with a legend and, per
/// document, a table of its agreements. Hovering a mark lists every result covering that text:
/// kind, id, rule and `pack@version`.
///
/// The page needs nothing else: the style is inline, there are no scripts, fonts, images or
/// links to other files, so it can be mailed or archived as it is. The same documents always
/// give the same bytes. Marks carry `data-` attributes (`data-kind`, `data-id`, `data-rule`,
/// `data-pack`, `data-pack-version`, `data-result`) for tools and tests reading the page.
package struct HTMLReport: Sendable {
    /// A text and what the engine found in it.
    package struct Document: Sendable {
        /// The name shown for the document, such as its file name.
        package var title: String
        /// The analysed text.
        package var text: String
        /// The engine's results for `text`.
        package var analysis: Analysis

        /// Creates a document.
        package init(title: String, text: String, analysis: Analysis) {
            self.title = title
            self.text = text
            self.analysis = analysis
        }
    }

    /// The page's title.
    package var title: String
    /// The documents, shown in this order.
    package var documents: [Document]

    /// Creates a report of `documents`.
    package init(title: String = "Accord report", documents: [Document]) {
        self.title = title
        self.documents = documents
    }

    /// The whole page.
    package func render() -> String {
        let highlights = documents.map { Highlight.all(in: $0.analysis) }
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Accord">
        <title>\(HTMLEscaping.escape(title))</title>
        <style>
        \(Self.style)</style>
        </head>
        <body>
        <header>
        <h1>\(HTMLEscaping.escape(title))</h1>

        """
        let agreementCount = documents.reduce(0) { $0 + $1.analysis.agreements.count }
        out += "<p class=\"summary\">\(Self.counted(documents.count, "document")), \(Self.counted(agreementCount, "agreement"))."
        let packs = Set(highlights.joined().map { "\($0.provenance.pack)@\($0.provenance.packVersion)" }).sorted()
        if !packs.isEmpty {
            out += " Packs: " + packs.map { "<code>\(HTMLEscaping.escape($0))</code>" }.joined(separator: ", ") + "."
        }
        out += "</p>\n</header>\n"
        out += legend(counts: highlights.joined().reduce(into: [:]) { $0[$1.kind, default: 0] += 1 })
        if documents.count > 1 { out += contents() }
        for (index, document) in documents.enumerated() {
            out += article(document, number: index + 1, highlights: highlights[index])
        }
        out += "</body>\n</html>\n"
        return out
    }

    /// `text` as HTML with every highlight marked, nested where results overlap.
    ///
    /// Each mark's `title` lists the results covering its text, outermost first, one per line;
    /// `data-result` is `resultPrefix` and the highlight's index, the same on every part of a
    /// result that had to be split because it crosses another.
    package static func highlightedText(_ text: String, highlights: [Highlight], resultPrefix: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let segmenter = HighlightSegmenter(spans: highlights.map(\.span), length: scalars.count)
        var out = ""
        out.reserveCapacity(text.utf8.count * 2)
        var open: [Int] = []
        for event in segmenter.events() {
            switch event {
            case .text(let range):
                HTMLEscaping.append(scalars[range], to: &out)
            case .close:
                open.removeLast()
                out += "</mark>"
            case .open(let index, let continued):
                open.append(index)
                out += mark(highlights[index], result: "\(resultPrefix)\(index)", continued: continued,
                            title: open.map { highlights[$0].details }.joined(separator: "\n"))
            }
        }
        return out
    }

    /// The opening tag of one highlight.
    private static func mark(_ highlight: Highlight, result: String, continued: Bool, title: String) -> String {
        let kind = highlight.kind.rawValue
        var attributes: [(String, String)] = [
            ("data-kind", kind), ("data-id", highlight.id), ("data-result", result),
            ("data-rule", highlight.provenance.rule), ("data-pack", highlight.provenance.pack),
            ("data-pack-version", highlight.provenance.packVersion),
        ]
        attributes += highlight.data.keys.sorted().compactMap { key in highlight.data[key].map { ("data-" + key, $0) } }
        attributes.append(("title", title))
        var tag = "<mark class=\"hl \(kind)\(continued ? " cont" : "")\""
        for (name, value) in attributes { tag += " \(name)=\"\(HTMLEscaping.attribute(value))\"" }
        return tag + ">"
    }

    private func legend(counts: [HighlightKind: Int]) -> String {
        var out = "<section class=\"legend\" id=\"legend\">\n<h2>Legend</h2>\n<ul>\n"
        for kind in HighlightKind.allCases {
            out += "<li data-legend=\"\(kind.rawValue)\"><span class=\"swatch \(kind.rawValue)\">\(kind.label)</span> "
            out += "<span class=\"note\">\(HTMLEscaping.escape(kind.note))</span> <span class=\"count\">(\(counts[kind] ?? 0))</span></li>\n"
        }
        out += "</ul>\n<p class=\"hint\">Hover a highlight to see every result covering it: kind, id, rule and pack@version.</p>\n</section>\n"
        return out
    }

    private func contents() -> String {
        var out = "<nav class=\"contents\">\n<h2>Documents</h2>\n<ol>\n"
        for (index, document) in documents.enumerated() {
            out += "<li><a href=\"#doc-\(index + 1)\">\(HTMLEscaping.escape(document.title))</a> "
            out += "<span class=\"count\">(\(Self.counted(document.analysis.agreements.count, "agreement")))</span></li>\n"
        }
        return out + "</ol>\n</nav>\n"
    }

    private func article(_ document: Document, number: Int, highlights: [Highlight]) -> String {
        let analysis = document.analysis
        let anchor = "doc-\(number)"
        var out = "<article class=\"document\" id=\"\(anchor)\" data-title=\"\(HTMLEscaping.attribute(document.title))\">\n"
        out += "<h2><span class=\"number\">\(number).</span> \(HTMLEscaping.escape(document.title))</h2>\n"
        var facts = [
            "language \(analysis.language.isEmpty ? "unknown" : analysis.language)",
            Self.counted(analysis.sentenceCount, "sentence"),
        ]
        for kind in HighlightKind.allCases {
            let count = highlights.count { $0.kind == kind }
            if count > 0 { facts.append("\(count) \(count == 1 ? kind.label : kind.plural)") }
        }
        out += "<p class=\"meta\">\(HTMLEscaping.escape(facts.joined(separator: " · ")))</p>\n"
        if !analysis.warnings.isEmpty {
            out += "<ul class=\"warnings\">\n"
            for warning in analysis.warnings {
                out += "<li>\(HTMLEscaping.escape("\(warning.severity): \(warning.message) [\(warning.code.rawValue)]"))</li>\n"
            }
            out += "</ul>\n"
        }
        let language = analysis.language.isEmpty ? "" : " lang=\"\(HTMLEscaping.attribute(analysis.language))\""
        out += "<div class=\"text\"\(language)>"
        out += Self.highlightedText(document.text, highlights: highlights, resultPrefix: "\(anchor)-r")
        out += "</div>\n<h3>Agreements</h3>\n"
        out += agreementTable(document, anchor: anchor)
        return out + "</article>\n"
    }

    private func agreementTable(_ document: Document, anchor: String) -> String {
        let agreements = document.analysis.agreements
        guard !agreements.isEmpty else { return "<p class=\"none\">No agreements found.</p>\n" }
        var out = "<table class=\"agreements\">\n<thead><tr><th>#</th><th>kind</th><th>status</th><th>trigger</th>"
        out += "<th>parties</th><th>areas</th><th>forums</th><th>amounts</th><th>dates</th><th>sentence</th></tr></thead>\n<tbody>\n"
        let scalars = Array(document.text.unicodeScalars)
        for (offset, agreement) in agreements.enumerated() {
            let number = Highlight.agreementNumber(offset)
            let cells = [
                agreement.kind.rawValue,
                agreement.status.rawValue,
                agreement.trigger,
                agreement.parties.joined(separator: ", "),
                agreement.areas.map(\.rawValue).joined(separator: ", "),
                agreement.forums.joined(separator: ", "),
                agreement.amounts.map(Highlight.amountText).joined(separator: "; "),
                agreement.dates.map { $0.value ?? $0.text }.joined(separator: ", "),
            ].map { $0.isEmpty ? "—" : HTMLEscaping.escape($0) }
            out += "<tr id=\"\(anchor)-\(number)\" data-agreement=\"\(number)\" data-agreement-kind=\"\(HTMLEscaping.attribute(agreement.kind.rawValue))\""
            out += " data-status=\"\(HTMLEscaping.attribute(agreement.status.rawValue))\">"
            out += "<td>\(number)</td><td class=\"kind\">\(cells[0])</td><td class=\"status \(cells[1])\">\(cells[1])</td>"
            out += cells[2...].map { "<td>\($0)</td>" }.joined()
            out += "<td class=\"sentence\">\(HTMLEscaping.escape(Self.sentence(agreement.span.sentence, of: document.analysis, in: scalars)))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// The text of sentence `index`, trimmed; empty when the analysis does not have it.
    private static func sentence(_ index: Int, of analysis: Analysis, in scalars: [Unicode.Scalar]) -> String {
        guard analysis.sentences.indices.contains(index) else { return "" }
        let range = analysis.sentences[index].clamped(to: 0..<scalars.count)
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[range])
        return String(text).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `3 agreements`, `1 document`.
    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
