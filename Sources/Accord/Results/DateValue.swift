/// A date mention's fields besides its span and provenance, as ``ResultBuilder`` decides them
/// (and ``RelativeDateResolver`` completes them) for any ``ResultSink``.
struct DateValue {
    var value: String?
    var year: Int?
    var month: Int?
    var day: Int?
    var relative: String?
}
