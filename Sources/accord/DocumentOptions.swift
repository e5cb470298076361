import Accord
import ArgumentParser

/// `--language` and `--reference-date`: how a command reads its documents (extract, explain, render).
struct DocumentOptions: ParsableArguments {
    @Option(help: "The documents' language (vi, en); detected per document when omitted.")
    var language: String?

    @Option(name: .customLong("reference-date"), help: "YYYY-MM-DD that relative dates (năm tới, last month) count from.")
    var referenceDate: String?

    func validate() throws {
        if let referenceDate, CalendarDate(referenceDate) == nil {
            throw ValidationError("--reference-date must be a date written YYYY-MM-DD, such as 2022-09-08")
        }
    }

    /// The reference date, parsed (validation has checked it).
    var reference: CalendarDate? { referenceDate.flatMap(CalendarDate.init) }

    /// Writes an error and returns false when `--language` names a language no loaded pack is written for.
    func languageIsLoaded(in engine: Engine) -> Bool {
        guard let language, !engine.languages.contains(language) else { return true }
        StandardError.write("error: no pack is written for language '\(language)'; loaded: \(engine.languages.joined(separator: ", "))")
        return false
    }
}
