/// The tables and result store of one document of a batch (``AnalysisSession/analyzeJSON(batch:language:referenceDate:)``),
/// kept by the session for the document in the same place of the next batch.
///
/// A batch indexes all its documents before it runs any through the stages, so each document
/// alive at once needs its own tables; kept per place, they are refilled batch after batch
/// instead of allocated (see ``DocumentBuffers``).
final class BatchSlot {
    let buffers = DocumentBuffers()
    let store = ResultStore()
}
