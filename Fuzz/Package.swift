// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for the audit package. Built apart from the main package, with the
// sanitizers, by `Fuzz/run.sh` (see Fuzz/README.md):
//
//   swift build -c release --package-path Fuzz \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
let package = Package(
  name: "AuditFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "audit", path: "..")],
  targets: [
    .target(
      name: "FuzzSupport",
      dependencies: [.product(name: "AuditEngine", package: "audit")]),
    .executableTarget(
      name: "FuzzYAMLReader",
      dependencies: ["FuzzSupport", .product(name: "AuditEngine", package: "audit")]),
    .executableTarget(
      name: "FuzzCaseDecoder",
      dependencies: ["FuzzSupport", .product(name: "AuditEngine", package: "audit")]),
    .executableTarget(
      name: "FuzzExpression",
      dependencies: ["FuzzSupport", .product(name: "AuditEngine", package: "audit")]),
  ]
)
