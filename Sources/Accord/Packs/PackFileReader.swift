import Foundation

/// Reads pack files from disk with size limits and clear errors.
enum PackFileReader {
    /// The bytes of a file, refusing directories, unreadable and oversized files.
    static func read(path: String, limits: Limits) throws(AccordError) -> [UInt8] {
        let location = SourceLocation(file: path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw AccordError(.fileUnreadable, "no such file", hint: "check the path", at: location)
        }
        if isDirectory.boolValue {
            throw AccordError(.fileUnreadable, "this is a directory, not a pack file",
                              hint: "pass the directory where a directory is expected, or name a .yaml file", at: location)
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
           size > limits.maxPackFileBytes {
            throw AccordError(.fileTooLarge, "the file is \(size) bytes, over the limit of \(limits.maxPackFileBytes)",
                              hint: "split the pack into several files, or raise Limits.maxPackFileBytes", at: location)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AccordError(.fileUnreadable, "the file cannot be read", hint: "check its permissions", at: location)
        }
        if data.count > limits.maxPackFileBytes {
            throw AccordError(.fileTooLarge, "the file is \(data.count) bytes, over the limit of \(limits.maxPackFileBytes)",
                              hint: "split the pack into several files, or raise Limits.maxPackFileBytes", at: location)
        }
        return [UInt8](data)
    }

    /// The path to show in diagnostics: relative to the current directory when the file is below it,
    /// so `accord lint Rules` prints `Rules/vi/x.yaml:3:1`, as the user typed it.
    static func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// The `.yaml`/`.yml` files under a directory, sorted by path so loading is deterministic.
    static func packFiles(in directory: URL) throws(AccordError) -> [URL] {
        let location = SourceLocation(file: directory.path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw AccordError(.fileUnreadable, "no such directory", hint: "check the path", at: location)
        }
        guard isDirectory.boolValue else { return [directory] }
        guard let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else {
            throw AccordError(.fileUnreadable, "the directory cannot be read", hint: "check its permissions", at: location)
        }
        var files: [URL] = []
        for case let url as URL in enumerator where ["yaml", "yml"].contains(url.pathExtension.lowercased()) {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }
}
