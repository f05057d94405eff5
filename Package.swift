// swift-tools-version: 6.0
import PackageDescription

// No dependencies: the toolchain, plus two C libraries that every Linux and Apple system ships
// (SQLite for iPhone `sms.db`, zlib for the SMS Import/Export `.zip`).
let package = Package(
    name: "smsguard",
    products: [
        .executable(name: "smsguard", targets: ["smsguard-tool"]),
        .library(name: "SMSGuard", targets: ["SMSGuard"]),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .target(name: "SMSGuard", dependencies: ["CSQLite", "CZlib"]),
        .target(name: "SMSGuardCLI", dependencies: ["SMSGuard"]),
        .executableTarget(name: "smsguard-tool", dependencies: ["SMSGuardCLI"]),
        .executableTarget(name: "smsguard-bench", dependencies: ["SMSGuard"]),
        .executableTarget(name: "smsguard-codegen", dependencies: ["SMSGuard"]),
        .testTarget(name: "SMSGuardTests", dependencies: ["SMSGuard"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SMSGuardCLITests", dependencies: ["SMSGuardCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
