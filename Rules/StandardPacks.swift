import Foundation

/// Where the shipped rule packs are, as SwiftPM resources of this target.
///
/// Hosts never need this path: `Engine.standard()` loads from it.
package enum StandardPacks {
    /// The directories of the shipped packs, one per language, in a fixed order.
    package static var directories: [URL] {
        ["vi", "en"].compactMap { Bundle.module.url(forResource: $0, withExtension: nil) }
    }
}
