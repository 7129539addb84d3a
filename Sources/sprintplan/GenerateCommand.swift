import ArgumentParser
import Foundation
import ScenarioGeneration
import ScenarioIO
import SprintModel

/// `sprintplan generate`: writes a generated scenario (same seed, byte-identical file).
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a generated scenario: district, region, programme or portfolio scale.",
        discussion:
            "district = 3 Zielbilder × 4 teams × 15–20 measures; region = 10× that; programme = about 70 districts; portfolio = a funding-selection scenario without teams (--measures, --bundles, --prerequisites, --shared, --budget-share)."
    )

    @Option(help: "district, region, programme or portfolio.")
    var scale: Scale

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Quarters in the horizon (district/region/programme).")
    var quarters: Int = 4

    @Option(
        help: "District-based scales: this many districts instead of the scale's (1, 10 or 70), for scaling curves.")
    var districts: Int?

    @Option(help: "Portfolio: number of measures.")
    var measures: Int = 1_000

    @Option(help: "Portfolio: number of Lösungen.")
    var bundles: Int = 300

    @Option(help: "Portfolio: number of prerequisite pairs.")
    var prerequisites: Int = 500

    @Option(
        help:
            "Portfolio: chance (0…1) that a member of a Lösung is a measure another Lösung already bundles (shared measures)."
    )
    var shared: Double = 0

    @Option(name: .customLong("budget-share"), help: "Portfolio: the total budget as a share (0…1) of the total cost.")
    var budgetShare: Double = 0.4

    @Option(
        help: ArgumentHelp(
            "Portfolio: a Next-Release-Problem shape instead of --measures/--bundles/--prerequisites/--shared.",
            valueName: ReleasePlanningShape.all.map(\.name).joined(separator: "|")))
    var shape: String?

    @Option(help: "Output file.")
    var out: String

    enum Scale: String, ExpressibleByArgument, CaseIterable { case district, region, programme, portfolio }

    func validate() throws {
        if !(1...8).contains(quarters) { throw ValidationError("--quarters must be 1…8") }
        // Within the largest supported scenario (README: Limits); a pair list longer than the
        // pairs that exist could never be filled.
        // Shared measures let Lösungen outnumber measures' halves (Next-Release-Problem shapes).
        let maxBundles = shared > 0 ? measures : measures / 2
        if !(0...1).contains(shared) || !(0.01...1).contains(budgetShare) {
            throw ValidationError("--shared must be 0…1 and --budget-share 0.01…1")
        }
        if !(2...ScenarioLimits.measures).contains(measures) || !(0...maxBundles).contains(bundles)
            || !(0...min(4 * measures, measures * (measures - 1) / 2)).contains(prerequisites)
        {
            throw ValidationError(
                "sizes out of range: --measures 2…\(ScenarioLimits.measures), "
                    + "--bundles up to half the measures (all with --shared), --prerequisites up to 4 per measure")
        }
        if let shape, ReleasePlanningShape.named(shape) == nil || scale != .portfolio {
            throw ValidationError(
                "--shape is for the portfolio scale, one of "
                    + ReleasePlanningShape.all.map(\.name).joined(separator: ", "))
        }
        if let districts, !(1...200).contains(districts) { throw ValidationError("--districts must be 1…200") }
        if districts != nil && scale == .portfolio {
            throw ValidationError("--districts is for the district, region and programme scales")
        }
    }

    func run() throws {
        let scenario: Scenario
        switch scale {
        case .portfolio:
            if let shape = shape.flatMap(ReleasePlanningShape.named) {
                scenario = shape.scenario(seed: seed, budgetShare: budgetShare)
                break
            }
            scenario = PortfolioScenario.make(
                measures: measures, bundles: bundles, prerequisites: prerequisites, seed: seed, shared: shared,
                budgetShare: budgetShare)
        case .district: scenario = DistrictGenerator.make(districts: districts ?? 1, quarters: quarters, seed: seed)
        case .region: scenario = DistrictGenerator.make(districts: districts ?? 10, quarters: quarters, seed: seed)
        case .programme: scenario = DistrictGenerator.make(districts: districts ?? 70, quarters: quarters, seed: seed)
        }
        try OutputFile.write(ScenarioWriter.text(scenario), to: out)
        printError(
            "wrote \(out): \(scenario.measures.count) measures, \(scenario.sprintteams.count) teams, \(scenario.solutions.count) Lösungen"
        )
    }
}
