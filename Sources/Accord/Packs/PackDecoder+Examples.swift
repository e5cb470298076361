extension PackDecoder {
    // MARK: Embedded examples

    mutating func examples(_ node: YAMLNode) -> [PackExample] {
        guard let items = reader.list(node, "examples") else { return [] }
        return items.compactMap { example($0) }
    }

    private mutating func example(_ node: YAMLNode) -> PackExample? {
        guard let map = reader.mapping(node, in: "an example", allowed: ["text", "expect"], required: ["text", "expect"]),
              let textNode = map["text"], let text = reader.nonEmptyString(textNode, "example text"),
              let expectNode = map["expect"]
        else { return nil }
        var example = PackExample(text: text, expectsNothing: false, location: reader.location(node))
        if case .scalar(let word) = expectNode.content {
            guard word == "nothing" else {
                reader.error(.invalidExample, "`expect` must be `nothing` or a mapping of expected results, found '\(word)'",
                             hint: "write `expect: nothing` or `expect: {parties: [JP]}`", at: expectNode.mark)
                return nil
            }
            example.expectsNothing = true
            return example
        }
        let keys = ["parties", "forums", "areas", "agreements", "amounts", "dates", "matches", "officials"]
        guard let expect = reader.mapping(expectNode, in: "expect", allowed: keys) else { return nil }
        example.parties = expect["parties"].flatMap { reader.strings($0, "expected parties") }?.map(\.value)
        example.areas = expect["areas"].flatMap { reader.strings($0, "expected areas") }?.map(\.value)
        example.dates = expect["dates"].flatMap { reader.strings($0, "expected dates") }?.map(\.value)
        if let forums = expect["forums"] { example.forums = forumExpectations(forums) }
        if let agreements = expect["agreements"] { example.agreements = agreementExpectations(agreements) }
        if let amounts = expect["amounts"] { example.amounts = amountExpectations(amounts) }
        if let matches = expect["matches"] { example.matches = matchExpectations(matches) }
        if let officials = expect["officials"] { example.officials = officialExpectations(officials) }
        return example
    }

    private mutating func items(_ node: YAMLNode, _ what: String) -> [YAMLNode] {
        if case .sequence(let items) = node.content { return items }
        reader.error(.invalidExample, "\(what) must be a list", hint: "write `[...]` or `- item` lines", at: node.mark)
        return []
    }

    private mutating func forumExpectations(_ node: YAMLNode) -> [PackExample.ForumExpectation] {
        items(node, "expected forums").compactMap { item in
            if case .scalar(let id) = item.content { return .init(id: id) }
            guard let map = reader.mapping(item, in: "an expected forum", allowed: ["id", "edition"], required: ["id"]),
                  let id = map["id"].flatMap({ reader.string($0, "forum id") })
            else { return nil }
            return .init(id: id, edition: map["edition"].flatMap { reader.integer($0, "edition", in: 0...100_000) })
        }
    }

    private mutating func agreementExpectations(_ node: YAMLNode) -> [PackExample.AgreementExpectation] {
        items(node, "expected agreements").compactMap { item in
            let keys = ["kind", "status", "parties", "areas", "forums", "amounts"]
            guard let map = reader.mapping(item, in: "an expected agreement", allowed: keys) else { return nil }
            return .init(
                kind: map["kind"].flatMap { reader.string($0, "kind") },
                status: map["status"].flatMap { reader.choice($0, "status", as: AgreementStatusName.self)?.rawValue },
                parties: map["parties"].flatMap { reader.strings($0, "parties") }?.map(\.value),
                areas: map["areas"].flatMap { reader.strings($0, "areas") }?.map(\.value),
                forums: map["forums"].flatMap { reader.strings($0, "forums") }?.map(\.value),
                amounts: map["amounts"].flatMap { reader.integer($0, "amounts", in: 0...1000) })
        }
    }

    private mutating func amountExpectations(_ node: YAMLNode) -> [PackExample.AmountExpectation] {
        items(node, "expected amounts").compactMap { item in
            guard let map = reader.mapping(item, in: "an expected amount", allowed: ["value", "currency", "approximate"],
                                           required: ["value"]),
                  let value = map["value"].flatMap({ reader.string($0, "value") })
            else { return nil }
            return .init(value: value,
                         currency: map["currency"].flatMap { reader.string($0, "currency") },
                         approximate: map["approximate"].flatMap { reader.bool($0, "approximate") })
        }
    }

    private mutating func officialExpectations(_ node: YAMLNode) -> [PackExample.OfficialExpectation] {
        items(node, "expected officials").compactMap { item in
            guard let map = reader.mapping(item, in: "an expected official", allowed: ["title", "name", "party"], required: ["title"]),
                  let title = map["title"].flatMap({ reader.string($0, "title") })
            else { return nil }
            return .init(title: title, name: map["name"].flatMap { reader.string($0, "name") },
                         party: map["party"].flatMap { reader.string($0, "party") })
        }
    }

    private mutating func matchExpectations(_ node: YAMLNode) -> [PackExample.MatchExpectation] {
        items(node, "expected matches").compactMap { item in
            guard let map = reader.mapping(item, in: "an expected match", allowed: ["kind", "id"], required: ["kind"]),
                  let kind = map["kind"].flatMap({ reader.string($0, "kind") })
            else { return nil }
            return .init(kind: kind, id: map["id"].flatMap { reader.string($0, "id") })
        }
    }
}

/// The agreement statuses an example may expect.
enum AgreementStatusName: String, CaseIterable {
    case asserted, planned, negated
}
