// swift-tools-version: 6.1
//
// sprintplan — end-of-sprint decisions for the Smart Cities model region MYK10.
// Copyright (C) 2026 the sprintplan authors.
// SPDX-License-Identifier: GPL-3.0-or-later
// This program is free software: you can redistribute it and/or modify it under the terms of the
// GNU General Public License as published by the Free Software Foundation, either version 3 of the
// License, or (at your option) any later version. It links GLPK, which is GPL-3.0.

import PackageDescription

// MARK: - Products

let package = Package(
    name: "sprintplan",
    products: [
        .executable(name: "sprintplan", targets: ["sprintplan"]),
        .library(name: "SprintModel", targets: ["SprintModel"]),
        .library(name: "ScenarioIO", targets: ["ScenarioIO"]),
        .library(name: "Scoring", targets: ["Scoring"]),
        .library(name: "MILP", targets: ["MILP"]),
        .library(name: "PlanCheck", targets: ["PlanCheck"]),
        .library(name: "Planner", targets: ["Planner"]),
        .library(name: "GLPKSolver", targets: ["GLPKSolver"]),
        .library(name: "Reporting", targets: ["Reporting"]),
        .library(name: "ScenarioGeneration", targets: ["ScenarioGeneration"]),
        .library(name: "SprintServer", targets: ["SprintServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The meeting page (`sprintplan serve`); its configuration-file support is not needed.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
    ],
    targets: [
        // MARK: - Domain

        /// Plain value types of the domain: no I/O, no solver.
        .target(name: "SprintModel"),

        // MARK: - Input

        /// JSON scenario files: position-tracking parser, `extends`, decoding, validation;
        /// decision records; measures as CSV sheets.
        .target(name: "ScenarioIO", dependencies: ["SprintModel"]),

        // MARK: - Scoring

        /// Gates, normalisation, weighted sum and TOPSIS, explanations, weight sensitivity.
        .target(name: "Scoring", dependencies: ["SprintModel"]),

        // MARK: - Optimisation

        /// Solver-independent mixed-integer programs: building, validation, LP/MPS export.
        .target(name: "MILP"),

        /// GLPK's C API, for GLPKSolver only. Debian: `apt-get install libglpk-dev`.
        .systemLibrary(name: "CGLPK", path: "Sources/CGLPK", providers: [.apt(["libglpk-dev"])]),

        /// The only Swift module that touches GLPK: one synchronous, silent, validated solve.
        .target(name: "GLPKSolver", dependencies: ["MILP", "CGLPK"]),

        // MARK: - Planning

        /// The independent plan verifier and plan value: recomputes every rule and every value
        /// part from the scenario alone. It cannot see the MILP, so it shares no code with it.
        .target(name: "PlanCheck", dependencies: ["SprintModel", "Scoring"]),

        /// Scenario + scores → MILP → plan; search schedule; explanations; infeasibility diagnosis.
        .target(name: "Planner", dependencies: ["SprintModel", "Scoring", "PlanCheck", "MILP"]),

        /// Generated scenarios of every scale (district, region, programme, portfolio), seeded.
        .target(name: "ScenarioGeneration", dependencies: ["SprintModel"]),

        // MARK: - Output

        /// Renderers: text tables, Markdown, CSV, JSON (pure functions, golden-tested).
        .target(name: "Reporting", dependencies: ["SprintModel", "ScenarioIO", "Scoring", "PlanCheck", "Planner"]),

        // MARK: - Meeting page

        /// `sprintplan serve`: the local web page for the end-of-sprint meeting and its JSON API.
        /// The solver is injected by the command line, as for every other command.
        .target(
            name: "SprintServer",
            dependencies: [
                "SprintModel", "ScenarioIO", "Scoring", "MILP", "PlanCheck", "Planner", "Reporting",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.embedInCode("Page/index.html"), .embedInCode("Page/page.css"), .embedInCode("Page/page.js")]
        ),

        // MARK: - Command-line tool

        .executableTarget(
            name: "sprintplan",
            dependencies: [
                "SprintModel", "ScenarioIO", "Scoring", "MILP", "GLPKSolver", "PlanCheck", "Planner", "Reporting",
                "ScenarioGeneration", "SprintServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Tests

        .testTarget(name: "SprintModelTests", dependencies: ["SprintModel"]),
        .testTarget(
            name: "ScenarioIOTests",
            dependencies: ["ScenarioIO", "SprintModel"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "ScoringTests", dependencies: ["Scoring", "SprintModel", "ScenarioIO"]),
        .testTarget(name: "MILPTests", dependencies: ["MILP", "GLPKSolver", "SprintModel"]),
        .testTarget(
            name: "PlannerTests",
            dependencies: [
                "Planner", "PlanCheck", "Scoring", "SprintModel", "ScenarioIO", "MILP", "GLPKSolver",
                "ScenarioGeneration", "Reporting",
            ]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "SprintModel", "PlanCheck", "Planner"]),
        .testTarget(
            name: "SprintServerTests",
            dependencies: [
                "SprintServer", "SprintModel", "ScenarioIO", "Planner", "GLPKSolver", "Reporting",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "CLITests", dependencies: ["sprintplan", "ScenarioGeneration", "SprintModel"], exclude: ["Golden"]),
    ]
)

// MARK: - Benchmarks (only with SPRINTPLAN_BENCHMARKS=1, so ordinary builds and tests do not pay for them)
//
//   SPRINTPLAN_BENCHMARKS=1 swift package benchmark
//   SPRINTPLAN_BENCHMARKS=1 swift package benchmark thresholds check   (what CI runs)

if Context.environment["SPRINTPLAN_BENCHMARKS"] == "1" {
    package.dependencies.append(
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"])
    )
    for (name, dependencies) in [
        ("ScenarioBenchmarks", ["SprintModel", "ScenarioIO"]),
        ("ScoringBenchmarks", ["SprintModel", "Scoring"]),
        ("MILPBenchmarks", ["SprintModel", "MILP", "GLPKSolver"]),
        (
            "PlannerBenchmarks",
            [
                "SprintModel", "ScenarioIO", "Scoring", "MILP", "GLPKSolver", "PlanCheck", "Planner",
                "ScenarioGeneration",
            ]
        ),
        (
            "ReportBenchmarks",
            ["SprintModel", "ScenarioIO", "Scoring", "GLPKSolver", "PlanCheck", "Planner", "Reporting"]
        ),
    ] {
        package.targets.append(
            .executableTarget(
                name: name,
                dependencies: dependencies.map { .target(name: $0) } + [
                    .product(name: "Benchmark", package: "benchmark")
                ],
                path: "Benchmarks/\(name)",
                plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
            )
        )
    }
}
