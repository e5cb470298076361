/// Interns strings (canonical ids, kinds, capture names) as small integers.
struct StringTable: Sendable, Hashable {
    private(set) var strings: [String] = []
    private var indices: [String: Int32] = [:]

    /// The index of a string, adding it if new.
    mutating func intern(_ string: String) -> Int32 {
        if let index = indices[string] { return index }
        let index = Int32(strings.count)
        strings.append(string)
        indices[string] = index
        return index
    }

    /// The index of a string, if interned.
    func index(of string: String) -> Int32? { indices[string] }

    subscript(index: Int32) -> String { strings[Int(index)] }
}
