/// A document's token ids in each normalisation form the engine uses.
struct TokenIDs: Sendable {
    private var arrays = [[UInt32]](repeating: [], count: NormalizationForm.allCases.count)

    subscript(form: NormalizationForm) -> [UInt32] {
        get { arrays[Int(form.rawValue)] }
        set { arrays[Int(form.rawValue)] = newValue }
    }
}
