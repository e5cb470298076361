/// Where a streamed document's result arrays collect until the document ends: a document's
/// JSON lists all parties before any forum, so each window's objects wait per array.
///
/// The CLI keeps them in temporary files, so memory does not grow with the document. A class:
/// the document holds it as an existential, so its own code is compiled once, not per spool
/// type (unspecialised generic code across the module boundary read type metadata per byte).
package protocol JSONArraySpool: AnyObject {
    /// Appends bytes to one array's elements. A spool that cannot store them remembers the
    /// failure and throws it from ``read(_:_:)``.
    func append(_ bytes: UnsafeBufferPointer<UInt8>, to array: JSONWriter.ResultArray)
    /// Hands one array's bytes to `body` in the order they were appended, in pieces.
    func read(_ array: JSONWriter.ResultArray, _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws
}

/// Analyses one document that arrives in pieces into its JSON line, holding about one window
/// of text at a time.
///
/// The text is cut into the windows ``DocumentWindows`` cuts, each window is analysed and its
/// results written straight to JSON, moved into the whole document's offsets, and the objects
/// wait in a ``JSONArraySpool`` until ``write(id:to:)``. The line is byte for byte the one
/// ``AnalysisSession/analyzeJSON(_:id:language:referenceDate:)`` gives for the whole text,
/// warnings about the result limit included.
///
/// ```swift
/// var document = StreamedJSONDocument(spool: TemporaryFileSpool(), language: nil, referenceDate: nil)
/// for piece in pieces { piece.withUnsafeBufferPointer { document.append($0, session: &session) } }
/// document.finish(session: &session)
/// try document.write(id: "doc-1") { output.write($0) }
/// ```
package struct StreamedJSONDocument {
    /// Where the result arrays wait.
    package let spool: any JSONArraySpool
    private let requestedLanguage: String?
    private let referenceDate: CalendarDate?
    /// Decoded text not analysed yet (valid UTF-8), starting at a window's start.
    private var text: [UInt8] = []
    private var decoder = UTF8ChunkDecoder()
    /// The language analysed in, once the first kilobyte has been read.
    private var language: String??
    // Where the next window starts in the whole document.
    private var scalars = 0
    private var sentences = 0
    private var line = 1
    private var column = 1
    /// Results written so far.
    private var kept = 0
    /// Set once the result limit is passed, or when no packs cover the language: the rest of
    /// the text is read but not analysed.
    private var stopped = false
    private var hasElements = Set<JSONWriter.ResultArray>()
    /// The ``Limits/maxMatchesPerDocument`` warning, when the limit was passed.
    package private(set) var warnings: [Diagnostic] = []

    /// Starts a document.
    ///
    /// - Parameters:
    ///   - spool: Where the result arrays wait until the document ends.
    ///   - language: The document's language; `nil` to detect it from its first kilobyte.
    ///   - referenceDate: The date relative expressions count from.
    package init(spool: any JSONArraySpool, language: String?, referenceDate: CalendarDate?) {
        self.spool = spool
        requestedLanguage = language
        self.referenceDate = referenceDate
    }

    /// Adds the next piece of the text's UTF-8 (invalid bytes become U+FFFD, as in a `String`),
    /// analysing each window it completes.
    package mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, session: inout AnalysisSession) {
        guard !stopped else { return }
        let maxBytes = session.engine.limits.maxWindowBytes
        let needed = text.count + bytes.count + 4
        if needed > text.capacity, needed > 1 << 16 {
            // A window and a piece, reserved once, so the buffer does not double past them; a
            // short text never asks for it.
            text.reserveCapacity(max(needed, min(maxBytes, 1 << 30) + max(bytes.count, 1 << 16) + 4))
        }
        decoder.decode(bytes, into: &text)
        // A window is cut once the text goes past it, as the whole text would be cut; the
        // first waits for the kilobyte the language is detected from.
        while !stopped, text.count > maxBytes, language != nil || text.count >= LanguageDetector.sampleBytes {
            analyzeWindow(session: &session)
        }
    }

    /// Ends the text and analyses what is left of it.
    package mutating func finish(session: inout AnalysisSession) {
        if !stopped { decoder.finish(into: &text) }
        if language == nil { resolveLanguage(session.engine) }
        while !stopped, !text.isEmpty { analyzeWindow(session: &session) }
        text = []
    }

    /// Writes the document's JSON line, without its `\n`, in pieces.
    ///
    /// - Parameters:
    ///   - id: The input record's id, echoed first when given.
    ///   - output: Receives the line's bytes in order.
    /// - Throws: What the spool threw when it could not keep or give back the results.
    package func write(id: String?, to output: (UnsafeBufferPointer<UInt8>) -> Void) throws {
        var writer = JSONWriter(capacity: 4096)
        var failure: (any Error)?
        writer.document(id: id, language: (language ?? nil) ?? "", warnings: warnings) { array, writer in
            writer.drain(output)
            guard hasElements.contains(array), failure == nil else { return }
            do { try spool.read(array, output) } catch { failure = error }
        }
        writer.drain(output)
        if let failure { throw failure }
    }

    private mutating func resolveLanguage(_ engine: Engine) {
        language = text.withUnsafeBufferPointer { engine.resolveLanguage(requestedLanguage, utf8: $0) }
    }

    /// Analyses the window at the start of `text` and drops it from there.
    private mutating func analyzeWindow(session: inout AnalysisSession) {
        let engine = session.engine
        if language == nil { resolveLanguage(engine) }
        guard let chosen = language ?? nil, let analyzer = session.analyzer(for: chosen, referenceDate: referenceDate) else {
            // No packs for the language: the document has no results, as a whole text would not.
            stopped = true
            text = []
            return
        }
        let end = text.withUnsafeBufferPointer { DocumentWindows.windowEnd(in: $0, from: 0, maxBytes: engine.limits.maxWindowBytes) }
        // The decoder made the text well-formed, so the window is analysed from its bytes; its
        // `String` is made only if the result limit needs it.
        let bytes = Array(text[..<end])
        let more = end < text.count
        let index = analyzer.index(utf8: bytes) ?? analyzer.index(String(decoding: bytes, as: UTF8.self))
        let builder = ResultBuilder(engine: analyzer.engine, index: index, referenceDate: referenceDate)
        let limit = engine.limits.maxMatchesPerDocument
        // Each result comes from one raw result: within the limit nothing can be dropped, and
        // the objects are written directly. Past it, the typed results are limited as
        // `DocumentWindows` limits the joined ones (all earlier results start before these).
        if kept + index.results.count <= limit {
            kept += JSONResultSink.write(builder, scalarBase: scalars, sentenceBase: sentences) { sink in
                sink.forEachArray { array, bytes in appendElements(bytes, to: array) }
                return sink.count
            }
        } else {
            var analysis = builder.build()
            let dropped = analysis.limitResults(to: limit, text: index.document.text, more: more, earlier: kept, origin: (line, column))
            // Only the JSON is written from these results: their offsets move, their ranges
            // (into the window's text) are not read.
            let scalarBase = scalars, sentenceBase = sentences
            analysis.mapSpans { span in
                TextSpan(text: span.text, range: span.range, start: span.start + scalarBase, end: span.end + scalarBase,
                         sentence: span.sentence + sentenceBase)
            }
            for array in JSONWriter.ResultArray.allCases {
                var writer = JSONWriter()
                analysis.writeElements(of: array, to: &writer)
                writer.drain { appendElements($0, to: array) }
            }
            kept += analysis.resultCount
            warnings += analysis.warnings
            stopped = dropped
        }
        sentences += index.document.sentences.count
        advancePosition(over: end)
        text.removeFirst(end)
        if stopped { text = [] }
    }

    /// Moves the scalar offset, line and column past the first `count` bytes of `text`.
    private mutating func advancePosition(over count: Int) {
        var scalars = 0, newlines = 0, column = column
        text.withUnsafeBufferPointer { bytes in
            for byte in bytes[..<count] where byte & 0xC0 != 0x80 {
                scalars += 1
                if byte == UInt8(ascii: "\n") {
                    newlines += 1
                    column = 1
                } else {
                    column += 1
                }
            }
        }
        self.scalars += scalars
        line += newlines
        self.column = column
    }

    /// Adds a window's objects of one array, after a comma when the array has some already.
    private mutating func appendElements(_ bytes: UnsafeBufferPointer<UInt8>, to array: JSONWriter.ResultArray) {
        guard !bytes.isEmpty else { return }
        if !hasElements.insert(array).inserted {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1) { comma in
                comma[0] = UInt8(ascii: ",")
                spool.append(UnsafeBufferPointer(comma), to: array)
            }
        }
        spool.append(bytes, to: array)
    }
}
