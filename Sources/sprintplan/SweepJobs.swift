import ArgumentParser
import Foundation
import GLPKSolver
import Planner
import Reporting
import ScenarioIO
import SprintModel

/// A sweep run by an existing batch engine: `--emit-jobs DIR` writes the points and the job
/// list, each job runs `sweep POINT --point-result RESULT`, and `--collect DIR` merges the
/// results into the output an in-process sweep prints. No scheduling here: GNU parallel,
/// Slurm or Kubernetes runs the jobs.
extension SweepCommand {
    /// Writes every point as a full scenario (an extends file cannot remove the Sprintteams of
    /// `teams.ZIELBILD`, and a full file runs on a node without the base), then `jobs.txt`, and
    /// the manifest last: a folder with `sweep.json` is complete.
    func emit(
        _ points: [(values: [Double], scenario: Scenario)], base: Scenario, file: String, into folder: String
    ) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                printError("error: \(folder) exists and is not a folder")
                throw ExitCode.cannotCreateOutput
            }
            let entries = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
            if !entries.isEmpty && !force {
                printError(
                    "error: \(folder) is not empty (\(entries.count) entries); --emit-jobs writes only into an "
                        + "empty or new folder unless --force is given")
                throw ExitCode.cannotCreateOutput
            }
        } else {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                printError("error: cannot create \(folder): \(error.localizedDescription)")
                throw ExitCode.cannotCreateOutput
            }
        }
        func path(_ name: String) -> String { URL(fileURLWithPath: folder).appendingPathComponent(name).path }
        var hashes: [String] = []
        for (index, point) in points.enumerated() {
            let text = ScenarioWriter.text(point.scenario)
            hashes.append(ContentHash.sha256(Array(text.utf8)))
            try OutputFile.write(text, to: path(SweepJobs.scenarioFile(index)))
        }
        let jobs = SweepJobs(
            scenario: file, vary: vary, zielbilder: base.zielbilder.map(\.id), teams: base.sprintteams.map(\.id),
            planning: planning.arguments, points: points.map(\.values), hashes: hashes)
        try OutputFile.write(jobs.jobList, to: path(SweepJobs.jobListName))
        try OutputFile.write(SweepJobsFile.json(jobs).rendered(), to: path(SweepJobs.manifestName))
        let last = points.count - 1
        printError(
            """
            wrote \(points.count) point\(points.count == 1 ? "" : "s"), \(SweepJobs.jobListName) and \
            \(SweepJobs.manifestName) to \(folder); run the jobs in that folder, e.g.
              cd \(folder) && parallel --jobs 2 < \(SweepJobs.jobListName)
              sbatch --array=0-\(last) --chdir=\(folder) docs/batch/sweep-array.sbatch
              kubectl apply -f docs/batch/sweep-indexed-job.yaml   (completions: \(points.count))
            then: sprintplan sweep --collect \(folder)
            """)
    }

    /// One job: plans the point and writes its result atomically (a job run again replaces
    /// its own result). Exit 0 whenever a result is written, also for a point without a plan
    /// (its status says so), so a batch engine retries only jobs that really failed.
    func planPoint(_ file: String, into target: String) throws {
        let scenario = try loadScenario(file)
        Interruption.install()
        warnIfBeyondHorizon(planning.quarters, scenario)
        let zielbilder = scenario.zielbilder.map(\.id), teams = scenario.sprintteams.map(\.id)
        let result = ScenarioSweep.result(
            of: scenario, values: [], zielbilder: zielbilder, teams: teams, method: planning.method,
            options: planning.options, solver: GLPKSolver())
        try Interruption.exitIfInterrupted("no result written")
        let record = SweepPointRecord(
            scenarioHash: ContentHash.of(scenario), status: result.status, objective: result.objective,
            gap: result.gap,
            completions: result.completions.isEmpty ? [] : Array(zip(zielbilder, result.completions)),
            bundles: result.bundles, spending: result.spending, ownShare: result.ownShare,
            firstQuarter: Array(zip(teams, result.firstQuarter)), verified: result.verified,
            solveSeconds: result.solveSeconds)
        try OutputFile.write(SweepPointFile.json(record).rendered(), to: target)
        if !result.verified { throw softwareBug("the plan breaks rules", "; the result is marked unverified") }
    }

    /// Merges the results in grid order and prints them as `sweep` prints an in-process run.
    /// Every missing, unreadable or foreign result is named before anything is printed.
    func collectResults(from folder: String) throws {
        func path(_ name: String) -> String { URL(fileURLWithPath: folder).appendingPathComponent(name).path }
        let manifestPath = path(SweepJobs.manifestName)
        let (loaded, diagnostics) = SweepJobsFile.load(manifestPath)
        for diagnostic in diagnostics { printError(diagnostic.description) }
        guard let jobs = loaded else {
            let missing = diagnostics.contains { $0.code == .fileNotFound && $0.location == nil }
            if missing { printError("error: \(folder) holds no sweep of --emit-jobs (\(SweepJobs.manifestName))") }
            throw missing ? ExitCode.missingInput : .invalidData
        }
        let axes: [SweepAxis]
        do {
            axes = try jobs.vary.map { text in try SweepAxis(text) }
        } catch {
            printError("\(manifestPath): error[invalid-value]: vary: \(error)")
            throw ExitCode.invalidData
        }
        var results: [ScenarioSweep.Result] = [], missing: [String] = [], invalid = 0
        for (index, values) in jobs.points.enumerated() {
            let name = SweepJobs.resultFile(index), file = path(name)
            guard FileManager.default.fileExists(atPath: file) else {
                missing.append(name)
                continue
            }
            let (record, problems) = SweepPointFile.load(file)
            for problem in problems { printError(problem.description) }
            guard let record else {
                invalid += 1
                continue
            }
            guard record.scenarioHash == jobs.hashes[index] else {
                printError(
                    "\(file): error[foreign-result]: scenario: the result is of another scenario than "
                        + "\(SweepJobs.scenarioFile(index)) (a job of an earlier grid?); run the job again")
                invalid += 1
                continue
            }
            results.append(Self.result(record, values: values, zielbilder: jobs.zielbilder, teams: jobs.teams))
        }
        if !missing.isEmpty {
            let shown = missing.prefix(10).joined(separator: ", ") + (missing.count > 10 ? ", …" : "")
            printError("error: \(missing.count) of \(jobs.points.count) points have no result yet: \(shown)")
        }
        if invalid > 0 || !missing.isEmpty { throw invalid > 0 ? ExitCode.invalidData : .missingInput }
        // The points are the base scenario with figures changed: the first one speaks its language.
        let option = language
        let firstPoint = ScenarioLoader.load(file: path(SweepJobs.scenarioFile(0))).scenario
        try render(
            ScenarioSweep(axes: axes, zielbilder: jobs.zielbilder, teams: jobs.teams, results: results),
            language: firstPoint.map(option.language(for:)) ?? option.lang ?? .de)
    }

    /// A job's record as the sweep's result: aligned with the sweep's Zielbilder and teams.
    static func result(
        _ record: SweepPointRecord, values: [Double], zielbilder: [String], teams: [String]
    ) -> ScenarioSweep.Result {
        let counts = Dictionary(record.completions.map { ($0.zielbild, $0.count) }, uniquingKeysWith: { $1 })
        let measures = Dictionary(record.firstQuarter.map { ($0.team, $0.measure) }, uniquingKeysWith: { $1 })
        return ScenarioSweep.Result(
            values: values, status: record.status, objective: record.objective, gap: record.gap,
            completions: record.completions.isEmpty ? [] : zielbilder.map { counts[$0] ?? 0 },
            bundles: record.bundles, spending: record.spending, ownShare: record.ownShare,
            firstQuarter: teams.map { measures[$0] ?? nil }, verified: record.verified,
            solveSeconds: record.solveSeconds)
    }
}
