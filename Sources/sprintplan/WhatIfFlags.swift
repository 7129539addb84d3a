import ArgumentParser
import Foundation
import Planner
import Reporting
import ScenarioIO
import SprintModel

/// What-ifs on the command line: changes added to the scenario's own locks for one run
/// (`plan`, `decide`, `explain`, `report`, `compare`), and `--save` to keep them as a file.
struct WhatIfFlags: ParsableArguments {
    @Option(
        name: .customLong("pin"),
        help: ArgumentHelp(
            "Pin a team to a measure: TEAM=MEASURE or TEAM=MEASURE@QUARTER (default: the first quarter planned). Repeatable.",
            valueName: "team=measure[@quarter]"))
    var pins: [String] = []

    @Option(
        name: .customLong("forbid"),
        help: ArgumentHelp(
            "Forbid an assignment: TEAM=MEASURE (every quarter) or TEAM=MEASURE@QUARTER. Repeatable.",
            valueName: "team=measure[@quarter]"))
    var forbids: [String] = []

    @Option(
        name: .customLong("unavailable"),
        help: ArgumentHelp(
            "A team is not available in a quarter: TEAM@QUARTER. Repeatable.", valueName: "team@quarter"))
    var unavailable: [String] = []

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "Set a number, in the sweep's field syntax: e.g. budget.total=2500000, policy.switchingCost=0, weight.impact=2. Repeatable.",
            valueName: "parameter=value"))
    var sets: [String] = []

    @Option(
        name: .customLong("save"),
        help: ArgumentHelp(
            "Also write the what-if as an extends file of the scenario (never over an existing file).",
            valueName: "file"))
    var save: String?

    var isEmpty: Bool { pins.isEmpty && forbids.isEmpty && unavailable.isEmpty && sets.isEmpty }

    /// The scenario with the what-if applied (the scenario itself when there is none). Problems
    /// are printed as `error[code]`: a misspelt, unknown or contradictory change exits 64, a pin
    /// that a rule of the scenario makes impossible exits 1 (as a scenario without a plan).
    func apply(to scenario: Scenario, path: String) throws -> (scenario: Scenario, whatIf: WhatIf) {
        guard !isEmpty else {
            if save != nil { throw usageError("--save needs a what-if: --pin, --forbid, --unavailable or --set") }
            return (scenario, WhatIf())
        }
        let first = scenario.plannedQuarters.first
        let whatIf: WhatIf, applied: Scenario
        do throws(WhatIfProblems) {
            whatIf = WhatIf(pins: pins, forbids: forbids, unavailable: unavailable, sets: sets)
            applied = try whatIf.apply(to: scenario)
        } catch {
            for problem in error.problems { printError(WhatIfText.error(problem, first: first)) }
            throw error.isUnkeepable ? ExitCode.noPlan : .usage
        }
        if let save { try write(whatIf, applied: applied, scenarioPath: path, to: save) }
        return (applied, whatIf)
    }

    /// The line every output starts with under a what-if (stdout for tables and Markdown,
    /// stderr for JSON and CSV, whose readers expect only data).
    func announce(_ whatIf: WhatIf, scenario: Scenario, onStdout: Bool) {
        guard !whatIf.isEmpty else { return }
        let line = WhatIfText.summary(whatIf, first: scenario.plannedQuarters.first)
        if onStdout { print(line + "\n") } else { printError(line) }
    }

    private func write(_ whatIf: WhatIf, applied: Scenario, scenarioPath: String, to target: String) throws {
        guard !FileManager.default.fileExists(atPath: target) else {
            printError("error: \(target) exists; --save never replaces a file (choose another name or remove it)")
            throw ExitCode.cannotCreateOutput
        }
        try OutputFile.write(
            Self.extendsText(whatIf, applied: applied, scenarioPath: scenarioPath, target: target), to: target)
        printError("saved the what-if as \(target)")
    }

    /// The what-if as an `extends` file of the scenario at `scenarioPath`, to be written at
    /// `target` (the base is named relative to it); exit 64 when a file cannot express it.
    static func extendsText(_ whatIf: WhatIf, applied: Scenario, scenarioPath: String, target: String) throws -> String
    {
        do {
            return try WhatIfFile.json(
                whatIf, applied: applied, basePath: relativePath(of: scenarioPath, from: target)
            ).rendered()
        } catch {
            throw usageError(error.description)
        }
    }

    /// `file` as seen from the folder of `from` (both relative to the working folder or absolute).
    static func relativePath(of file: String, from: String) -> String {
        let target = URL(fileURLWithPath: file).standardizedFileURL.pathComponents
        let base = URL(fileURLWithPath: from).standardizedFileURL.deletingLastPathComponent().pathComponents
        var common = 0
        while common < min(target.count, base.count) && target[common] == base[common] { common += 1 }
        let up = Array(repeating: "..", count: base.count - common)
        return (up + target[common...]).joined(separator: "/")
    }
}
