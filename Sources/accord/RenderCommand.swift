import Accord
import ArgumentParser
import Foundation

/// `accord render FILE… -o report.html`: one self-contained HTML page showing each document
/// with its results highlighted, a legend, and a table of its agreements.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render text files and what Accord finds in them as one self-contained HTML page.")

    enum InputFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @Argument(help: "Text files to render; standard input when none.")
    var files: [String] = []

    @Option(name: [.customShort("o"), .customLong("output")], help: "The HTML file to write; - for standard output.")
    var output = "-"

    @Option(help: "The page's title.")
    var title = "Accord report"

    @OptionGroup var packs: PackOptions

    @Option(help: "Input format: text (each file is one document) or jsonl (one {\"id\", \"text\"} object per line, titled by its id).")
    var input: InputFormat = .text

    @OptionGroup var documents: DocumentOptions

    func validate() throws {
        if output.isEmpty { throw ValidationError("--output needs a file name, or - for standard output") }
    }

    func run() throws {
        let engine: Engine
        do throws(AccordError) {
            engine = try packs.engine()
        } catch {
            PackSelection.report(error)
            throw ExitCode(1)
        }
        if !documents.languageIsLoaded(in: engine) {
            throw ExitCode(1)
        }
        let reference = documents.reference, language = documents.language
        var pages: [HTMLReport.Document] = []
        var failed = false
        func add(_ title: String, _ text: String) {
            let analysis = engine.analyze(text, language: language, referenceDate: reference)
            for warning in analysis.warnings {
                var located = warning
                located.location?.file = title
                StandardError.write(located.description)
            }
            pages.append(HTMLReport.Document(title: title, text: text, analysis: analysis))
        }

        // Whole files, not LineReader: the page holds every text anyway, and reading a directory
        // this way is a nil to report rather than a trap inside FileHandle.
        let sources: [(name: String, data: Data?)] = files.isEmpty
            ? [("<stdin>", FileHandle.standardInput.readDataToEndOfFile())]
            : files.map { ($0, FileManager.default.contents(atPath: $0)) }
        for source in sources {
            guard let data = source.data else {
                StandardError.write("\(source.name):1:1: error: the file cannot be read [ACC101]\nhint: check the path and permissions")
                failed = true
                continue
            }
            switch input {
            case .text:
                // A report shows the text to people: a wrong encoding is refused rather than shown
                // as replacement characters that hide which file was saved wrongly.
                guard let text = String(validating: data, as: UTF8.self) else {
                    let (line, column) = Self.firstInvalidUTF8(in: data)
                    StandardError.write("\(source.name):\(line):\(column): error: the file is not valid UTF-8 text [ACC102]\nhint: save it as UTF-8 (iconv -f LATIN1 -t UTF-8 converts Latin-1)")
                    failed = true
                    continue
                }
                add(source.name, text)
            case .jsonl:
                var reader = JSONLinesReader()
                for line in Self.lines(of: data) {
                    let number = reader.count()
                    guard String(validating: line, as: UTF8.self) != nil else {
                        let column = Self.firstInvalidUTF8(in: line).column
                        StandardError.write("\(source.name):\(number):\(column): error: the line is not valid UTF-8 text [ACC102]\nhint: save the file as UTF-8")
                        failed = true
                        continue
                    }
                    switch JSONLinesReader.parse(line, number: number) {
                    case .skip:
                        continue
                    case .document(let id, let text):
                        add(id, text.string)
                    case .failure(_, let message):
                        StandardError.write("\(source.name):\(number):1: error: \(message) [ACC601]\nhint: each line must be a JSON object {\"id\": …, \"text\": \"…\"}")
                        failed = true
                    }
                }
            }
        }
        // Half a report would look complete: write nothing until every input is readable.
        if failed {
            StandardError.write("error: no report written")
            throw ExitCode(1)
        }

        let html = HTMLReport(title: title, documents: pages).render()
        if output == "-" {
            FileDescriptorWriter.writeAll(html.utf8, to: 1)
            return
        }
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            StandardError.write("\(output):1:1: error: the file cannot be written [ACC101]\nhint: check that its folder exists and is writable")
            throw ExitCode(1)
        }
    }

    /// The lines of `data` without their `\n` or `\r\n`; no empty last line after a final newline.
    static func lines(of data: Data) -> [[UInt8]] {
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            Array(line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...])
        }
        if data.last == UInt8(ascii: "\n") { lines.removeLast() }
        return lines
    }

    /// The 1-based line and column (in Unicode scalars) of the first byte sequence that is not UTF-8.
    static func firstInvalidUTF8(in bytes: some Sequence<UInt8>) -> (line: Int, column: Int) {
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        var line = 1
        var column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }
}
