import Accord
import ArgumentParser
import Foundation

/// `accord extract [FILE…]`: analyses text and prints the results as JSON or text.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Analyse text files (or standard input) and print the results.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }
    enum InputFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @Argument(help: "Text files to analyse; standard input when none.")
    var files: [String] = []

    @OptionGroup var packs: PackOptions

    @Option(help: "Output format: json (one object per document) or text.")
    var format: Format = .json

    @Option(help: "Input format: text (each file is one document) or jsonl (one {\"id\", \"text\"} object per line).")
    var input: InputFormat = .text

    @OptionGroup var documents: DocumentOptions

    @Option(help: "Documents analysed in parallel (jsonl input); output keeps the input order. Default: all cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("max-results"),
            help: "Results one document keeps; past it the rest are dropped with an ACC504 warning. Default: 100000.")
    var maxResults: Int = Limits.default.maxMatchesPerDocument

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxResults < 0 { throw ValidationError("--max-results must be 0 or more") }
    }

    private func analyze(_ engine: Engine, _ text: String) -> Analysis {
        engine.analyze(text, language: documents.language, referenceDate: documents.reference)
    }

    func run() throws {
        let engine: Engine
        do throws(AccordError) {
            var limits = Limits.default
            limits.maxMatchesPerDocument = maxResults
            engine = try packs.engine(limits: limits)
        } catch {
            PackSelection.report(error)
            throw ExitCode(1)
        }
        if !documents.languageIsLoaded(in: engine) { throw ExitCode(1) }
        AllocatorTuning.keepFreedMemory()
        var output = LineWriter()
        var failed = false
        switch input {
        case .text where format == .json:
            // Each file is streamed: its results are written as its windows are analysed.
            var session = AnalysisSession(engine: engine)
            if files.isEmpty {
                failed = !streamFile(FileHandle.standardInput, name: "<stdin>", id: nil, session: &session, output: &output)
            }
            for file in files {
                guard let handle = FileHandle(forReadingAtPath: file) else {
                    StandardError.write("\(file):1:1: error: the file cannot be read [ACC101]\nhint: check the path and permissions")
                    failed = true
                    continue
                }
                failed = !streamFile(handle, name: file, id: files.count > 1 ? file : nil, session: &session, output: &output) || failed
            }
        case .text:
            if files.isEmpty {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                emit(to: &output, analyze(engine, String(decoding: data, as: UTF8.self)), name: "<stdin>")
            }
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    StandardError.write("\(file):1:1: error: the file cannot be read [ACC101]\nhint: check the path and permissions")
                    failed = true
                    continue
                }
                emit(to: &output, analyze(engine, String(decoding: data, as: UTF8.self)), name: file)
            }
        case .jsonl:
            let sources: [(name: String, handle: FileHandle?)] = files.isEmpty
                ? [("<stdin>", FileHandle.standardInput)]
                : files.map { ($0, FileHandle(forReadingAtPath: $0)) }
            for source in sources {
                guard let handle = source.handle else {
                    StandardError.write("\(source.name):1:1: error: the file cannot be read [ACC101]\nhint: check the path and permissions")
                    failed = true
                    continue
                }
                var lines = LineReader(handle: handle)
                var reader = JSONLinesReader()
                let size = files.isEmpty ? nil : (try? FileManager.default.attributesOfItem(atPath: source.name))?[.size] as? Int
                var progress = ProgressDisplay(totalBytes: size)
                // Batches keep memory flat and let --jobs workers share the analysis; output stays in
                // input order. A batch ends at a count or a size, whichever comes first, so long
                // documents do not pile up; a line past `longLineBytes` is streamed on its own.
                let batchSize = max(64, jobs * 256)
                let longLine = format == .json ? Self.longLineBytes : Int.max
                var renderer = ParallelRenderer(jobs: jobs, engine: engine)
                let writer = jobs > 1 ? BatchWriter() : nil
                var atEnd = false
                // With workers and a file to read, the next batch is read while the workers render
                // this one. Otherwise each batch is written before the next is read: one job has
                // rendered it already, and from a pipe the next lines may be long in coming (a
                // `tail -f` would see each batch's results only once the next batch was full).
                let readAhead = renderer.rendersInBackground && lines.readsFromFile
                // The batches begun and not yet written, oldest first: with read-ahead, the one the
                // workers render while this thread reads the next, then that next one too, begun
                // before the first is written so the workers go on into it (waiting for both
                // workers to finish a batch before the next began left one idle at each batch's end).
                var inFlight: [(lines: RenderingBatch<RenderedLine>, numbers: [Int], bytes: Int)] = []
                // Waits for the oldest batch in flight and writes it: on the writer's thread with
                // workers, here with one job.
                func land() {
                    guard !inFlight.isEmpty else { return }
                    let current = inFlight.removeFirst()
                    let rendered = renderer.finish(current.lines)
                    let numbers = current.numbers, name = source.name
                    if let writer {
                        writer.submit { output in Self.write(rendered, numbers: numbers, source: name, to: &output) }
                    } else {
                        failed = !Self.write(rendered, numbers: numbers, source: name, to: &output) || failed
                        // Every finished batch reaches the output before the next is analysed: an
                        // interrupted run loses only the batch in progress.
                        output.flush()
                    }
                    progress.advance(documents: numbers.count, bytes: current.bytes)
                }
                while !atEnd {
                    // A new array each time: the batch in flight still reads its own lines.
                    var batch: [[UInt8]] = []
                    var batchBytes = 0
                    var long = false
                    while batch.count < batchSize, batchBytes < Self.batchBytes {
                        guard let item = lines.next(longerThan: longLine) else { atEnd = true; break }
                        guard case .line(let line) = item else { long = true; break }
                        batch.append(line)
                        batchBytes += line.count + 1
                    }
                    if !batch.isEmpty {
                        let numbers = batch.map { _ in reader.count() }
                        inFlight.append((beginRender(batch, numbers: numbers, renderer: &renderer), numbers, batchBytes))
                    }
                    // With read-ahead, the newest batch stays in flight while the next is read.
                    while inFlight.count > (readAhead && !long ? 1 : 0) { land() }
                    if long {
                        // The batches before it are written first, to keep the input order.
                        if let writer { failed = !writer.finish() || failed }
                        let number = reader.count()
                        failed = !renderer.withMainSession { session in
                            streamRecord(from: &lines, number: number, source: source.name, session: &session,
                                         output: &output, progress: &progress)
                        } || failed
                        output.flush()
                    }
                }
                while !inFlight.isEmpty { land() }
                if let writer { failed = !writer.finish() || failed }
                progress.finish()
                if let failure = lines.failure {
                    StandardError.write("\(source.name):1:1: error: the input cannot be read (\(Self.reason(failure))) [ACC101]\nhint: name a JSONL file, or pipe the lines to standard input")
                    failed = true
                }
            }
        }
        output.flush()
        if failed { throw ExitCode(1) }
    }


    /// Lines longer than this are read and analysed in pieces (``streamRecord``), not whole: a
    /// document's analysis takes about twenty times its size while it runs, on each core.
    static let longLineBytes = 256 << 10
    /// A batch ends once its lines pass this many bytes: a batch's output (three times its
    /// input) is held until written, and with `--jobs` above 1 the one before it too.
    static let batchBytes = 1 << 20

    /// The operating system's words for a read failure (`Is a directory`).
    private static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        return underlying?.localizedDescription ?? (error as NSError).localizedDescription
    }

    /// Starts analysing a batch of JSONL lines on `jobs` threads; ``ParallelRenderer/finish(_:)``
    /// gives the lines' output in input order.
    ///
    /// The lines go to the workers a run at a time (at most ``longestRun``), each run's documents
    /// analysed together (``AnalysisSession/analyzeJSON(batch:language:referenceDate:)``).
    ///
    /// - Parameter numbers: Each line's number in its file, for messages.
    private func beginRender(_ lines: [[UInt8]], numbers: [Int], renderer: inout ParallelRenderer) -> RenderingBatch<RenderedLine> {
        let language = documents.language
        let reference = documents.reference
        let format = self.format
        // Workers parse their own lines too: parsing on this thread alone held --jobs back.
        return renderer.begin(lines.count, longestRun: Self.longestRun) { session, run -> [RenderedLine] in
            var rendered: [RenderedLine] = []
            rendered.reserveCapacity(run.count)
            var documents: [(utf8: [UInt8], id: String?)] = []
            var places: [Int] = []   // where each document's line goes in `rendered`
            for index in run {
                switch JSONLinesReader.parse(lines[index], number: numbers[index]) {
                case .skip:
                    rendered.append(.skip)
                case .document(let id, let text):
                    if format == .json {
                        places.append(rendered.count)
                        documents.append((text.utf8, id))
                        rendered.append(.skip)   // filled below
                    } else {
                        let analysis = session.analyze(text.string, language: language, referenceDate: reference)
                        rendered.append(.output(Array(TextReport.render(analysis, title: id).utf8),
                                                warnings: analysis.warnings.map { Self.warningLine($0, document: id) }))
                    }
                case .failure(let id, let message):
                    rendered.append(.failure(id: id, message: message))
                }
            }
            if !documents.isEmpty {
                let analysed = session.analyzeJSON(batch: documents, language: language, referenceDate: reference)
                for (number, line) in analysed.enumerated() {
                    let id = documents[number].id ?? ""   // every record here has one
                    rendered[places[number]] = .output(line.json, warnings: line.warnings.map { Self.warningLine($0, document: id) })
                }
            }
            return rendered
        }
    }

    /// The most lines a worker takes at a time, analysed together: enough for the documents'
    /// phases to keep the caches warm (``AnalysisSession/analyzeJSON(batch:language:referenceDate:)``
    /// takes them 16 at a time). Runs get shorter towards the end of a batch.
    static let longestRun = 32

    /// Writes a rendered batch: results to `output`, warnings and malformed lines to standard error.
    ///
    /// - Returns: False when any line was malformed.
    private static func write(_ rendered: [RenderedLine], numbers: [Int], source: String, to output: inout LineWriter) -> Bool {
        var ok = true
        for (index, item) in rendered.enumerated() {
            switch item {
            case .skip:
                continue
            case .output(let line, let warnings):
                output.write(bytes: line)
                for warning in warnings { StandardError.write("\(source):\(numbers[index]):1: \(warning)") }
            case .failure(let id, let message):
                ok = false
                reportFailure(id: id, message: message, line: numbers[index], source: source, output: &output)
            }
        }
        return ok
    }

    /// What a worker made of one input line.
    enum RenderedLine: Sendable {
        case skip
        case output([UInt8], warnings: [String])
        case failure(id: String?, message: String)
    }

    /// A document's warning as standard error shows it after the line's `file:line:1: `.
    static func warningLine(_ warning: Diagnostic, document id: String) -> String {
        "\(warning.severity): document \(id): \(warning.message) [\(warning.code.rawValue)]"
    }

    static func reportFailure(id: String?, message: String, line: Int, source: String, output: inout LineWriter) {
        StandardError.write("\(source):\(line):1: error: \(message) [ACC601]\nhint: each line must be a JSON object {\"id\": …, \"text\": \"…\"}")
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("id", id)
        writer.key("error"); writer.beginObject()
        writer.field("code", "ACC601"); writer.field("message", message); writer.field("line", line)
        writer.endObject()
        writer.endObject()
        output.write(writer.output)
    }

    /// Writes a whole text's analysis as the text report (JSON is streamed, see `streamFile`).
    private func emit(to output: inout LineWriter, _ analysis: Analysis, name: String) {
        for warning in analysis.warnings {
            var located = warning
            located.location?.file = name
            StandardError.write(located.description)
        }
        output.write(TextReport.render(analysis, title: name))
    }
}
