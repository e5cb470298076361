import Accord
#if canImport(Glibc)
import Glibc
#endif

/// The standard engine, compiled once per process (fuzzing calls the entry millions of times).
private let engine: Engine? = try? Engine.standard()

/// libFuzzer entry: any bytes, decoded leniently as UTF-8, analysed; every span must select its text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalyze(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let engine else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let analysis = engine.analyze(text)
    let spans = analysis.parties.map(\.span) + analysis.forums.map(\.span) + analysis.cooperations.map(\.span)
        + analysis.agreements.map(\.span) + analysis.amounts.map(\.span) + analysis.dates.map(\.span)
    let scalars = Array(text.unicodeScalars)
    for span in spans {
        // A broken invariant should stop the fuzzer with the input that broke it.
        guard span.start >= 0, span.start <= span.end, span.end <= scalars.count,
              String(String.UnicodeScalarView(scalars[span.start..<span.end])) == span.text,
              String(text[span.range]) == span.text
        else { abort() }
    }
    return 0
}
