import Foundation

/// Command-line options of accord-bench (kept dependency-free: no argument parser needed here).
struct BenchOptions {
    var sizeMB = 50
    var corpus: String?
    var quick = false

    init(arguments: [String]) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--size": sizeMB = iterator.next().flatMap(Int.init) ?? sizeMB
            case "--corpus": corpus = iterator.next()
            case "--quick": quick = true; sizeMB = min(sizeMB, 5)
            default: FileHandle.standardError.write(Data("accord-bench: ignoring unknown argument \(argument)\n".utf8))
            }
        }
    }

    /// The package root, found from this file, so the bench runs from any directory.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// `../shared/bench` next to the package.
    static let sharedBench = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/bench")
}

/// The benchmark corpus: made by the shared generator, or given.
struct BenchCorpus {
    let path: String
    let bytes: Int
    let texts: [(id: String, text: String)]
    let lines: [String]

    static func prepare(_ options: BenchOptions) throws -> BenchCorpus {
        let path: String
        if let given = options.corpus {
            path = given
        } else {
            path = NSTemporaryDirectory() + "accord-bench-vi\(options.sizeMB).jsonl"
            if !FileManager.default.fileExists(atPath: path) {
                let script = BenchOptions.sharedBench.appendingPathComponent("make_corpus.py").path
                guard FileManager.default.fileExists(atPath: script) else {
                    throw BenchError("no corpus: pass --corpus FILE.jsonl, or put the shared generator at \(script)")
                }
                let outcome = try ChildProcess.run(["/usr/bin/env", "python3", script, String(options.sizeMB), "-o", path])
                guard outcome.status == 0 else { throw BenchError("the corpus generator failed") }
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("cannot read \(path)") }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        let texts: [(String, String)] = lines.compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String else { return nil }
            return ((object["id"] as? String) ?? "", text)
        }
        return BenchCorpus(path: path, bytes: data.count, texts: texts, lines: lines)
    }
}
