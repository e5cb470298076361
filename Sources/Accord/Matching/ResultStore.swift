/// What one document's raw results carry besides their spans: captures, and the id and fields
/// extractors gave. Shared by the copies of a document's ``DocumentIndex``; a session's workspace
/// keeps one and empties it for each document.
final class ResultStore {
    /// An extractor's output for one result.
    struct Extraction {
        var id: String?
        var fields: ExtractionFields
    }

    /// Every kept match's captures, each match's in one run (``RawResult/captureStart``).
    // Unchecked: a store belongs to one session's thread and no access to it overlaps another
    // (each is a plain read, append or clear); the dynamic exclusivity check cost ~2% of an analysis.
    @exclusivity(unchecked) var captures: [Capture] = []
    @exclusivity(unchecked) var extractions: [Extraction] = []

    /// Forgets every result's data, keeping the memory for the next document.
    func removeAll() {
        captures.removeAll(keepingCapacity: true)
        extractions.removeAll(keepingCapacity: true)
    }

    /// The captures of a result.
    func captures(of result: RawResult) -> ArraySlice<Capture> {
        let start = Int(result.captureStart)
        return captures[start..<start + Int(result.captureCount)]
    }

    /// The id an extractor gave a result, if any.
    func extractionID(of result: RawResult) -> String? {
        result.extraction < 0 ? nil : extractions[Int(result.extraction)].id
    }

    /// All extractor fields of a result (empty for pattern rules).
    func fields(of result: RawResult) -> [String: FieldValue] {
        result.extraction < 0 ? [:] : extractions[Int(result.extraction)].fields.dictionary
    }

    /// An extractor's fields for a result as it gave them (typed or a dictionary), or `nil` for pattern rules.
    func storedFields(of result: RawResult) -> ExtractionFields? {
        result.extraction < 0 ? nil : extractions[Int(result.extraction)].fields
    }
}
