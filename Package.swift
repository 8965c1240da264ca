// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parley",
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyKit", targets: ["ParleyKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // The system libsqlite3; only ParleyStore imports it.
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Build tool: turns Migrations/*.sql and seeds/*.tsv into Swift string literals.
        .executableTarget(name: "embed-files"),
        .plugin(
            name: "EmbedFiles",
            capability: .buildTool(),
            dependencies: ["embed-files"]
        ),
        .target(name: "ParleyResources", plugins: ["EmbedFiles"]),
        .target(
            name: "ParleyExtract",
            dependencies: [
                "ParleyResources",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "ParleyStore",
            dependencies: [
                "CSQLite",
                "ParleyExtract",
                "ParleyResources",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "ParleyKit",
            dependencies: [
                "ParleyExtract",
                "ParleyStore",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The benchmark suite (`make bench`): corpus generator, timings, BENCHMARKS.md.
        .executableTarget(
            name: "parley-bench",
            dependencies: [
                "ParleyKit",
                "ParleyResources",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ParleyStoreTests", dependencies: ["ParleyStore"]),
        .testTarget(name: "ParleyExtractTests", dependencies: ["ParleyExtract"]),
        .testTarget(name: "ParleyCLITests", dependencies: ["ParleyKit", "ParleyStore"]),
    ]
)
