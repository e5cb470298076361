extension PackDecoder {
    // MARK: Rules

    mutating func rules(_ node: YAMLNode) -> [RuleDefinition] {
        guard let items = reader.list(node, "rules") else { return [] }
        var result: [RuleDefinition] = []
        var seen: [String: YAMLNode] = [:]
        for item in items {
            if case .mapping(let pairs) = item.content, pairs.contains(where: { $0.key.content == .scalar("deprecated_by") }) {
                guard let retired = deprecatedRule(item) else { continue }
                if let first = seen[retired.id] {
                    reader.error(.duplicateID, "rule id '\(retired.id)' is used twice in this pack (first at line \(first.mark.line))",
                                 hint: "a retired id stays reserved: give the new rule its own id", at: item.mark)
                    continue
                }
                seen[retired.id] = item
                deprecations.append(retired)
                continue
            }
            guard let rule = rule(item) else { continue }
            if let first = seen[rule.id] {
                reader.error(.duplicateID, "rule id '\(rule.id)' is used twice in this pack (first at line \(first.mark.line))",
                             hint: deprecations.contains { $0.id == rule.id }
                                 ? "'\(rule.id)' is retired (deprecated_by): ids never change meaning, so give this rule a new id"
                                 : "give every rule its own id", at: item.mark)
                continue
            }
            seen[rule.id] = item
            result.append(rule)
        }
        for retired in deprecations {
            guard let replacement = result.first(where: { $0.id == retired.replacement.value }) else {
                let retiredToo = deprecations.contains { $0.id == retired.replacement.value }
                reader.error(.unknownReference,
                             "rule '\(retired.id)' is deprecated by '\(retired.replacement.value)', \(retiredToo ? "which is retired too" : "which this pack does not define")",
                             hint: retiredToo ? "name the rule that finally replaced it"
                                 : SuggestionFinder.hint(for: retired.replacement.value, in: result.map(\.id),
                                                         fallback: "name a rule of this pack"),
                             at: retired.replacement.location)
                continue
            }
            if replacement.kind != retired.kind {
                reader.error(.invalidValue, "rule '\(retired.id)' (kind '\(retired.kind)') is deprecated by '\(replacement.id)', whose kind is '\(replacement.kind)'",
                             hint: "a replacement produces the same kind of result; name a '\(retired.kind)' rule", at: retired.replacement.location)
            }
        }
        return result
    }

    /// A retired rule: `{id, kind, deprecated_by}` and nothing else (its replacement does the work).
    private mutating func deprecatedRule(_ node: YAMLNode) -> RuleDeprecation? {
        let keys = ["id", "kind", "deprecated_by"]
        guard let map = reader.mapping(node, in: "a deprecated rule (it keeps only id, kind and deprecated_by)", allowed: keys,
                                       required: keys),
              let idNode = map["id"], let id = reader.nonEmptyString(idNode, "rule id"), reader.identifier(id, "rule id", at: idNode),
              let kindNode = map["kind"], let kind = reader.nonEmptyString(kindNode, "kind"),
              let byNode = map["deprecated_by"], let replacement = reader.nonEmptyString(byNode, "deprecated_by")
        else { return nil }
        return RuleDeprecation(id: id, kind: kind, replacement: reader.located(replacement, byNode), location: reader.location(node))
    }

    private mutating func rule(_ node: YAMLNode) -> RuleDefinition? {
        let keys = ["id", "kind", "pattern", "extractor", "options", "priority", "set", "context", "attach"]
        guard let map = reader.mapping(node, in: "a rule", allowed: keys, required: ["id", "kind"]) else { return nil }
        guard let idNode = map["id"], let id = reader.nonEmptyString(idNode, "rule id"),
              reader.identifier(id, "rule id", at: idNode)
        else { return nil }
        guard let kindNode = map["kind"], let kind = reader.nonEmptyString(kindNode, "kind of rule '\(id)'"),
              reader.identifier(kind, "kind", at: kindNode)
        else { return nil }

        let body: RuleDefinition.Body
        switch (map["pattern"], map["extractor"]) {
        case (let pattern?, nil):
            guard let text = reader.nonEmptyString(pattern, "pattern of rule '\(id)'") else { return nil }
            if map["options"] != nil {
                reader.error(.invalidValue, "rule '\(id)' has `options`, which only extractor rules take",
                             hint: "remove `options`, or use `extractor:` instead of `pattern:`", at: node.mark)
            }
            body = .pattern(reader.located(text, pattern))
        case (nil, let extractor?):
            guard let name = reader.nonEmptyString(extractor, "extractor of rule '\(id)'") else { return nil }
            body = .extractor(name: reader.located(name, extractor), options: extractorOptions(map["options"], rule: id))
        case (.some, .some):
            reader.error(.invalidValue, "rule '\(id)' has both `pattern` and `extractor`",
                         hint: "a rule either matches a pattern or calls an extractor; split it into two rules", at: node.mark)
            return nil
        case (nil, nil):
            reader.error(.missingKey, "rule '\(id)' has neither `pattern` nor `extractor`",
                         hint: "add `pattern: \"…\"` (see Rules/README.md)", at: node.mark)
            return nil
        }

        let priority = map["priority"].flatMap { reader.integer($0, "priority", in: -1000...1000) } ?? 0
        var fixed: [String: String] = [:]
        if let setNode = map["set"], let pairs = reader.pairs(setNode, "set") {
            for (key, _, value) in pairs {
                if let text = reader.string(value, "set.\(key)") { fixed[key] = text }
            }
        }
        let context = map["context"].map { self.context($0, rule: id) } ?? RuleDefinition.Context()
        var attach: [String: RuleDefinition.Scope] = [:]
        if let attachNode = map["attach"] {
            if kind != "agreement" {
                reader.error(.invalidValue, "rule '\(id)' has `attach`, which only agreement rules take",
                             hint: "remove `attach`, or change the kind to agreement", at: attachNode.mark)
            }
            let fields = ["parties", "areas", "forums", "amounts", "dates"]
            if let attachMap = reader.mapping(attachNode, in: "attach", allowed: fields) {
                for field in fields {
                    if let value = attachMap[field], let scope = reader.choice(value, "attach.\(field)", as: RuleDefinition.Scope.self) {
                        if scope == .context, field != "parties" {
                            reader.error(.invalidValue, "`context` applies to parties only",
                                         hint: "use captured, before, after or sentence", at: value.mark)
                        }
                        attach[field] = scope
                    }
                }
            }
        }
        return RuleDefinition(id: id, kind: kind, body: body, priority: priority, fixed: fixed,
                              context: context, attach: attach, location: reader.location(node))
    }

    private mutating func extractorOptions(_ node: YAMLNode?, rule: String) -> [String: String] {
        guard let node, let pairs = reader.pairs(node, "options of rule '\(rule)'") else { return [:] }
        var result: [String: String] = [:]
        for (key, _, value) in pairs {
            if let text = reader.string(value, "option '\(key)'") { result[key] = text }
        }
        return result
    }

    private mutating func context(_ node: YAMLNode, rule: String) -> RuleDefinition.Context {
        let keys = ["before", "after", "sentence", "not_before", "not_after", "not_sentence", "window"]
        var context = RuleDefinition.Context()
        guard let map = reader.mapping(node, in: "context of rule '\(rule)'", allowed: keys) else { return context }
        for key in keys where key != "window" {
            guard let value = map[key] else { continue }
            // A condition is a pattern string, or {pattern, window} when it needs its own window.
            var patternNode = value
            var window: Int?
            if case .mapping = value.content {
                guard let condition = reader.mapping(value, in: "context.\(key)", allowed: ["pattern", "window"], required: ["pattern"]),
                      let node = condition["pattern"]
                else { continue }
                patternNode = node
                window = condition["window"].flatMap { reader.integer($0, "window", in: 0...200) }
            }
            guard let text = reader.nonEmptyString(patternNode, "context.\(key)") else { continue }
            let negated = key.hasPrefix("not_")
            let regionName = negated ? String(key.dropFirst(4)) : key
            guard let region = RuleDefinition.Context.Region(rawValue: regionName) else { continue }
            context.conditions.append(.init(region: region, negated: negated, pattern: reader.located(text, patternNode), window: window))
        }
        context.window = map["window"].flatMap { reader.integer($0, "window", in: 0...200) }
        return context
    }
}
