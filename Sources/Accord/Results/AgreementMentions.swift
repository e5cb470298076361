/// What agreements can attach, collected while ``ResultBuilder`` gives results to its sink:
/// each party, cooperation area, forum, amount and date, with where it starts.
struct AgreementMentions {
    /// One result an agreement can attach.
    struct Mention {
        /// The id (parties, forums) or area (cooperations); empty for amounts and dates.
        var value: String
        /// Its number among the sink's amounts or dates (-1 for the other kinds).
        var number: Int
        /// The token it starts at.
        var start: Int
        /// The sentence it starts in.
        var sentence: Int32

        init(value: String, result: RawResult) {
            self.value = value
            number = -1
            start = Int(result.start)
            sentence = result.sentence
        }

        init(number: Int, result: RawResult) {
            value = ""
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
}
