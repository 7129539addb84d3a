import ArgumentParser
import Foundation
import ScenarioGeneration
import ScenarioIO
import SprintModel

/// `sprintplan generate`: writes a generated scenario (same seed, byte-identical file).
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract:
            "Write a generated scenario (district, region, programme or portfolio scale), or a family of what-ifs.",
        discussion: """
            district = 3 Zielbilder × 4 teams × 15–20 measures; region = 10× that; programme = about 70 \
            districts; portfolio = a funding-selection scenario without teams (--measures, --bundles, \
            --prerequisites, --shared, --budget-share, or --shape). --what-ifs BASE --out DIR plans BASE and \
            writes the meeting's questions around its plan as extends files of BASE into DIR: per team its \
            recommended first-quarter measure forbidden (that quarter; the whole horizon) and the best-ranked \
            other measure it can do pinned; total budget ×0.75, ×0.9, ×1.1; per-quarter cap ×0.8; one team \
            per Zielbild lost; switching cost 0 and 30; with index.json and index.csv (variant, description, \
            the same question as --pin/--forbid/--unavailable/--set options). Never over existing files \
            without --force.
            """
    )

    @Option(help: "district, region, programme or portfolio.")
    var scale: Scale?

    @Option(
        name: .customLong("what-ifs"),
        help: ArgumentHelp("Write the what-if family of this scenario into the folder --out.", valueName: "base"))
    var whatIfs: String?

    @Flag(help: "With --what-ifs: replace variant and index files that exist.")
    var force = false

    @OptionGroup(title: "Planning the base (--what-ifs)") var solver: SolverFlags

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

    @Option(help: "Output file (with --what-ifs: the folder).")
    var out: String

    enum Scale: String, ExpressibleByArgument, CaseIterable { case district, region, programme, portfolio }

    func validate() throws {
        if whatIfs != nil {
            if scale != nil || districts != nil { throw ValidationError("--what-ifs takes no --scale or --districts") }
            return
        }
        if force { throw ValidationError("--force is for --what-ifs") }
        guard let scale else { throw ValidationError("give --scale (or --what-ifs BASE)") }
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
        if let whatIfs { return try writeFamily(of: whatIfs, into: out) }
        let scenario: Scenario
        switch scale ?? .district {
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
