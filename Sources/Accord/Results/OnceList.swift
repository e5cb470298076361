/// A list of id numbers (``MentionIDs``), each kept once, in first-seen order.
///
/// An agreement's lists are a handful of ids, where a scan beats hashing; past sixteen a set
/// takes over, so a sentence naming thousands of parties stays linear.
struct OnceList {
    private(set) var values: [Int32] = []
    private var seen: Set<Int32>?

    mutating func append(_ value: Int32) {
        if seen == nil, values.count < 16 {
            if values.isEmpty {
                // Room for a few at once: grown one by one, a list of two or three was allocated twice.
                values.reserveCapacity(4)
            } else if values.contains(value) {
                return
            }
            values.append(value)
            return
        }
        if seen == nil { seen = Set(values) }
        if seen?.insert(value).inserted == true { values.append(value) }
    }
}
