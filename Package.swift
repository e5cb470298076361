// swift-tools-version:6.0
import PackageDescription

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
            swiftSettings: [.enableExperimentalFeature("AccessLevelOnImport")]
        ),
        .executableTarget(
            name: "accord",
            dependencies: [
                "Accord",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
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
