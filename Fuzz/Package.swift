// swift-tools-version: 6.1
// sprintplan fuzzing harness — GPL-3.0-or-later, like sprintplan.
//
// Not part of the normal build. libFuzzer targets, built with the address sanitizer:
//   scripts/fuzz [SECONDS]     (builds, runs each target, keeps the corpus in Fuzz/Corpus)
import PackageDescription

let package = Package(
    name: "sprintplan-fuzz",
    dependencies: [.package(name: "sprintplan", path: "..")],
    targets: [
        /// Raw bytes into the JSON parser, decoder and validator.
        .executableTarget(name: "FuzzLoader", dependencies: [.product(name: "ScenarioIO", package: "sprintplan")]),
        /// Bytes that choose mutations of a valid scenario, through load → validate → score →
        /// model → solve (short limit) → verify → render.
        .executableTarget(
            name: "FuzzPipeline",
            dependencies: [
                .product(name: "ScenarioIO", package: "sprintplan"), .product(name: "Scoring", package: "sprintplan"),
                .product(name: "Planner", package: "sprintplan"), .product(name: "GLPKSolver", package: "sprintplan"),
                .product(name: "Reporting", package: "sprintplan"),
                .product(name: "ScenarioGeneration", package: "sprintplan"),
            ]),
    ]
)
