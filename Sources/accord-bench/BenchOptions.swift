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
    let documents: Int

    /// The documents, read when the in-process scenarios need them. The CLI scenarios run
    /// first, while this process is small: a child started by posix_spawn shares this
    /// process's memory until it execs, and `wait4` would count that as the child's peak.
    func texts() throws -> [(id: String, text: String)] {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("cannot read \(path)") }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String else { return nil }
            return ((object["id"] as? String) ?? "", text)
        }
    }

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
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
        var lines = 0
        if let handle = FileHandle(forReadingAtPath: path) {
            while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { lines += chunk.filter { $0 == 0x0A }.count }
        }
        return BenchCorpus(path: path, bytes: size, documents: lines)
    }
}
