/// A host's own Swift type for the results of a custom kind, registered with an ``Engine`` so the
/// packs are checked against it when the engine compiles.
///
/// Each stored property is filled from the match's field of the same name — a pattern capture
/// or a `set:` value — and `id`, `text`, `span` (``TextSpan``), `provenance` (``Provenance``)
/// and `kind` from the match itself. Properties can be `String`, integers, `Double`,
/// `Decimal`, `Bool`, a `CaseIterable` enum with `String` raw values, `TextSpan`,
/// `Provenance`, or optionals of these.
///
/// ```swift
/// struct Sanction: Decodable, Sendable {
///     enum Measure: String, Decodable, CaseIterable, Sendable { case embargo, freeze, ban }
///     var measure: Measure     // `measure:%measures`: every id of the lexicon must be a case
///     var target: String       // `target:@party`
///     var year: Int?           // `( "năm" year:#num )?`: optional in the pattern, so optional here
/// }
///
/// let engine = try Engine.standard(adding: [pack], resultTypes: [ResultType(Sanction.self, kind: "sanction")])
/// let sanctions = try engine.analyze(text).results(of: Sanction.self, kind: "sanction")
/// ```
///
/// The engine refuses to compile (``Diagnostic/Code-swift.struct/resultTypeMismatch``) when a
/// rule of the kind may leave a required property without a value, captures a field the type
/// has no property for, captures words for a number, or can give an id that is not a case of
/// an enum property.
public struct ResultType: Sendable {
    /// The result kind the type is for, as rules declare it (`sanction`).
    public let kind: String
    /// The type's name, for messages.
    public let typeName: String
    /// The type's fields, or the property the engine cannot check.
    let schema: Result<ResultSchema, SchemaProbe.Unsupported>

    /// Registers `type` for the results of `kind`.
    ///
    /// - Parameters:
    ///   - type: A `Decodable` type with one stored property per field.
    ///   - kind: The custom result kind its values come from.
    public init<T: Decodable & Sendable>(_ type: T.Type, kind: String) {
        self.kind = kind
        typeName = String(describing: type)
        schema = SchemaProbe.schema(of: type)
    }
}

