// swift-tools-version: 6.1
// libFuzzer targets for Onym's readers, scopers and linter; built and run by
// Scripts/fuzz.sh with -sanitize=fuzzer,address (not part of the main build or CI).
import PackageDescription

let package = Package(
    name: "OnymFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Onym", path: "..")],
    targets: [
        .executableTarget(
            name: "OnymFuzz",
            dependencies: [
                .product(name: "OnymText", package: "Onym"),
                .product(name: "OnymGlossary", package: "Onym"),
                .product(name: "OnymInterchange", package: "Onym"),
                .product(name: "OnymLint", package: "Onym"),
                .product(name: "OnymTM", package: "Onym"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
