/// Copies the short byte runs JSON output is made of (keys, ids, span texts) without a call.
///
/// `update(from:count:)` calls `memcpy`, whose call and size dispatch cost more than copying
/// the eight to thirty bytes of a key or a span's text: the JSON writer made about a hundred
/// such calls per document. Runs up to 32 bytes are copied here as two possibly overlapping
/// loads and stores of the widest word that fits (the classic small-`memcpy` trick: nothing
/// is read or written outside the two runs); longer ones go to `memcpy`.
enum ShortByteCopy {
    /// Copies `count` bytes from `source` to `target`; the runs must not overlap.
    @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        switch count {
        case 16...32:
            let head = from.loadUnaligned(as: (UInt64, UInt64).self)
            let tail = from.loadUnaligned(fromByteOffset: count &- 16, as: (UInt64, UInt64).self)
            to.storeBytes(of: head, as: (UInt64, UInt64).self)
            to.storeBytes(of: tail, toByteOffset: count &- 16, as: (UInt64, UInt64).self)
        case 8..<16:
            let head = from.loadUnaligned(as: UInt64.self)
            let tail = from.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: count &- 8, as: UInt64.self)
        case 4..<8:
            let head = from.loadUnaligned(as: UInt32.self)
            let tail = from.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: count &- 4, as: UInt32.self)
        case 1..<4:
            // One, two or three bytes: the first, the middle and the last (some of them the same).
            let first = source[0], middle = source[count &>> 1], last = source[count &- 1]
            target[0] = first
            target[count &>> 1] = middle
            target[count &- 1] = last
        case 33...:
            target.update(from: source, count: count)
        default:
            break
        }
    }
}
