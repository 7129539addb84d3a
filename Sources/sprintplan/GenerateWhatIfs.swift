import ArgumentParser
import Foundation
import Planner
import Reporting
import ScenarioIO
import SprintModel

/// `generate --what-ifs BASE --out DIR`: the what-if family of any scenario, as files.
extension GenerateCommand {
    static let indexNames = ["index.json", "index.csv"]

    /// Plans the base (the family questions its plan), then writes every variant as an
    /// `extends` file of the base (named relative to it, as `--save` writes them) and the
    /// index. Every file that would be replaced is named and nothing is written, unless --force.
    func writeFamily(of basePath: String, into folder: String) throws {
        let base = try loadScenario(basePath)
        let planner = PlanningFlags.planner(for: base, method: solver.method)
        let options = PlanningOptions(timeLimit: solver.timeLimit, relativeGap: solver.gap)
        guard case .plan(let plan) = try runPlanner(planner, options, startFrom: nil) else {
            printError("error: \(basePath) has no plan within the limits; a what-if family questions the base plan")
            throw ExitCode.noPlan
        }
        try requireVerified(plan)
        if plan.proof != .optimal {
            printError(
                "warning: the base plan is \(plan.proof.name), not proven optimal: the family questions the best plan "
                    + "found, which another run may not find (raise --time-limit)")
        }
        let family = WhatIfFamily(base: base, scores: planner.scores, plan: plan)
        func path(_ name: String) -> String { URL(fileURLWithPath: folder).appendingPathComponent(name).path }
        let names = family.variants.map(WhatIfFamilyIndex.file) + Self.indexNames
        let existing = names.filter { FileManager.default.fileExists(atPath: path($0)) }
        if !existing.isEmpty && !force {
            let shown = existing.prefix(5).joined(separator: ", ") + (existing.count > 5 ? ", …" : "")
            printError(
                "error: \(existing.count) file\(existing.count == 1 ? "" : "s") in \(folder) exist (\(shown)); "
                    + "--what-ifs never replaces a file without --force")
            throw ExitCode.cannotCreateOutput
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            printError("error: cannot create \(folder): \(error.localizedDescription)")
            throw ExitCode.cannotCreateOutput
        }
        for variant in family.variants {
            let target = path(WhatIfFamilyIndex.file(variant))
            let applied = try variant.whatIf.apply(to: base)
            try OutputFile.write(
                WhatIfFlags.extendsText(variant.whatIf, applied: applied, scenarioPath: basePath, target: target),
                to: target)
        }
        let relativeBase = WhatIfFlags.relativePath(of: basePath, from: path(Self.indexNames[0]))
        try OutputFile.write(
            WhatIfFamilyIndex.json(family, base: relativeBase, plan: plan).rendered(), to: path(Self.indexNames[0]))
        try OutputFile.write(WhatIfFamilyIndex.csv(family), to: path(Self.indexNames[1]))
        let first = plan.quarters.first
        for (variant, problems) in family.skipped {
            printError(
                "skipped \(variant.name): "
                    + problems.problems.map { WhatIfText.text($0, first: first) }.joined(separator: "; "))
        }
        printError(
            "wrote \(family.variants.count) what-ifs of \(basePath) (base plan \(plan.proof.name), objective "
                + "\(OutputJSON.spell(plan.objective, digits: 2))) and \(Self.indexNames.joined(separator: ", ")) "
                + "to \(folder)")
    }
}
