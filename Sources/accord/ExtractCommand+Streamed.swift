import Accord
import Foundation

/// Documents too long to hold: read, analysed and written in pieces, so `accord extract` uses
/// the same memory for a 50 MB document as for a paragraph. The JSON line is byte for byte the
/// one the whole text would give.
extension ExtractCommand {
    /// Reads, analyses and writes one JSONL record that ``LineReader`` announced as long.
    ///
    /// - Returns: False when the line was malformed or its results could not be kept.
    func streamRecord(from lines: inout LineReader, number: Int, source: String, session: inout AnalysisSession,
                      output: inout LineWriter, progress: inout ProgressDisplay) -> Bool {
        var record = JSONRecordStream()
        let spool = TemporaryFileSpool()
        var document = StreamedJSONDocument(spool: spool, language: documents.language, referenceDate: documents.reference)
        while let piece = lines.nextPiece() {
            piece.withUnsafeBufferPointer { piece in
                record.consume(piece) { text in document.append(text, session: &session) }
            }
            // Megabytes move while one long document is read; it counts as a document at its end.
            progress.advance(documents: 0, bytes: piece.count)
        }
        progress.advance(documents: 1, bytes: 1)
        switch record.finish() {
        case .blank:
            return true
        case .invalid(let id, let reason):
            Self.reportFailure(id: id, message: JSONLinesReader.message(reason, line: number), line: number, source: source,
                               output: &output)
            return false
        case .document(let id):
            document.finish(session: &session)
            guard write(document, keptIn: spool, id: id, at: "\(source):\(number):1", to: &output) else { return false }
            for warning in document.warnings { StandardError.write("\(source):\(number):1: \(Self.warningLine(warning, document: id))") }
            return true
        }
    }

    /// Reads, analyses and writes one text file (or standard input) as a document, in pieces.
    ///
    /// - Returns: False when the file could not be read or its results could not be kept.
    func streamFile(_ handle: FileHandle, name: String, id: String?, session: inout AnalysisSession,
                    output: inout LineWriter) -> Bool {
        let spool = TemporaryFileSpool()
        var document = StreamedJSONDocument(spool: spool, language: documents.language, referenceDate: documents.reference)
        do {
            // The throwing read: `readData(ofLength:)` traps on an error such as EISDIR.
            while let data = try handle.read(upToCount: 1 << 16), !data.isEmpty {
                data.withUnsafeBytes { raw in document.append(raw.bindMemory(to: UInt8.self), session: &session) }
            }
        } catch {
            StandardError.write("\(name):1:1: error: the file cannot be read [ACC101]\nhint: check the path and permissions")
            return false
        }
        document.finish(session: &session)
        for warning in document.warnings {
            var located = warning
            located.location?.file = name
            StandardError.write(located.description)
        }
        return write(document, keptIn: spool, id: id, at: "\(name):1:1", to: &output)
    }

    /// Writes a finished document's line; when its results could not be kept, says so on
    /// standard error and writes an error record in its place.
    private func write(_ document: StreamedJSONDocument, keptIn spool: TemporaryFileSpool, id: String?, at place: String,
                       to output: inout LineWriter) -> Bool {
        if let failure = spool.failure {
            StandardError.write("\(place): error: the document's results cannot be kept: \(failure) [ACC101]\n"
                + "hint: set TMPDIR to a directory with room for about three times the document")
            var writer = JSONWriter()
            writer.beginObject()
            writer.field("id", id)
            writer.key("error"); writer.beginObject()
            writer.field("code", "ACC101"); writer.field("message", "the document's results cannot be kept: \(failure)")
            writer.endObject()
            writer.endObject()
            output.write(writer.output)
            return false
        }
        do {
            try document.write(id: id) { output.append($0) }
        } catch {
            // Only reading back a temporary file can fail here; the line is already partly out.
            output.endLine()
            StandardError.write("\(place): error: the document's results cannot be read back: \(error) [ACC101]")
            return false
        }
        output.endLine()
        return true
    }
}
