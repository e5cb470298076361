// accord-bench: measures Accord on this machine and prints a Markdown table.
//
//   swift run -c release accord-bench [--size MB] [--corpus FILE.jsonl] [--quick] [--help]
//
// Scenarios: compile time and engine size; in-process throughput on one core, and through the
// stream API (`Engine.analyses(of:)`) on one task and on a task per core; the `accord extract
// --input jsonl` CLI end to end on one core and on all cores (wall time, peak memory); pyahocorasick
// with a word check on the same file (when it is installed); 10x more lexicon phrases; linear time
// on one big document and on adversarial text; start-up on a one-paragraph file.
import Accord
import Foundation

do {
    let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    if options.helpRequested {
        print(BenchOptions.usage)
        exit(0)
    }
    var report = BenchReport()
    let corpus = try BenchCorpus.prepare(options)
    try await Scenarios(options: options, corpus: corpus).run(into: &report)
    print(report.markdown())
} catch {
    FileHandle.standardError.write(Data("accord-bench: \(error)\n".utf8))
    exit(1)
}
