import SprintModel

/// A sweep cut into jobs for an existing batch engine (`sweep --emit-jobs DIR`): the folder
/// holds one full scenario per grid point (`point-0000.json`, …), the job list `jobs.txt`
/// (line i + 1 plans point i and writes `result-000i.json`; run in the folder) and this
/// manifest (`sweep.json`, format `sprintplan-sweep-jobs/1`), from which `sweep --collect DIR`
/// merges the results in grid order.
public struct SweepJobs: Sendable, Equatable {
    public static let manifestName = "sweep.json"
    public static let jobListName = "jobs.txt"

    /// The base scenario as it was named on the command line (for people; not read again).
    public var scenario: String
    /// The `--vary` texts, in order: the axes and their values are parsed from them again.
    public var vary: [String]
    /// The base scenario's Zielbilder and Sprintteams, the sweep's columns.
    public var zielbilder: [String]
    public var teams: [String]
    /// The planning options every job passes to `sprintplan` (`--quarters 1`, `--time-limit 60`, …).
    public var planning: [String]
    /// The values of every point, one per axis, in grid order.
    public var points: [[Double]]
    /// SHA-256 of every point's scenario (`ContentHash`), to refuse a result of another grid.
    public var hashes: [String]

    public init(
        scenario: String, vary: [String], zielbilder: [String], teams: [String], planning: [String],
        points: [[Double]], hashes: [String]
    ) {
        self.scenario = scenario
        self.vary = vary
        self.zielbilder = zielbilder
        self.teams = teams
        self.planning = planning
        self.points = points
        self.hashes = hashes
    }

    /// `point-0007.json`: four digits at least, so the files sort in grid order.
    public static func scenarioFile(_ index: Int) -> String { "point-\(padded(index)).json" }
    public static func resultFile(_ index: Int) -> String { "result-\(padded(index)).json" }

    private static func padded(_ index: Int) -> String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// One shell command line per point, run in the folder. The tool is `$SPRINTPLAN` when set,
    /// else `sprintplan` on the PATH; the result is written atomically by the tool itself.
    public var jobList: String {
        points.indices.map { index in
            ([
                "\"${SPRINTPLAN:-sprintplan}\"", "sweep", Self.scenarioFile(index), "--point-result",
                Self.resultFile(index),
            ]
                + planning.map(Self.shellQuoted)).joined(separator: " ") + "\n"
        }.joined()
    }

    /// The word as one shell word: kept when it has only safe characters, else single-quoted.
    static func shellQuoted(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "-_.,:=/@+".unicodeScalars.contains($0)
        }
        if safe && !word.isEmpty { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Writes and reads the manifest `sweep.json`.
public enum SweepJobsFile {
    public static let format = "sprintplan-sweep-jobs/1"

    public static func json(_ jobs: SweepJobs) -> OutputJSON {
        func strings(_ list: [String]) -> OutputJSON { .array(list.map(OutputJSON.string)) }
        return .object([
            ("format", .string(format)),
            ("scenario", .string(jobs.scenario)),
            ("vary", strings(jobs.vary)),
            ("zielbilder", strings(jobs.zielbilder)),
            ("teams", strings(jobs.teams)),
            ("planning", strings(jobs.planning)),
            ("jobs", .string(SweepJobs.jobListName)),
            (
                "points",
                .array(
                    jobs.points.enumerated().map { index, values in
                        .object([
                            ("scenario", .string(SweepJobs.scenarioFile(index))),
                            ("result", .string(SweepJobs.resultFile(index))),
                            ("values", .array(values.map { .string("\($0)") })),
                            ("hash", .string(jobs.hashes[index])),
                        ])
                    })
            ),
        ])
    }

    /// The manifest, or every problem of the file.
    public static func load(_ path: String) -> (jobs: SweepJobs?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let root = RecordFiles.parse(path, into: &diagnostics) else { return (nil, diagnostics) }
        let context = DecodingContext()
        var jobs: SweepJobs?
        let keys = ["format", "scenario", "vary", "zielbilder", "teams", "planning", "jobs", "points"]
        if let reader = ObjectReader(root, path: "", keys: keys, context: context) {
            RecordFiles.checkFormat(reader, format)
            _ = reader.string("jobs")
            let points = reader.array("points", required: true) { node, path, context -> ([Double], String)? in
                guard
                    let point = ObjectReader(
                        node, path: path, keys: ["scenario", "result", "values", "hash"], context: context),
                    let values = point.array("values", required: true, Values.string),
                    let hash = point.string("hash", required: true)
                else { return nil }
                _ = (point.string("scenario"), point.string("result"))
                let numbers = values.compactMap(Double.init)
                guard numbers.count == values.count else {
                    context.error(.invalidValue, "expected numbers written as strings", path: path, at: node.location)
                    return nil
                }
                return (numbers, hash)
            }
            if let scenario = reader.string("scenario", required: true),
                let vary = reader.array("vary", required: true, Values.string),
                let zielbilder = reader.array("zielbilder", required: true, Values.string),
                let teams = reader.array("teams", required: true, Values.string),
                let planning = reader.array("planning", required: true, Values.string), let points
            {
                jobs = SweepJobs(
                    scenario: scenario, vary: vary, zielbilder: zielbilder, teams: teams, planning: planning,
                    points: points.map(\.0), hashes: points.map(\.1))
            }
        }
        diagnostics += context.diagnostics
        diagnostics.sort(by: Diagnostic.ordered)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (jobs, diagnostics)
    }
}
