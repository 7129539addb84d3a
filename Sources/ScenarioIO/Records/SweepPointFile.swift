import SprintModel

/// One grid point's result as a job of `sweep --emit-jobs` writes it and `sweep --collect`
/// reads it back. Nothing is rounded, so the merged table is the in-process sweep's byte for
/// byte: money in euros with its two decimals, and the objective, gap and seconds as strings
/// in their shortest spelling that reads back as the same binary number.
public struct SweepPointRecord: Sendable {
    /// SHA-256 of the point's scenario (`ContentHash`): a result of another grid is refused.
    public var scenarioHash: String
    public var status: SearchOutcome
    public var objective: Double?
    public var gap: Double?
    /// Completed measures per Zielbild of the point, in scenario order (empty without a plan).
    public var completions: [(zielbild: String, count: Int)]
    public var bundles: [String]
    public var spending: Money?
    public var ownShare: Money?
    /// The first-quarter measure per Sprintteam of the point, in scenario order (nil: idle or no
    /// plan). Keyed by id: a point of `teams.ZIELBILD` has fewer teams than the sweep.
    public var firstQuarter: [(team: String, measure: String?)]
    public var verified: Bool
    public var solveSeconds: Double

    public init(
        scenarioHash: String, status: SearchOutcome, objective: Double?, gap: Double?,
        completions: [(zielbild: String, count: Int)], bundles: [String], spending: Money?, ownShare: Money?,
        firstQuarter: [(team: String, measure: String?)], verified: Bool,
        solveSeconds: Double
    ) {
        self.scenarioHash = scenarioHash
        self.status = status
        self.objective = objective
        self.gap = gap
        self.completions = completions
        self.bundles = bundles
        self.spending = spending
        self.ownShare = ownShare
        self.firstQuarter = firstQuarter
        self.verified = verified
        self.solveSeconds = solveSeconds
    }
}

/// The file of one point's result (`sprintplan-sweep-point/1`).
public enum SweepPointFile {
    public static let format = "sprintplan-sweep-point/1"

    static let keys = [
        "format", "scenario", "status", "objective", "gap", "completions", "bundles", "spending", "ownShare",
        "firstQuarter", "verified", "solveSeconds",
    ]

    public static func json(_ record: SweepPointRecord) -> OutputJSON {
        func exact(_ value: Double?) -> OutputJSON { value.map { .string("\($0)") } ?? .null }
        func money(_ value: Money?) -> OutputJSON { value.map { .number($0.euros, digits: 2) } ?? .null }
        return .object([
            ("format", .string(format)),
            ("scenario", .string(record.scenarioHash)),
            ("status", .string(record.status.name)),
            ("objective", exact(record.objective)),
            ("gap", exact(record.gap)),
            ("completions", .object(record.completions.map { ($0.zielbild, .int(Int64($0.count))) })),
            ("bundles", .array(record.bundles.map(OutputJSON.string))),
            ("spending", money(record.spending)),
            ("ownShare", money(record.ownShare)),
            ("firstQuarter", .object(record.firstQuarter.map { ($0.team, OutputJSON.optional($0.measure)) })),
            ("verified", .bool(record.verified)),
            ("solveSeconds", exact(record.solveSeconds)),
        ])
    }

    /// The record, or every problem of the file (`file:line:column: error[code]: path: message`).
    public static func load(_ path: String) -> (record: SweepPointRecord?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let root = RecordFiles.parse(path, into: &diagnostics) else { return (nil, diagnostics) }
        let context = DecodingContext()
        let record = decode(root, context)
        diagnostics += context.diagnostics
        diagnostics.sort(by: Diagnostic.ordered)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (record, diagnostics)
    }

    private static func decode(_ root: JSONNode, _ context: DecodingContext) -> SweepPointRecord? {
        guard let reader = ObjectReader(root, path: "", keys: keys, context: context) else { return nil }
        RecordFiles.checkFormat(reader, format)
        func exact(_ key: String, required: Bool) -> Double?? {
            guard let (node, path) = reader.child(key, required: required) else { return required ? nil : .some(nil) }
            if case .null = node.value, !required { return .some(nil) }
            guard let text = Values.string(node, path, context) else { return nil }
            guard let value = Double(text), value.isFinite else {
                context.error(
                    .invalidValue, "expected a finite number written as a string, found \"\(text)\"", path: path,
                    at: node.location)
                return nil
            }
            return .some(value)
        }
        func money(_ key: String) -> Money?? {
            guard let (node, path) = reader.child(key, required: true) else { return nil }
            if case .null = node.value { return .some(nil) }
            return Values.money(node, path, context).map { .some($0) }
        }
        var status: SearchOutcome?
        if let (node, path) = reader.child("status", required: true), let name = Values.string(node, path, context) {
            status = SearchOutcome(name: name)
            if status == nil {
                context.error(.invalidValue, "unknown status \"\(name)\"", path: path, at: node.location)
            }
        }
        let hash = reader.string("scenario", required: true)
        let objective = exact("objective", required: false), gap = exact("gap", required: false)
        let seconds = exact("solveSeconds", required: true)
        let completions = reader.decode("completions", required: true) { node, path, context in
            Values.map(node, path, context) { _, node, path, context in Values.integer(node, path, context) }
        }
        let bundles = reader.array("bundles", required: true, Values.string)
        let spending = money("spending"), ownShare = money("ownShare")
        let firstQuarter = reader.decode("firstQuarter", required: true) { node, path, context in
            Values.map(node, path, context) { _, node, path, context -> String?? in
                if case .null = node.value { return .some(nil) }
                return Values.string(node, path, context).map { .some($0) }
            }
        }
        let verified = reader.bool("verified", required: true)
        guard let hash, let status, let objective, let gap, let seconds = seconds ?? nil, let completions,
            let bundles, let spending, let ownShare, let firstQuarter, let verified
        else { return nil }
        return SweepPointRecord(
            scenarioHash: hash, status: status, objective: objective, gap: gap,
            completions: completions.map { ($0.key, $0.value) }, bundles: bundles, spending: spending,
            ownShare: ownShare, firstQuarter: firstQuarter.map { ($0.key, $0.value) }, verified: verified,
            solveSeconds: seconds)
    }
}
