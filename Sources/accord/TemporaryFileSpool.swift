import Accord
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps a streamed document's result arrays in unlinked temporary files, so a document of any
/// length costs the CLI the same memory: its JSON is about three times its text.
///
/// Each array gets a file when it gets its first bytes, in `$TMPDIR` (else `/tmp`); the files
/// are unlinked as soon as they are made, so they vanish with the process however it ends.
final class TemporaryFileSpool: JSONArraySpool {
    /// Why the results could not be kept or read back.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private static let bufferSize = 1 << 16
    private var descriptors: [JSONWriter.ResultArray: Int32] = [:]
    /// Bytes appended to each array and not yet written to its file.
    private var buffers: [JSONWriter.ResultArray: [UInt8]] = [:]
    /// The first failure to make or write a file; once set, appends are dropped.
    private(set) var failure: Failure?
    let directory: String

    init() {
        let variable = ProcessInfo.processInfo.environment["TMPDIR"] ?? ""
        directory = variable.isEmpty ? "/tmp" : variable
    }

    deinit {
        for descriptor in descriptors.values { close(descriptor) }
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>, to array: JSONWriter.ResultArray) {
        guard failure == nil else { return }
        // Small appends (a comma, a short window's objects) are gathered; large ones go straight
        // to the file, so no buffer grows past its size.
        if bytes.count < Self.bufferSize {
            buffers[array, default: []].append(contentsOf: bytes)
            if let count = buffers[array]?.count, count < Self.bufferSize { return }
            writeBuffer(of: array)
        } else {
            writeBuffer(of: array)
            if let descriptor = descriptors[array] ?? makeFile(for: array) { writeAll(bytes, to: descriptor) }
        }
    }

    func read(_ array: JSONWriter.ResultArray, _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws {
        if let failure { throw failure }
        if let descriptor = descriptors[array] {
            writeBuffer(of: array)
            if let failure { throw failure }
            guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw Failure(description: "cannot read back a temporary file: \(Self.reason())") }
            var chunk = [UInt8](repeating: 0, count: Self.bufferSize)
            while true {
                let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { throw Failure(description: "cannot read back a temporary file: \(Self.reason())") }
                if count == 0 { break }
                chunk.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
            }
        } else {
            buffers[array, default: []].withUnsafeBufferPointer(body)
        }
    }

    /// Writes an array's buffered bytes to its file, making the file first if need be.
    private func writeBuffer(of array: JSONWriter.ResultArray) {
        guard failure == nil, let buffer = buffers[array], !buffer.isEmpty else { return }
        guard let descriptor = descriptors[array] ?? makeFile(for: array) else { return }
        buffer.withUnsafeBufferPointer { writeAll($0, to: descriptor) }
        buffers[array]?.removeAll(keepingCapacity: true)
    }

    /// `write(2)` until all is written; a failure is kept for ``read(_:_:)`` to throw.
    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
        guard let base = bytes.baseAddress, failure == nil else { return }
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, base + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                failure = Failure(description: "cannot write a temporary file in \(directory): \(Self.reason())")
                return
            }
            offset += written
        }
    }

    private func makeFile(for array: JSONWriter.ResultArray) -> Int32? {
        var template = Array("\(directory)/accord-results-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else {
            failure = Failure(description: "cannot make a temporary file in \(directory): \(Self.reason())")
            return nil
        }
        // Unlinked at once: nothing is left behind, even when the process is killed.
        template.withUnsafeBufferPointer { buffer in _ = buffer.baseAddress.map { unlink($0) } }
        descriptors[array] = descriptor
        return descriptor
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
