/// The packs one pack sees through its imports: what `%name` lookups search, in order.
enum ImportGraph {
    /// The pack itself, then its imports breadth-first, transitively, each once (imports of
    /// packs that are not loaded are skipped; the compiler reports them).
    static func visible(from start: Int, packs: [PackDefinition], indexByID: [String: Int]) -> [Int] {
        var seen: Set<Int> = [start]
        var order = [start]
        var queue = [start]
        while !queue.isEmpty {
            let current = queue.removeFirst()
            for imported in packs[current].imports {
                guard let next = indexByID[imported.value], seen.insert(next).inserted else { continue }
                order.append(next)
                queue.append(next)
            }
        }
        return order
    }
}
