/// Checks hosts' result types against the rules of their kinds when an engine compiles, so a
/// pack and a type that disagree fail at load time (ACC409) rather than at `results(of:kind:)`.
struct ResultTypeChecker {
    let packs: [PackDefinition]

    /// Every disagreement between the types and the packs' rules.
    func problems(_ types: [ResultType]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for type in types {
            switch type.schema {
            case .failure(let unsupported):
                problems.append(Diagnostic(
                    .resultTypeMismatch,
                    "\(type.typeName)\(unsupported.key.isEmpty ? "" : ".\(unsupported.key)") is \(unsupported.typeName), which a match field cannot fill",
                    hint: "use String, Int, Double, Decimal, Bool, a CaseIterable enum with String raw values, TextSpan or Provenance (or an optional of these)"))
            case .success(let schema):
                problems += check(schema, kind: type.kind)
            }
        }
        return problems
    }

    private func check(_ schema: ResultSchema, kind: String) -> [Diagnostic] {
        let rules = packs.indices.flatMap { pack in packs[pack].rules.filter { $0.kind == kind }.map { (pack, $0) } }
        if rules.isEmpty {
            let kinds = Set(packs.flatMap { $0.rules.map(\.kind) })
            return [Diagnostic(.resultTypeMismatch, "\(schema.typeName) is registered for kind '\(kind)', but no rule produces that kind",
                               hint: SuggestionFinder.hint(for: kind, in: kinds, fallback: "kinds produced: " + kinds.sorted().joined(separator: ", ")))]
        }
        var problems: [Diagnostic] = []
        for (pack, rule) in rules {
            guard case .pattern(let pattern) = rule.body, let node = try? PatternParser.parse(pattern.value) else { continue }   // extractors: fields known only at run time
            let captures = node.captureUses
            func at(_ offset: Int?) -> SourceLocation {
                guard let offset else { return rule.location }
                var location = pattern.location
                location.column += offset
                return location
            }
            func problem(_ message: String, _ hint: String, offset: Int? = nil) {
                problems.append(Diagnostic(.resultTypeMismatch, "rule '\(rule.id)' (kind '\(kind)') and \(schema.typeName): " + message,
                                           hint: hint, at: at(offset), sourceLine: offset == nil ? nil : pattern.sourceLine))
            }
            let declared = Set(schema.fields.map(\.name))
            for name in captures.keys.sorted() where !declared.contains(name) && !ResultSchema.matchKeys.contains(name) {
                problem("the rule captures '\(name)', which \(schema.typeName) has no property for",
                        "add `var \(name): String?` to \(schema.typeName), or remove the capture", offset: captures[name]?.offset)
            }
            for name in rule.fixed.keys.sorted() where !declared.contains(name) && !ResultSchema.matchKeys.contains(name) {
                problem("the rule sets '\(name)', which \(schema.typeName) has no property for",
                        "add `var \(name): String?` to \(schema.typeName), or remove it from `set:`")
            }
            for field in schema.fields {
                if let fixed = rule.fixed[field.name] {
                    if let reason = Self.mismatch(fixed: fixed, type: field.type) {
                        problem("`set: {\(field.name): \(fixed)}` \(reason)", "set a value of type \(field.type)")
                    }
                    continue
                }
                if let use = captures[field.name] {
                    if !use.always && !field.isOptional {
                        problem("\(schema.typeName).\(field.name) is required, but capture '\(field.name)' is optional in the pattern",
                                "make the property optional (`\(field.type)?`), or capture it in every match", offset: use.offset)
                    }
                    if let reason = mismatch(use.node.capturedValues, type: field.type, pack: pack) {
                        problem("capture '\(field.name)' \(reason)", "capture what \(field.type) can hold, or change the property's type",
                                offset: use.offset)
                    }
                    continue
                }
                if field.isOptional || ["text", "span", "provenance", "kind"].contains(field.name) { continue }
                if field.name == "id" {
                    problem("\(schema.typeName).id is required, but the rule has no `id:` capture and no `set: {id: …}`",
                            "capture the id (`id:%lexicon`), set it, or make the property optional (`String?`)")
                } else {
                    problem("\(schema.typeName).\(field.name) is required, but the rule neither captures nor sets '\(field.name)'",
                            "capture it (`\(field.name):…` in the pattern), set it (`set: {\(field.name): …}`), or make the property optional")
                }
            }
        }
        return problems
    }

    /// Why a captured value cannot fill a property, or `nil` when it can.
    private func mismatch(_ values: PatternNode.CapturedValues, type: ResultSchema.FieldType, pack: Int) -> String? {
        switch type {
        case .string, .span, .provenance:
            return nil
        case .integer, .double, .decimal, .bool:
            switch values {
            case .numberLike: return nil
            case .literals(let words):
                let bad = words.filter { Self.mismatch(fixed: $0, type: type) != nil }
                return bad.isEmpty ? nil : "matches \(bad.map { "'\($0)'" }.joined(separator: ", ")), not \(type)"
            case .lexiconIDs(let ids):
                let bad = lexiconIDs(ids, pack: pack).filter { Self.mismatch(fixed: $0, type: type) != nil }
                return bad.isEmpty ? nil : "gives lexicon ids \(bad.sorted().prefix(5).map { "'\($0)'" }.joined(separator: ", ")), not \(type)"
            case .text:
                return "captures words, which \(type) cannot hold; capture a number (#num or a /regex/ of digits)"
            }
        case .enumeration(let name, let rawValues):
            let allowed = Set(rawValues)
            switch values {
            case .lexiconIDs(let ids):
                let bad = lexiconIDs(ids, pack: pack).filter { !allowed.contains($0) }
                return bad.isEmpty ? nil
                    : "gives lexicon ids \(bad.sorted().prefix(5).map { "'\($0)'" }.joined(separator: ", ")) that \(name) has no case for (cases: \(rawValues.joined(separator: ", ")))"
            case .literals:
                // A captured literal is the text as the document writes it: its case and Unicode
                // form vary with the text, so no check here could promise a case.
                return "captures literal words, whose value is the text as written (`Embargo`, `embargo`), not one of \(name)'s cases; capture a lexicon whose ids are its raw values"
            case .numberLike, .text:
                return "captures text whose values cannot be checked against \(name)'s cases; capture a lexicon whose ids are its raw values"
            }
        }
    }

    /// The ids a capture of these lexicons can give, resolved as the pattern compiler does.
    private func lexiconIDs(_ references: [(lexicon: String, id: String?)], pack: Int) -> Set<String> {
        var ids: Set<String> = []
        for reference in references {
            if let id = reference.id { ids.insert(id); continue }
            let parts = reference.lexicon.split(separator: ".", maxSplits: 1).map(String.init)
            let (packID, name) = parts.count == 2 ? (parts[0], parts[1]) : (packs[pack].id, reference.lexicon)
            let lexicon = packs.first { $0.id == packID }?.lexicons.first { $0.name == name }
                ?? packs.lazy.flatMap(\.lexicons).first { $0.name == name }
            ids.formUnion(lexicon?.entries.map(\.id) ?? [])
        }
        return ids
    }

    /// Why a fixed value cannot fill a property, or `nil`.
    private static func mismatch(fixed value: String, type: ResultSchema.FieldType) -> String? {
        let fits: Bool
        switch type {
        case .string, .span, .provenance: fits = true
        case .integer: fits = Int(value) != nil
        case .double: fits = Double(value) != nil
        case .decimal: fits = DecimalParser.decimal(value) != nil
        case .bool: fits = value == "true" || value == "false"
        case .enumeration(_, let rawValues): fits = rawValues.contains(value)
        }
        return fits ? nil : "is '\(value)', not \(type)"
    }
}
