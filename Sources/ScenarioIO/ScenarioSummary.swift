import SprintModel

/// The short overview `sprintplan validate` prints for a valid scenario: horizon, and per
/// Zielbild its teams, measures and Lösungen, and the budget (worded by Reporting's
/// `ScenarioSummaryText`).
public struct ScenarioSummary: Sendable {
    public struct ZielbildLine: Sendable {
        public var id: String
        public var name: String
        public var teams: Int
        public var measures: Int
        public var openMeasures: Int
        public var runningMeasures: Int
        public var solutions: Int
    }

    public var name: String
    public var horizon: Horizon
    public var programme: Programme
    public var zielbilder: [ZielbildLine]
    public var criteria: (total: Int, funding: Int)
    public var budget: Budget

    public init(_ scenario: Scenario) {
        name = scenario.name
        horizon = scenario.horizon
        programme = scenario.programme
        criteria = (scenario.criteria.count, scenario.criteria.filter { $0.kind == .funding }.count)
        budget = scenario.budget
        zielbilder = scenario.zielbilder.map { zielbild in
            let measures = scenario.measures.filter { $0.zielbild == zielbild.id }
            return ZielbildLine(
                id: zielbild.id, name: zielbild.name,
                teams: scenario.sprintteams.filter { $0.zielbild == zielbild.id }.count,
                measures: measures.count,
                openMeasures: measures.filter { $0.status.isOpen }.count,
                runningMeasures: measures.filter { $0.status == .running }.count,
                solutions: scenario.solutions.filter { $0.zielbild == zielbild.id }.count)
        }
    }

    public var json: OutputJSON {
        .object([
            ("name", .string(name)),
            (
                "horizon",
                .object([
                    ("start", .string(horizon.start.description)), ("quarters", .int(Int64(horizon.count))),
                    ("end", .string(horizon.end.description)),
                ])
            ),
            ("programmeEnd", .string(programme.endDate.description)),
            ("fundingRate", .number(programme.fundingRate)),
            ("criteria", .int(Int64(criteria.total))),
            (
                "zielbilder",
                .array(
                    zielbilder.map { line in
                        .object([
                            ("id", .string(line.id)), ("name", .string(line.name)), ("teams", .int(Int64(line.teams))),
                            ("measures", .int(Int64(line.measures))), ("openMeasures", .int(Int64(line.openMeasures))),
                            ("runningMeasures", .int(Int64(line.runningMeasures))),
                            ("solutions", .int(Int64(line.solutions))),
                        ])
                    })
            ),
            (
                "budget",
                .object([
                    ("total", budget.total.map { .string($0.description) } ?? .null),
                    ("perQuarter", budget.perQuarter.map { .string($0.description) } ?? .null),
                    ("ownShareCap", budget.ownShareCap.map { .string($0.description) } ?? .null),
                ])
            ),
        ])
    }
}
