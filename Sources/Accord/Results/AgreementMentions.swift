/// What agreements can attach, collected while ``ResultBuilder`` gives results to its sink:
/// each party, cooperation area, forum, amount and date, with where it starts.
struct AgreementMentions {
    /// One result an agreement can attach.
    struct Mention {
        /// The number (``MentionIDs``) of the id (parties, forums) or area (cooperations); 0 for
        /// amounts and dates.
        var value: Int32
        /// Its number among the sink's amounts or dates (-1 for the other kinds).
        var number: Int
        /// The token it starts at.
        var start: Int
        /// The sentence it starts in.
        var sentence: Int32

        init(value: Int32, result: RawResult) {
            self.value = value
            number = -1
            start = Int(result.start)
            sentence = result.sentence
        }

        init(number: Int, result: RawResult) {
            value = 0
            self.number = number
            start = Int(result.start)
            sentence = result.sentence
        }
    }

    var parties: [Mention] = []
    var cooperations: [Mention] = []
    var forums: [Mention] = []
    var amounts: [Mention] = []
    var dates: [Mention] = []

    /// Empty lists with room for the mentions a document's results can give (at most one
    /// each), or `nil` when none of them is an agreement: nothing would read the mentions.
    /// Growing the lists one mention at a time cost more than filling them.
    init?(for results: [RawResult], idSources: [CompiledEngine.IDSource]) {
        var counts = (parties: 0, cooperations: 0, forums: 0, amounts: 0, dates: 0, agreements: 0)
        for result in results {
            switch idSources[Int(result.rule)].kind {
            case .party: counts.parties += 1
            case .cooperation: counts.cooperations += 1
            case .forum: counts.forums += 1
            case .amount: counts.amounts += 1
            case .date: counts.dates += 1
            case .agreement: counts.agreements += 1
            case .official, .custom: break
            }
        }
        guard counts.agreements > 0 else { return nil }
        parties.reserveCapacity(counts.parties)
        cooperations.reserveCapacity(counts.cooperations)
        forums.reserveCapacity(counts.forums)
        amounts.reserveCapacity(counts.amounts)
        dates.reserveCapacity(counts.dates)
    }
}
