/// A document's token ids in each normalisation form the engine uses.
struct TokenIDs: Sendable {
    private var exact: [UInt32] = []
    private var folded: [UInt32] = []
    private var loose: [UInt32] = []

    /// All ids of one form (empty when the engine does not use the form).
    subscript(form: NormalizationForm) -> [UInt32] {
        get {
            switch form {
            case .exact: return exact
            case .folded: return folded
            case .loose: return loose
            }
        }
        set {
            switch form {
            case .exact: exact = newValue
            case .folded: folded = newValue
            case .loose: loose = newValue
            }
        }
    }

    /// One token's id in one form, without copying the form's array (this runs per token, per matcher).
    @inline(__always)
    func id(_ form: NormalizationForm, at index: Int) -> UInt32 {
        switch form {
        case .exact: return exact[index]
        case .folded: return folded[index]
        case .loose: return loose[index]
        }
    }

    /// Calls `body` with the ids of each form as raw buffers (empty for unused forms).
    func withBuffers<Result>(
        _ body: (UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<UInt32>) -> Result
    ) -> Result {
        exact.withUnsafeBufferPointer { exact in
            folded.withUnsafeBufferPointer { folded in
                loose.withUnsafeBufferPointer { loose in body(exact, folded, loose) }
            }
        }
    }
}
