// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "audit",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "audit", targets: ["audit"]),
    // For the fuzz targets in Fuzz/, a separate package built with the sanitizers.
    .library(
      name: "AuditEngine",
      targets: ["AuditCore", "AuditDigest", "AuditExpression", "AuditLoading", "AuditEngine"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
  ],
  targets: [
    .target(name: "AuditCore"),
    // SHA-256 for the chain of custody: the one module that sees swift-crypto.
    .target(name: "AuditDigest", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
    .target(name: "AuditExpression", dependencies: ["AuditCore"]),
    .systemLibrary(
      name: "CYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    .target(name: "AuditLoading", dependencies: ["AuditCore", "AuditDigest", "CYAML"]),
    .target(name: "AuditEngine", dependencies: ["AuditCore", "AuditDigest", "AuditExpression"]),
    .target(name: "AuditReport", dependencies: ["AuditCore", "AuditEngine"]),
    .executableTarget(
      name: "audit",
      dependencies: [
        "AuditCore", "AuditLoading", "AuditEngine", "AuditReport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "AuditTestSupport", dependencies: ["AuditLoading"], path: "Tests/AuditTestSupport"),
    .testTarget(name: "AuditCoreTests", dependencies: ["AuditCore", "AuditTestSupport"]),
    .testTarget(
      name: "AuditExpressionTests",
      dependencies: ["AuditCore", "AuditExpression", "AuditTestSupport"]),
    .testTarget(
      name: "AuditLoadingTests",
      dependencies: ["AuditCore", "AuditDigest", "AuditLoading", "AuditTestSupport"]),
    .testTarget(
      name: "AuditEngineTests",
      dependencies: [
        "AuditCore", "AuditDigest", "AuditExpression", "AuditLoading", "AuditEngine",
        "AuditTestSupport",
      ]),
    .testTarget(
      name: "AuditReportTests",
      dependencies: [
        "AuditCore", "AuditDigest", "AuditLoading", "AuditEngine", "AuditReport",
        "AuditTestSupport",
      ]),
    .testTarget(name: "auditTests", dependencies: ["audit", "AuditTestSupport"]),
  ]
)
