/// Where the scanner writes its tokens.
protocol TokenOutput: ~Copyable {
    mutating func append(_ token: Token)
}

extension ScratchBuffer: TokenOutput where Element == Token {}

/// An array's uninitialised room for one token per byte of the text: more than the scanner can
/// write. The append still checks, as one compare, so that a scanner bug traps instead of writing
/// past the room.
struct TokenRoom: TokenOutput {
    let storage: UnsafeMutablePointer<Token>
    let capacity: Int
    private(set) var count = 0

    init(storage: UnsafeMutablePointer<Token>, capacity: Int) {
        self.storage = storage
        self.capacity = capacity
    }

    @inline(__always)
    mutating func append(_ token: Token) {
        precondition(count < capacity, "the tokeniser wrote more tokens than its text has bytes")
        (storage + count).initialize(to: token)
        count &+= 1
    }
}
