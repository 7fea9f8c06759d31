// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Onym",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "onym", targets: ["onym"]),
        .library(name: "OnymText", targets: ["OnymText"]),
        .library(name: "OnymGlossary", targets: ["OnymGlossary"]),
        .library(name: "OnymLint", targets: ["OnymLint"]),
        .library(name: "OnymTM", targets: ["OnymTM"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // The only code that includes <unicode/*.h>; see DESIGN.md "Layout".
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),
        .target(name: "OnymText", dependencies: ["CICU"]),
        .target(
            name: "OnymGlossary",
            dependencies: [
                "OnymText",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "OnymLint", dependencies: ["OnymGlossary", "OnymText"]),
        .target(
            name: "OnymTM",
            dependencies: ["OnymLint", "OnymGlossary", "OnymText", .product(name: "CSV", package: "CSV.swift")]
        ),
        .executableTarget(
            name: "onym",
            dependencies: [
                "OnymText",
                "OnymGlossary",
                "OnymLint",
                "OnymTM",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "MatchKeyBenchmark",
            dependencies: ["OnymText", "CICU"],
            path: "Benchmarks/MatchKeyBenchmark"
        ),
        .executableTarget(
            name: "GlossaryBenchmark",
            dependencies: ["OnymGlossary", .product(name: "Yams", package: "Yams")],
            path: "Benchmarks/GlossaryBenchmark"
        ),
        .executableTarget(
            name: "StoreBenchmark",
            dependencies: ["OnymGlossary"],
            path: "Benchmarks/StoreBenchmark"
        ),
        .executableTarget(
            name: "TMBenchmark",
            dependencies: ["OnymTM", "OnymGlossary"],
            path: "Benchmarks/TMBenchmark"
        ),
        .testTarget(name: "OnymTextTests", dependencies: ["OnymText"]),
        // What several test targets share (a store on each backend).
        .target(name: "OnymTestSupport", path: "Tests/OnymTestSupport"),
        .testTarget(name: "OnymGlossaryTests", dependencies: ["OnymGlossary", "OnymTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "OnymLintTests", dependencies: ["OnymLint"], exclude: ["Fixtures"]),
        .testTarget(name: "OnymTMTests", dependencies: ["OnymTM", "OnymTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "OnymCLITests", dependencies: ["onym"]),
    ],
    swiftLanguageModes: [.v6]
)
