/// A growable buffer of plain values with one owner: the pattern machine's queues, reused across
/// sentences, and the JSON writer's output.
///
/// The pattern machine reads and writes its queues millions of times per megabyte.
/// A Swift array kept in a struct that a class owns pays a uniqueness check (and
/// often a retain and release) on each of those writes; this buffer owns its memory
/// directly, so an access is one load or store. It is noncopyable, so exactly one
/// owner frees the memory, and it holds only `BitwiseCopyable` values, so nothing
/// needs releasing.
///
/// Indices are checked with `assert`: the debug builds the tests run trap on a bad
/// index; release builds trust the machine's own bookkeeping, which never takes an
/// index from the input.
struct ScratchBuffer<Element: BitwiseCopyable>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// How many elements the buffer holds without growing.
    var reservedCount: Int { capacity }
    /// The number of elements.
    private(set) var count = 0

    /// An empty buffer.
    init(capacity: Int = 16) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    /// A buffer of `count` copies of `value`.
    init(repeating value: Element, count: Int) {
        self.init(capacity: count)
        base.initialize(repeating: value, count: count)
        self.count = count
    }

    /// A buffer holding the elements of an array.
    init(_ elements: [Element]) {
        self.init(capacity: elements.count)
        for element in elements { append(element) }
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// Calls `body` with the elements, valid only during the call.
    func withBuffer<Result>(_ body: (UnsafeBufferPointer<Element>) -> Result) -> Result {
        body(UnsafeBufferPointer(start: base, count: count))
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        get {
            assert(index >= 0 && index < count, "scratch index \(index) out of 0..<\(count)")
            return base[index]
        }
        set {
            assert(index >= 0 && index < count, "scratch index \(index) out of 0..<\(count)")
            base[index] = newValue
        }
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { reserve(capacity * 2) }
        (base + count).initialize(to: element)
        // Wrapping: the count is below the capacity, an allocation's size; the checked
        // increment was a test at every append of the pattern machine's queues.
        count &+= 1
    }

    /// Appends the elements of a buffer in one copy.
    @inline(__always)
    mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress, !elements.isEmpty else { return }
        if count + elements.count > capacity { reserve(max(capacity * 2, count + elements.count)) }
        (base + count).initialize(from: source, count: elements.count)
        count += elements.count
    }

    /// Appends the elements of an array.
    mutating func append(contentsOf elements: [Element]) {
        elements.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    /// A copy of the elements as an array.
    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// A copy of the elements from `start` to the end.
    func array(from start: Int) -> [Element] { Array(UnsafeBufferPointer(start: base + start, count: count - start)) }

    @inline(__always)
    mutating func popLast() -> Element? {
        guard count > 0 else { return nil }
        count &-= 1
        return base[count]
    }

    /// Forgets the elements, keeping the memory.
    @inline(__always)
    mutating func removeAll() { count = 0 }

    /// Lengthens the buffer to `newCount` elements, the new ones `value` (no effect if already that long).
    mutating func extend(to newCount: Int, with value: Element) {
        guard newCount > count else { return }
        if newCount > capacity { reserve(max(capacity * 2, newCount)) }
        (base + count).initialize(repeating: value, count: newCount - count)
        count = newCount
    }

    /// Makes the buffer exactly `newCount` elements long, every one of them `value`.
    mutating func reset(count newCount: Int, to value: Element) {
        if newCount > capacity { reserve(newCount) }
        base.update(repeating: value, count: newCount)
        count = newCount
    }

    /// Appends up to `maxCount` elements that `body` writes at the end of the buffer in one go,
    /// with one capacity check for all of them; `body` returns how many it wrote.
    @inline(__always)
    mutating func appendInPlace(upTo maxCount: Int, _ body: (UnsafeMutablePointer<Element>) -> Int) {
        if count + maxCount > capacity { reserve(max(capacity * 2, count + maxCount)) }
        let written = body(base + count)
        assert(written <= maxCount, "wrote \(written) elements, more than the \(maxCount) reserved")
        count += written
    }

    /// Sorts `range` by a key, keeping the order of equal keys (see
    /// ``Swift/UnsafeMutableBufferPointer/sortKeepingOrder(by:)``).
    mutating func stableSort(_ range: Range<Int>, by key: (Element) -> Int32) {
        assert(range.lowerBound >= 0 && range.upperBound <= count, "scratch range \(range) out of 0..<\(count)")
        UnsafeMutableBufferPointer(start: base + range.lowerBound, count: range.count).sortKeepingOrder { key($0) < key($1) }
    }

    private mutating func reserve(_ newCapacity: Int) {
        guard newCapacity > capacity else { return }
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
