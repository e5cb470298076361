#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A one-line progress display on standard error: documents, megabytes, speed and time left.
///
/// It shows only when standard error is a terminal, so piped and logged runs stay clean.
struct ProgressDisplay {
    private let enabled: Bool
    private let totalBytes: Int?
    private let start = Date()
    private var lastDraw = Date.distantPast
    private(set) var documents = 0
    private(set) var bytes = 0

    init(totalBytes: Int?) {
        enabled = isatty(2) == 1
        self.totalBytes = totalBytes
    }

    mutating func advance(documents count: Int, bytes size: Int) {
        documents += count
        bytes += size
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.25 else { return }
        lastDraw = now
        draw(now: now)
    }

    func finish() {
        guard enabled else { return }
        StandardError.writeRaw("\r\u{1B}[K")
    }

    private func draw(now: Date) {
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let speed = Double(bytes) / 1_000_000 / elapsed
        var line = "\r\(documents) documents  \(format(Double(bytes) / 1_000_000)) MB  \(format(speed)) MB/s"
        if let totalBytes, totalBytes > bytes, speed > 0 {
            let remaining = Double(totalBytes - bytes) / 1_000_000 / speed
            line += "  ETA \(Int(remaining) / 60):" + String(format: "%02d", Int(remaining) % 60)
        }
        StandardError.writeRaw(line + "\u{1B}[K")
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
