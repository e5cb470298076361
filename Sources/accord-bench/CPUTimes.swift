import Foundation

/// The machine's CPU time so far, from the first line of `/proc/stat` (clock ticks, all CPUs),
/// so a benchmark can say how much of it the hypervisor gave to other guests ("steal").
///
/// On a shared virtual machine, wall-time figures move with the neighbours: a `--jobs 2` run
/// whose second CPU is taken away for a third of the time cannot scale, whatever the code does.
struct CPUTimes {
    /// Ticks spent on anything: user, nice, system, idle, I/O wait, interrupts and steal.
    var total: UInt64
    /// Ticks the hypervisor ran other guests while this machine wanted the CPU.
    var steal: UInt64

    /// The counters now; `nil` where `/proc/stat` is missing or unreadable (not Linux).
    static func now() -> CPUTimes? {
        guard let stat = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let line = stat.split(separator: "\n").first, line.hasPrefix("cpu ") else { return nil }
        // cpu user nice system idle iowait irq softirq steal guest guest_nice (guest time is in user).
        let fields = line.split(separator: " ").dropFirst().prefix(8).compactMap { UInt64($0) }
        guard fields.count == 8 else { return nil }
        return CPUTimes(total: fields.reduce(0, +), steal: fields[7])
    }

    /// The share of the CPU time between `earlier` and this that was stolen, in percent.
    func stealPercent(since earlier: CPUTimes) -> Double? {
        guard total > earlier.total, steal >= earlier.steal else { return nil }
        return Double(steal - earlier.steal) / Double(total - earlier.total) * 100
    }
}
