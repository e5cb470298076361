// swift-tools-version:6.0
import PackageDescription

// Release builds of the library and the CLI are optimised with the branch and call counts in
// Profiles/accord.profdata (LLVM IR profile-guided optimisation: 8–9% less time per document on
// the benchmark corpus, README "Performance"). `bash Profiles/make-profile.sh` measures them anew
// after the hot code changes; a stale profile only leaves the changed functions unguided. The
// profile's format is this toolchain's LLVM's, so other compilers and targets build without it,
// as does the instrumented build that makes it (ACCORD_PROFILE_USE=0). A new profile alone does
// not rebuild existing objects (the compiler skips code generation when a module's IR is
// unchanged): remove `.build/release/Accord.build/*.o` and `.build/release/accord.build/*.o` first.
var profileGuided: [SwiftSetting] = []
#if compiler(>=6.3) && compiler(<6.4) && os(Linux) && arch(x86_64)
if Context.environment["ACCORD_PROFILE_USE"] != "0" {
    profileGuided = [.unsafeFlags(
        ["-Xfrontend", "-ir-profile-use=\(Context.packageDirectory)/Profiles/accord.profdata"],
        .when(configuration: .release))]
}
#endif

// The release CLI carries the Swift runtime and Foundation inside it (an 86 MB binary instead of
// 16 MB): the dynamic loader's symbol lookups and relocations for their shared libraries were a
// fifth of `accord extract`'s start-up on one paragraph (72 → 57 ms, median of 30), their pages
// 6.5 MB of its peak memory, and every runtime call went through a PLT stub. Its code is compiled
// against the static modules too, whose link entries bring in what they need (ICU among them):
// linking alone missed them. Foundation's static library makes the linker warn about `mktemp`.
// Debug builds (the tests) and the library link as usual.
let staticRuntime = BuildSettingCondition.when(platforms: [.linux], configuration: .release)

let package = Package(
    name: "Accord",
    products: [
        .library(name: "Accord", targets: ["Accord"]),
        .executable(name: "accord", targets: ["accord"]),
        .executable(name: "accord-examples", targets: ["accord-examples"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        // `swift package generate-documentation` (the DocC catalog in Sources/Accord/Accord.docc):
        // a command plugin only; no target links it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // The system libyaml (Debian `libyaml-dev`); only Sources/Accord/YAML touches it.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // glibc's `mallopt`, which the Swift Glibc module does not declare; the CLI's only C.
        .systemLibrary(name: "CAllocator"),
        // The shipped rule packs, as resources, so hosts need no file paths.
        .target(
            name: "AccordRules",
            path: "Rules",
            exclude: ["README.md"],
            sources: ["StandardPacks.swift"],
            resources: [.copy("vi"), .copy("en")]
        ),
        .target(
            name: "Accord",
            dependencies: ["CYAML", "AccordRules"],
            swiftSettings: [.enableExperimentalFeature("AccessLevelOnImport")] + profileGuided
        ),
        .executableTarget(
            name: "accord",
            dependencies: [
                "Accord", "CAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.enableExperimentalFeature("AccessLevelOnImport")] + profileGuided
                + [.unsafeFlags(["-static-stdlib"], staticRuntime)],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], staticRuntime)]
        ),
        // `swift build -c release && .build/release/accord-bench`: the measurements in README.
        .executableTarget(
            name: "accord-bench",
            dependencies: ["Accord"],
            exclude: ["baseline_ahocorasick.py"]
        ),
        // A host's own extractor, as an app would write it: used by the tour and covered by AccordTests.
        .target(
            name: "AccordExampleExtractors",
            dependencies: ["Accord"],
            path: "Examples/Extractors"
        ),
        .executableTarget(
            name: "accord-examples",
            dependencies: ["Accord", "AccordExampleExtractors"],
            path: "Examples/accord-examples"
        ),
        .testTarget(
            name: "AccordTests",
            dependencies: ["Accord", "AccordExampleExtractors"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
