import Synchronization

/// A `String` of well-formed UTF-8, made the first time it is asked for.
///
/// Shared by the copies of a document, which may be read on several threads: the string is
/// made once, under a lock.
final class LazyString: Sendable {
    private let utf8: [UInt8]
    private let made = Mutex<String?>(nil)

    /// Holds `utf8`, which must be well-formed (the string is made without repairs to check).
    init(wellFormedUTF8 utf8: [UInt8]) {
        self.utf8 = utf8
    }

    /// The string, made on first use.
    var string: String {
        made.withLock { made in
            if let made { return made }
            let string = String(decoding: utf8, as: UTF8.self)
            made = string
            return string
        }
    }
}
