extension StringTable {
    /// Every string as a JSON string literal (quotes, escapes), one after another: string i is
    /// `bytes[starts[i]..<starts[i + 1]]`, written as ``JSONWriter`` writes a string value.
    func jsonLiterals() -> (bytes: [UInt8], starts: [Int32]) {
        var bytes: [UInt8] = [], starts: [Int32] = [0]
        starts.reserveCapacity(strings.count + 1)
        for string in strings {
            var writer = JSONWriter(capacity: string.utf8.count + 8)
            writer.string(string)   // the first value of a writer: no comma before it
            bytes += writer.bytes
            starts.append(Int32(bytes.count))
        }
        return (bytes, starts)
    }
}
