extension Analysis {
    /// The custom-kind results of one kind, as a host's own type.
    ///
    /// Register the type with the engine (``ResultType``) so a mismatch between the packs and
    /// the type stops the engine from compiling instead of surfacing here.
    ///
    /// ```swift
    /// let sanctions = try analysis.results(of: Sanction.self, kind: "sanction")
    /// ```
    ///
    /// - Parameters:
    ///   - type: The type to decode each match as.
    ///   - kind: The result kind.
    /// - Returns: One value per match of `kind`, in text order.
    /// - Throws: ``AccordError`` with ``Diagnostic/Code-swift.struct/resultTypeMismatch`` when a
    ///   match lacks a required field or a field cannot be read as its property's type — which a
    ///   registered type rules out.
    public func results<T: Decodable>(of type: T.Type, kind: String) throws(AccordError) -> [T] {
        var values: [T] = []
        for match in matches where match.kind == kind {
            do {
                values.append(try T(from: MatchDecoder(match: match)))
            } catch {
                throw AccordError(.resultTypeMismatch,
                                  "the '\(kind)' match \"\(match.text)\" (rule \(match.provenance.pack)/\(match.provenance.rule)) cannot be read as \(T.self): \(Self.describe(error))",
                                  hint: "register the type with the engine (ResultType(\(T.self).self, kind: \"\(kind)\")) so the packs are checked against it when it compiles")
            }
        }
        return values
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _)?: "it has no field '\(key.stringValue)'"
        case .typeMismatch(_, let context)?, .dataCorrupted(let context)?, .valueNotFound(_, let context)?: context.debugDescription
        default: "\(error)"
        }
    }
}
