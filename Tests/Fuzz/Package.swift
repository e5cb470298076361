// swift-tools-version:6.0
// libFuzzer targets for Accord, kept in their own package: building the root package with
// `--sanitize=fuzzer` would break `swift test` there.
//
//   cd Tests/Fuzz && swift build -c debug --sanitize=fuzzer --sanitize=address
//   .build/debug/fuzz-pack corpus/pack -max_total_time=60
//   .build/debug/fuzz-analyze corpus/analyze -max_total_time=60
//
// or `bash run.sh SECONDS` for both.
import PackageDescription

let package = Package(
    name: "AccordFuzz",
    dependencies: [.package(name: "Accord", path: "../..")],
    targets: [
        // YAML reader, pack schema, pattern parser and compiler: arbitrary bytes as a pack.
        .executableTarget(
            name: "fuzz-pack",
            dependencies: [.product(name: "Accord", package: "Accord")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        // Tokenizer, normaliser, matching and results: arbitrary bytes, decoded leniently, through the standard packs.
        .executableTarget(
            name: "fuzz-analyze",
            dependencies: [.product(name: "Accord", package: "Accord")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
