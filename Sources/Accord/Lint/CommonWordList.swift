/// Very common lower-case words, per language, that are also the lower-case form of a name or
/// an acronym a lexicon may list (`ACC706`).
///
/// A case-insensitive `Pháp` (France) also matches the `pháp` of `giải pháp`, `biện pháp`,
/// `pháp luật`; `WHO` matches the pronoun `who`. The lists hold only such words: a
/// lower-case phrase that the author wrote lower-case (`in` before a year, `hai bên`) is
/// meant as the common word and is never reported.
enum CommonWordList {
    /// Words by primary language subtag, lower-case as written.
    static let words: [String: [String]] = [
        // Single syllables that are country short names and common words or syllables of
        // common words: giải pháp, thẩm mỹ, anh (pronoun), miền nam, ý kiến, đạo đức,
        // hàn lâm, nhật ký, trung tâm, lào xào, thái độ, ấn phẩm, thiên nga, khinh bỉ,
        // séc (cheque), áo (shirt), hy vọng, châu phi, phương tây, hoa (flower), tàu (ship),
        // đài (station), hồng (pink), chi (spend), miến (noodles), bắc, đông, việt vị,
        // triều (tide), mông.
        "vi": ["pháp", "mỹ", "mĩ", "anh", "nam", "ý", "đức", "hàn", "nhật", "trung", "úc", "lào", "thái", "ấn",
               "nga", "bỉ", "séc", "áo", "síp", "hy", "phi", "tây", "hoa", "tàu", "đài", "hồng", "chi", "miến",
               "bắc", "đông", "việt", "triều", "mông"],
        // Two-letter country codes that are words (US, IT, IN, AM, IS, NO, ME, MY, BE, BY, DO, SO,
        // TO, AS, AT, ID, CA, CO), country names that are common nouns (china = porcelain,
        // turkey, chad, guinea, jordan, japan = lacquer), months and weekdays that are words,
        // demonyms that are words (polish), and acronyms that are words (WHO, COP, APT, Quad).
        "en": ["us", "it", "in", "am", "is", "no", "me", "my", "be", "by", "do", "so", "to", "as", "at", "id",
               "ca", "co",
               "may", "march", "august", "sun", "sat", "wed", "mar",
               "china", "turkey", "chad", "guinea", "jordan", "japan", "polish",
               "who", "cop", "apt", "quad", "nice", "reading"],
    ]

    /// The words of a language (primary subtag, any case: `vi-VN` → `vi`), in a normalisation form.
    static func words(for language: String, form: NormalizationForm) -> Set<String> {
        let normalizer = TextNormalizer()
        return Set((words[LanguageGroups.normalize(language)] ?? []).map { normalizer.normalize($0, form: form) })
    }
}
