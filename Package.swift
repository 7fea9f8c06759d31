// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Onym",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "onym", targets: ["onym"]),
        .library(name: "OnymText", targets: ["OnymText"]),
        .library(name: "OnymGlossary", targets: ["OnymGlossary"]),
        .library(name: "OnymInterchange", targets: ["OnymInterchange"]),
        .library(name: "OnymStore", targets: ["OnymStore"]),
        .library(name: "OnymLint", targets: ["OnymLint"]),
        .library(name: "OnymTM", targets: ["OnymTM"]),
        .library(name: "OnymKit", targets: ["OnymKit"]),
        .library(name: "OnymServer", targets: ["OnymServer"]),
        .library(name: "OnymLSP", targets: ["OnymLSP"]),
        .library(name: "OnymMCP", targets: ["OnymMCP"]),
    ],
    traits: [
        // Off in a plain `swift build`: the PostgreSQL client brings swift-nio-ssl and swift-crypto,
        // whose BoringSSL copies were half of a first build. `swift build --traits PostgreSQL`
        // (Scripts/release.sh and CI do) opens postgres:// stores.
        .trait(name: "PostgreSQL", description: "Open postgres:// stores (the PostgreSQL client, postgres-nio)."),
        // Off in a plain build too: `onym serve` stands on Hummingbird and SwiftNIO, which were
        // most of what was left of a first `swift run onym lint` once PostgreSQL was out. The
        // OnymServer library (and its tests) builds either way; only the `onym` binary leaves it
        // out. `swift build --traits Server` (Scripts/release.sh and CI do) has `onym serve`.
        .trait(name: "Server", description: "`onym serve`: the HTTP server (Hummingbird on SwiftNIO)."),
        .default(enabledTraits: []),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Without its default ConfigurationSupport trait: onym configures the server itself,
        // and swift-configuration was a minute of every first build.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Pre-1.0: pinned exactly.
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", exact: "0.12.1"),
    ],
    targets: [
        // The only code that includes <unicode/*.h>; see DESIGN.md "Layout".
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),
        .target(name: "OnymText", dependencies: ["CICU"]),
        // The core: the model, YAML glossaries, locale profiles, the rules, generated variants,
        // lookups in memory, the glossary cache.
        .target(
            name: "OnymGlossary",
            dependencies: ["OnymText", .product(name: "Yams", package: "Yams")]
        ),
        // Reading and writing glossaries in other formats (CSV layouts, TBX, JSON, YAML out).
        .target(
            name: "OnymInterchange",
            dependencies: ["OnymGlossary", "OnymText", .product(name: "CSV", package: "CSV.swift")]
        ),
        // The SQL store: SQLite (GRDB) and, with the PostgreSQL trait, PostgreSQL (postgres-nio)
        // behind one connection.
        .target(
            name: "OnymStore",
            dependencies: [
                "OnymGlossary",
                "OnymText",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                // The PostgreSQL connection only (Sources/OnymStore/SQL/PostgresStoreConnection.swift).
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
                .product(name: "NIOCore", package: "swift-nio", condition: .when(traits: ["PostgreSQL"])),
                .product(name: "NIOPosix", package: "swift-nio", condition: .when(traits: ["PostgreSQL"])),
                .product(name: "Logging", package: "swift-log", condition: .when(traits: ["PostgreSQL"])),
            ]
        ),
        // Handed a glossary, never the store: the linter does not link a database client.
        .target(name: "OnymLint", dependencies: ["OnymGlossary", "OnymText"]),
        .target(
            name: "OnymTM",
            dependencies: ["OnymLint", "OnymStore", "OnymGlossary", "OnymText", .product(name: "CSV", package: "CSV.swift")]
        ),
        // The front-end layer the CLI (and the servers) share.
        .target(
            name: "OnymKit",
            dependencies: [
                "OnymGlossary", "OnymInterchange", "OnymStore", "OnymLint", "OnymTM", "OnymText",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // `onym serve`: the HTTP server (JSON API, LanguageTool's API, the lookup page) on OnymKit.
        .target(
            name: "OnymServer",
            dependencies: [
                "OnymKit", "OnymGlossary", "OnymLint", "OnymStore", "OnymText",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // `onym lsp`: the Language Server Protocol on OnymKit.
        .target(
            name: "OnymLSP",
            dependencies: ["OnymKit", "OnymGlossary", "OnymLint", "OnymStore"]
        ),
        // `onym mcp`: the Model Context Protocol (tools and resources) on OnymKit.
        .target(
            name: "OnymMCP",
            dependencies: ["OnymKit", "OnymGlossary", "OnymLint", "OnymText", .product(name: "MCP", package: "swift-sdk"),
                           .product(name: "Logging", package: "swift-log")]
        ),
        .executableTarget(
            name: "onym",
            dependencies: [
                "OnymText",
                "OnymGlossary",
                "OnymInterchange",
                "OnymStore",
                "OnymLint",
                "OnymTM",
                "OnymKit",
                .target(name: "OnymServer", condition: .when(traits: ["Server"])),
                "OnymLSP",
                "OnymMCP",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The maintainers' generators (embedded resources, the countries glossary): not shipped.
        .executableTarget(
            name: "onym-generate",
            dependencies: ["OnymGlossary", "OnymInterchange", "OnymText"],
            path: "Sources/OnymGenerate"
        ),
        .executableTarget(
            name: "MatchKeyBenchmark",
            dependencies: ["OnymText", "CICU"],
            path: "Benchmarks/MatchKeyBenchmark"
        ),
        .executableTarget(
            name: "GlossaryBenchmark",
            dependencies: ["OnymGlossary", "OnymInterchange", .product(name: "Yams", package: "Yams")],
            path: "Benchmarks/GlossaryBenchmark"
        ),
        .executableTarget(
            name: "StoreBenchmark",
            dependencies: ["OnymGlossary", "OnymStore"],
            path: "Benchmarks/StoreBenchmark"
        ),
        .executableTarget(
            name: "TMBenchmark",
            dependencies: ["OnymTM", "OnymStore", "OnymGlossary"],
            path: "Benchmarks/TMBenchmark"
        ),
        .testTarget(name: "OnymTextTests", dependencies: ["OnymText"]),
        // What several test targets share (a store on each backend).
        .target(name: "OnymTestSupport", path: "Tests/OnymTestSupport"),
        .testTarget(name: "OnymGlossaryTests", dependencies: ["OnymGlossary", "OnymTestSupport"]),
        .testTarget(name: "OnymInterchangeTests", dependencies: ["OnymInterchange", "OnymGlossary", "OnymTestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "OnymStoreTests",
            dependencies: ["OnymStore", "OnymGlossary", "OnymTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "OnymLintTests", dependencies: ["OnymLint", "OnymTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "OnymTMTests", dependencies: ["OnymTM", "OnymStore", "OnymGlossary", "OnymTestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "OnymServerTests",
            dependencies: ["OnymServer", "OnymKit", "OnymGlossary", "OnymInterchange", "OnymTestSupport", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .testTarget(name: "OnymLSPTests", dependencies: ["OnymLSP"]),
        .testTarget(name: "OnymKitTests", dependencies: ["OnymKit", "OnymGlossary", "OnymLint", "OnymTM", "OnymTestSupport"]),
        .testTarget(name: "OnymCLITests", dependencies: ["onym", "OnymTestSupport"]),
        .testTarget(name: "OnymGenerateTests", dependencies: ["onym-generate", "OnymGlossary", "OnymText"], path: "Tests/OnymGenerateTests"),
    ],
    swiftLanguageModes: [.v6]
)
