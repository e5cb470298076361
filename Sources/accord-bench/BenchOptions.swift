import Accord
import Foundation

/// Command-line options of accord-bench (kept dependency-free: no argument parser needed here).
struct BenchOptions {
    var sizeMB = 50
    var corpus: String?
    var quick = false

    /// What `--help` prints.
    static let usage = """
        usage: accord-bench [--size MB] [--corpus FILE.jsonl] [--quick]

          --size MB            size of the generated Vietnamese corpus (default 50)
          --corpus FILE.jsonl  measure this JSONL file instead of generating one
          --quick              a 5 MB corpus and smaller adversarial inputs
          --help               print this and exit
        """

    /// Whether `--help` was given: print ``usage`` and run nothing.
    var helpRequested = false

    /// Reads the options.
    ///
    /// - Throws: ``BenchError`` for an unknown option (with the nearest known one) or a missing or
    ///   malformed value, so a mistyped option never runs a ten-minute benchmark it did not ask for.
    init(arguments: [String]) throws {
        var iterator = arguments.makeIterator()
        func value(of option: String) throws -> String {
            guard let value = iterator.next(), !value.hasPrefix("--") else {
                throw BenchError("\(option) needs a value; see --help")
            }
            return value
        }
        while let argument = iterator.next() {
            switch argument {
            case "--size":
                let text = try value(of: argument)
                guard let size = Int(text), (1...100_000).contains(size) else {
                    throw BenchError("--size takes a whole number of megabytes from 1 to 100000, not '\(text)'")
                }
                sizeMB = size
            case "--corpus": corpus = try value(of: argument)
            case "--quick": quick = true; sizeMB = min(sizeMB, 5)
            case "--help", "-h": helpRequested = true
            default:
                let hint = SuggestionFinder.closest(to: argument, in: ["--size", "--corpus", "--quick", "--help"])
                    .map { " (did you mean \($0)?)" } ?? ""
                throw BenchError("unknown argument '\(argument)'\(hint); see --help")
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
