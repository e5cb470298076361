/// Writes JSON with keys in a fixed, documented order, so output is byte-for-byte stable.
///
/// It writes UTF-8 bytes directly: the CLI emits a JSON line per document and
/// building it through `String` concatenation cost more than the analysis of
/// short documents.
package struct JSONWriter: ~Copyable {
    /// The UTF-8 written so far, in a buffer the writer owns (appending to an array in a struct
    /// paid a uniqueness check per byte).
    private var buffer: ScratchBuffer<UInt8>
    /// One bit per open object or array (bit 0 the innermost): whether a value was written in it,
    /// so the next one needs a comma. Only Accord's own code nests (five levels at most), so
    /// 64 levels are plenty.
    private var commaBits: UInt64 = 0
    private var depth = 0
    /// The provenance written last and its bytes (see ``provenanceFields(_:)``).
    private var provenanceMemo: (provenance: Provenance, bytes: [UInt8])?

    /// Creates an empty writer.
    /// Creates an empty writer with room for about `capacity` bytes before it grows.
    package init(capacity: Int = 4096) {
        buffer = ScratchBuffer(capacity: capacity)
    }

    /// The UTF-8 of the JSON written so far.
    package var bytes: [UInt8] { buffer.array }

    /// Forgets what was written, keeping the memory (and the last provenance's bytes) for the next output.
    mutating func restart() {
        buffer.removeAll()
        commaBits = 0
        depth = 0
    }

    /// The bytes the writer holds room for.
    var reservedBytes: Int { buffer.reservedCount }

    /// The JSON text written so far.
    package var output: String { String(decoding: bytes, as: UTF8.self) }

    // The punctuation and keys are inlined where they are written: as calls, a key cost about
    // seventy instructions and a bracket thirty, several per result.
    @inline(__always) package mutating func beginObject() { separator(); buffer.append(UInt8(ascii: "{")); push() }
    @inline(__always) package mutating func endObject() { buffer.append(UInt8(ascii: "}")); pop() }
    @inline(__always) package mutating func beginArray() { separator(); buffer.append(UInt8(ascii: "[")); push() }
    @inline(__always) package mutating func endArray() { buffer.append(UInt8(ascii: "]")); pop() }

    /// Writes `"key":`; the value follows. Keys are plain ASCII names, written without escaping.
    @inline(__always)
    package mutating func key(_ name: StaticString) {
        // `,"name":` in one write: keys are most of the output's punctuation.
        let length = name.utf8CodeUnitCount
        let comma = commaBits & 1 != 0
        buffer.appendInPlace(upTo: length + 4) { out in
            var offset = 0
            if comma { out[0] = UInt8(ascii: ","); offset = 1 }
            out[offset] = UInt8(ascii: "\"")
            ShortByteCopy.copy(name.utf8Start, to: out + offset + 1, count: length)
            out[offset + length + 1] = UInt8(ascii: "\"")
            out[offset + length + 2] = UInt8(ascii: ":")
            return offset + length + 3
        }
        commaBits = commaBits & ~1
    }

    /// Writes `"key":` for a key known only at run time (custom fields), escaped.
    package mutating func key(dynamic name: String) {
        separator()
        appendQuoted(name)
        buffer.append(UInt8(ascii: ":"))
        commaBits &= ~1
    }

    package mutating func string(_ value: String) { separator(); appendQuoted(value) }
    /// Writes a string given as UTF-8 bytes (a slice of the analysed text), escaped.
    mutating func string<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) {
        separator()
        if bytes.withContiguousStorageIfAvailable({ appendQuoted(utf8: $0) }) == nil {
            Array(bytes).withUnsafeBufferPointer { appendQuoted(utf8: $0) }
        }
    }
    /// Appends bytes written by another writer as they are: `element` for one value of the
    /// current array or object (a comma goes first when needed), else the continuation of the
    /// current object (bytes that start with their own comma, such as provenance fields).
    mutating func append(written bytes: UnsafeBufferPointer<UInt8>, asElement element: Bool) {
        if element { separator() }
        guard let source = bytes.baseAddress else { return }
        buffer.appendInPlace(upTo: bytes.count) { out in
            ShortByteCopy.copy(source, to: out, count: bytes.count)
            return bytes.count
        }
    }
    /// How many bytes were written so far.
    var count: Int { buffer.count }
    /// Hands the bytes written so far to `body` and empties the buffer, keeping the writer's
    /// place in the JSON: a document too large to hold is written out piece by piece.
    mutating func drain(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        buffer.withBuffer { body($0) }
        buffer.removeAll()
    }
    /// Calls `body` with the bytes written in a range of offsets.
    func withBytes<Result>(in range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        buffer.withBuffer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
    package mutating func raw(_ literal: String) {
        separator()
        var literal = literal
        literal.withUTF8 { buffer.append(contentsOf: $0) }
    }
    package mutating func int(_ value: Int) {
        separator()
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        // Digits written straight into the buffer: offsets are most of the numbers in the output.
        buffer.appendInPlace(upTo: 20) { out in Self.put(value.magnitude, at: 0, in: out) }
    }
    /// Writes `"text":"…","start":…,"end":…,"sentence":…`, the fields every result's object opens
    /// with, in one reservation; returns false, having written nothing, when the text needs an
    /// escape or a number is negative (``Analysis`` spans never are), for the caller to write
    /// them field by field. Half the output is these fields: one capacity check instead of eight.
    mutating func plainSpanFields(text: UnsafeBufferPointer<UInt8>, start: Int, end: Int, sentence: Int) -> Bool {
        guard start >= 0, end >= 0, sentence >= 0, !JSONStringBytes.containsSpecial(text) else { return false }
        let comma = commaBits & 1 != 0
        // A comma, the keys and their quotes, and three numbers of at most 20 digits.
        let fixed = 1 + Self.spanTextKey.utf8CodeUnitCount + Self.spanStartKey.utf8CodeUnitCount
            + Self.spanEndKey.utf8CodeUnitCount + Self.spanSentenceKey.utf8CodeUnitCount
        buffer.appendInPlace(upTo: text.count + fixed + 3 * 20) { out in
            var at = 0
            if comma {
                out[0] = UInt8(ascii: ",")
                at = 1
            }
            at = Self.put(Self.spanTextKey, at: at, in: out)
            if let source = text.baseAddress { ShortByteCopy.copy(source, to: out + at, count: text.count) }
            at += text.count
            at = Self.put(Self.spanStartKey, at: at, in: out)
            at = Self.put(UInt(start), at: at, in: out)
            at = Self.put(Self.spanEndKey, at: at, in: out)
            at = Self.put(UInt(end), at: at, in: out)
            at = Self.put(Self.spanSentenceKey, at: at, in: out)
            return Self.put(UInt(sentence), at: at, in: out)
        }
        commaBits |= 1
        return true
    }

    // The span fields' keys with the quotes and commas around them, as `plainSpanFields` writes them.
    private static let spanTextKey: StaticString = "\"text\":\""
    private static let spanStartKey: StaticString = "\",\"start\":"
    private static let spanEndKey: StaticString = ",\"end\":"
    private static let spanSentenceKey: StaticString = ",\"sentence\":"

    /// Copies ASCII bytes to `out + at`; returns the offset after them.
    @inline(__always)
    private static func put(_ literal: StaticString, at: Int, in out: UnsafeMutablePointer<UInt8>) -> Int {
        ShortByteCopy.copy(literal.utf8Start, to: out + at, count: literal.utf8CodeUnitCount)
        return at + literal.utf8CodeUnitCount
    }

    /// Writes a number's decimal digits to `out + at`; returns the offset after them.
    ///
    /// Two digits per division, from a table: offsets are most of the numbers in the output,
    /// and a division per digit was a quarter of writing a span's fields.
    @inline(__always)
    private static func put(_ value: UInt, at: Int, in out: UnsafeMutablePointer<UInt8>) -> Int {
        // Offsets and sentence numbers are mostly under 100,000: counted by comparisons, not a
        // loop that multiplied a bound per digit.
        var digits: Int
        if value < 100 {
            digits = value < 10 ? 1 : 2
        } else if value < 10_000 {
            digits = value < 1_000 ? 3 : 4
        } else {
            digits = 5
            var bound: UInt = 100_000
            while digits < 20 && value >= bound {
                digits &+= 1
                bound = bound &* 10
            }
        }
        var rest = value
        var index = at &+ digits
        Self.digitPairs.withUTF8Buffer { pairs in
            while rest >= 100 {
                let pair = Int(truncatingIfNeeded: rest % 100) &* 2
                rest /= 100
                index &-= 2
                out[index] = pairs[pair]
                out[index &+ 1] = pairs[pair &+ 1]
            }
            if rest >= 10 {
                let pair = Int(truncatingIfNeeded: rest) &* 2
                out[index &- 2] = pairs[pair]
                out[index &- 1] = pairs[pair &+ 1]
            } else {
                out[index &- 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest)
            }
        }
        return at &+ digits
    }

    /// `00`, `01`, … `99`: each two-digit number's digits, for ``put(_:at:in:)-(UInt,_,_)``.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    package mutating func bool(_ value: Bool) { literal(value ? "true" : "false") }
    package mutating func null() { literal("null") }

    /// Writes a JSON literal (`null`, `true`, `false`) from its static bytes: through `String`,
    /// each was retained, released and copied out of its storage.
    private mutating func literal(_ text: StaticString) {
        separator()
        let count = text.utf8CodeUnitCount
        buffer.appendInPlace(upTo: count) { out in
            ShortByteCopy.copy(text.utf8Start, to: out, count: count)
            return count
        }
    }

    package mutating func field(_ name: StaticString, _ value: String) { key(name); string(value) }
    package mutating func field(_ name: StaticString, _ value: Int) { key(name); int(value) }
    package mutating func field(_ name: StaticString, _ value: Bool) { key(name); bool(value) }
    package mutating func field(_ name: StaticString, _ value: Int?) { key(name); if let value { int(value) } else { null() } }
    package mutating func field(_ name: StaticString, _ value: String?) { key(name); if let value { string(value) } else { null() } }
    /// Writes a diagnostic as `{code, severity, message, hint, file, line, column}`, the one shape
    /// `accord lint --format json` and an analysis's `warnings` share.
    package mutating func diagnostic(_ diagnostic: Diagnostic) {
        beginObject()
        field("code", diagnostic.code.rawValue)
        field("severity", diagnostic.severity.rawValue)
        field("message", diagnostic.message)
        field("hint", diagnostic.hint)
        field("file", diagnostic.location?.file)
        field("line", diagnostic.location?.line)
        field("column", diagnostic.location?.column)
        endObject()
    }

    /// Writes an array of string values (``JSONStringList``) as a field.
    mutating func field(_ name: StaticString, list values: some JSONStringList) {
        key(name)
        beginArray()
        values.writeElements(to: &self)
        endArray()
    }

    /// Writes a result's provenance as `rule`, `pack`, `packVersion` and `packHash` fields after
    /// others in the same object.
    ///
    /// A document's results come from a few rules, written one after another: when the
    /// provenance is the one written last (usually the same strings, compared by storage), its
    /// bytes are copied in one write instead of four keys and four escaped strings.
    package mutating func provenanceFields(_ provenance: Provenance) {
        // The remembered bytes start with the comma after an earlier field.
        let afterField = commaBits & 1 != 0
        if afterField, let memo = provenanceMemo, memo.provenance == provenance {
            memo.bytes.withUnsafeBufferPointer { buffer.append(contentsOf: $0) }
            return
        }
        let start = buffer.count
        field("rule", provenance.rule)
        field("pack", provenance.pack)
        field("packVersion", provenance.packVersion)
        field("packHash", provenance.packHash)
        if afterField { provenanceMemo = (provenance, buffer.array(from: start)) }
    }

    @inline(__always)
    private mutating func separator() {
        if commaBits & 1 != 0 { buffer.append(UInt8(ascii: ",")) }
        commaBits |= 1
    }

    @inline(__always)
    private mutating func push() {
        assert(depth < 64, "JSONWriter nests at most 64 levels")
        commaBits <<= 1
        depth += 1
    }

    @inline(__always)
    private mutating func pop() {
        commaBits >>= 1
        depth -= 1
    }

    /// Appends a JSON string literal: UTF-8 as is, quotes, backslashes and controls escaped.
    private mutating func appendQuoted(_ text: String) {
        // Native strings lend their bytes; small ones (most ids and spans) are copied to the stack.
        if let done = text.utf8.withContiguousStorageIfAvailable({ appendQuoted(utf8: $0) }) { return done }
        var text = text
        text.withUTF8 { appendQuoted(utf8: $0) }
    }

    private mutating func appendQuoted(utf8: UnsafeBufferPointer<UInt8>) {
        // Almost every string needs no escape: copy it with its quotes in one write.
        if !JSONStringBytes.containsSpecial(utf8) {
            buffer.appendInPlace(upTo: utf8.count + 2) { out in
                out[0] = UInt8(ascii: "\"")
                if let source = utf8.baseAddress { ShortByteCopy.copy(source, to: out + 1, count: utf8.count) }
                out[utf8.count + 1] = UInt8(ascii: "\"")
                return utf8.count + 2
            }
            return
        }
        buffer.append(UInt8(ascii: "\""))
        var runStart = 0
        for (index, byte) in utf8.enumerated() where JSONStringBytes.isSpecial(byte) {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            switch byte {
            case UInt8(ascii: "\""): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            default:
                let hex = Array("0123456789abcdef".utf8)
                buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                          hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            }
            runStart = index + 1
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        buffer.append(UInt8(ascii: "\""))
    }
}
