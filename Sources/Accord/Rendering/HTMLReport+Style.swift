extension HTMLReport {
    /// The page's inline style sheet: system fonts only, one colour pair per kind.
    static let style: String = {
        var css = """
        body { font: 15px/1.5 system-ui, "Noto Sans", "DejaVu Sans", "Liberation Sans", sans-serif; color: #1f2937;
               background: #fff; max-width: 1200px; margin: 0 auto; padding: 1.25rem 1.5rem 3rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.25rem; margin: 1rem 0 .4rem; }
        h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
        code { font-size: .9em; }
        .summary, .meta, .hint, .count { color: #4b5563; }
        .legend { border: 1px solid #e5e7eb; border-radius: 6px; padding: .25rem 1rem .5rem; background: #f9fafb; }
        .legend ul { list-style: none; padding: 0; margin: .25rem 0; display: grid;
                     grid-template-columns: repeat(auto-fill, minmax(370px, 1fr)); gap: .35rem 1.5rem; }
        .legend .note { font-size: .9em; }
        .swatch { display: inline-block; min-width: 8.5em; padding: 0 .4em; border-radius: 3px; border-bottom: 3px solid;
                  font-weight: 600; }
        .document { border-top: 2px solid #e5e7eb; margin-top: 1.5rem; }
        .document h2 .number { color: #6b7280; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 16px; line-height: 2.2; background: #fdfdfd;
                border: 1px solid #e5e7eb; border-radius: 6px; padding: .75rem 1rem; }
        mark.hl { color: inherit; border-radius: 2px; padding: 2px 0 6px; border-bottom: 2px solid;
                  -webkit-box-decoration-break: clone; box-decoration-break: clone; cursor: help; }
        mark.hl mark.hl { padding-bottom: 3px; }
        mark.hl mark.hl mark.hl { padding-bottom: 1px; }
        mark.hl:hover { outline: 1px solid #111827; }
        mark.hl.agreement, .swatch.agreement { border-bottom-width: 3px; font-weight: 600; }
        table.agreements { border-collapse: collapse; width: 100%; font-size: 14px; }
        table.agreements th, table.agreements td { border: 1px solid #d1d5db; padding: .3rem .5rem; text-align: left;
                                                   vertical-align: top; }
        table.agreements th { background: #f3f4f6; }
        table.agreements td.kind { background: #ffedd5; white-space: nowrap; }
        td.status.asserted { color: #166534; }
        td.status.planned { color: #1d4ed8; }
        td.status.negated { color: #b91c1c; font-weight: 600; }
        td.sentence { color: #374151; }
        .none { color: #6b7280; font-style: italic; }
        .warnings { color: #92400e; }

        """
        for kind in HighlightKind.allCases {
            css += "mark.hl.\(kind.rawValue), .swatch.\(kind.rawValue) { background: \(kind.background); border-bottom-color: \(kind.accent); }\n"
        }
        return css
    }()
}
