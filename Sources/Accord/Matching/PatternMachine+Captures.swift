/// A selected candidate's captures, read out of the machine's capture nodes for the result store.
extension PatternMachine {
    /// Appends the captures of a candidate to `table`, in the order they closed; returns how many.
    mutating func appendCaptures(from head: Int32, to table: inout [Capture]) -> Int32 {
        // Mutating though it only reads: borrowing the machine from the workspace's stored
        // property copied all 700 bytes of it to a temporary for every selected match.
        let first = table.count
        var index = head
        while index >= 0 {
            let node = captureNodes[Int(index)]
            // An optional group that matched nothing captures nothing (`( name:(…) )?` and `name:(…)?` agree).
            if node.end > node.start { table.append(Capture(name: node.name, start: node.start, end: node.end, item: node.item)) }
            index = node.previous
        }
        // Reversed in place through the buffer: reversing the slice `table[first...]` retained the
        // array, and when its capacity was shared it copied the whole table.
        table.withUnsafeMutableBufferPointer { table in
            var low = first, high = table.count - 1
            while low < high {
                table.swapAt(low, high)
                low += 1
                high -= 1
            }
        }
        return Int32(table.count - first)
    }
}
