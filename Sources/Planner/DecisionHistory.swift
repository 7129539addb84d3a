import SprintModel

/// The recorded quarters of a record folder, accounted for: per quarter what each Sprintteam
/// was recommended and actually did, the deviations, the measures finished and the money spent
/// against the caps that held when the decision was taken.
public struct DecisionHistory: Sendable {
    /// One team in one recorded quarter.
    public struct TeamLine: Sendable, Hashable {
        public var team: String
        public var zielbild: String
        public var recommended: String?
        /// What the group decided: the recommendation unless it overrode it.
        public var decided: String?
        public var worked: String?
        /// Why the group decided otherwise (`decide --override … --reason`); nil when it did not.
        public var overrideReason: String?
        /// The team worked on something else than decided (from the progress file).
        public var deviates: Bool { decided != worked }
        /// The decision differs from the recommendation (by an override, or as its consequence).
        public var overridden: Bool { decided != recommended }
    }

    /// A record that a later one replaced (`decide --force`), kept as a numbered backup.
    public struct Replacement: Sendable {
        /// The backup's file name, e.g. `decision-2027-Q1.json.1`.
        public var file: String
        public var record: DecisionRecord
        /// Teams whose decided measure differs from the current record's: (team, then, now).
        public var changes: [(team: String, then: String?, now: String?)]
    }

    /// One recorded quarter.
    public struct Entry: Sendable {
        public var record: DecisionRecord
        /// Whether a progress file said what happened; without one the decision is assumed done.
        public var progressReported: Bool
        public var teams: [TeamLine]
        /// Measures whose remaining effort the quarter's work covered, sorted.
        public var finished: [String]
        /// Spending and own share of what the teams did, counted from the record's cost facts;
        /// nil when the record has none for a measure worked on.
        public var spending: Money?
        public var ownShare: Money?
        /// The records this one replaced, oldest first.
        public var replaced: [Replacement] = []
        /// Reasons given for advancing the quarter from another scenario than the record's.
        public var acceptances: [ScenarioAcceptance] = []
        /// The record's indicators with the quarter's realised values; empty when it has none.
        public var indicators: [IndicatorLine] = []
        public var deviations: Int { teams.filter(\.deviates).count }
        public var overrides: Int { teams.filter(\.overridden).count }
    }

    /// Sorted by quarter.
    public var entries: [Entry]

    /// Spending over all quarters whose spending is known.
    public var totalSpending: Money { entries.reduce(.zero) { $0 + ($1.spending ?? .zero) } }
    public var totalOwnShare: Money { entries.reduce(.zero) { $0 + ($1.ownShare ?? .zero) } }

    /// `quarters`: each record with the outcome of its quarter and whether a progress file
    /// stated that outcome.
    /// `backups`: per quarter the replaced records (file name and record, oldest first);
    /// `acceptances`: per quarter the reasons kept by `advance --accept-other-scenario`.
    public init(
        _ quarters: [(record: DecisionRecord, outcome: QuarterOutcome, progressReported: Bool)],
        backups: [Quarter: [(file: String, record: DecisionRecord)]] = [:],
        acceptances: [Quarter: [ScenarioAcceptance]] = [:]
    ) {
        entries = quarters.sorted { $0.record.quarter < $1.record.quarter }.map { item in
            let record = item.record, outcome = item.outcome
            // The record's order is the scenario's team order.
            let recommended = record.recommended, decided = record.decided
            var teams = record.decisions.map { decision in
                TeamLine(
                    team: decision.team, zielbild: decision.zielbild, recommended: recommended[decision.team],
                    decided: decided[decision.team], worked: outcome.worked[decision.team],
                    overrideReason: record.overrides.last { $0.team == decision.team }?.reason)
            }
            // A progress file may name a team the record does not (it joined later); keep it visible.
            for (team, measure) in outcome.worked where !teams.contains(where: { $0.team == team }) {
                teams.append(
                    TeamLine(
                        team: team, zielbild: record.measure(measure)?.zielbild ?? "?", recommended: nil,
                        decided: nil, worked: measure))
            }

            var teamsPerMeasure: [String: Int] = [:]
            for measure in outcome.worked.values { teamsPerMeasure[measure, default: 0] += 1 }
            var spending: Money? = .zero, ownShare: Money? = .zero
            var finished: [String] = []
            for measure in Set(teamsPerMeasure.keys).union(outcome.progress.keys).sorted() {
                let count = teamsPerMeasure[measure] ?? 0
                guard let facts = record.measure(measure) else {
                    if count > 0 {
                        spending = nil
                        ownShare = nil
                    }
                    continue
                }
                let (cost, own) = facts.cost.spending(teams: count)
                spending = spending.map { $0 + cost }
                ownShare = ownShare.map { $0 + own }
                let delivered = outcome.progress[measure] ?? Double(count)
                if delivered > 0 && delivered >= facts.remainingEffort - 1e-9 { finished.append(measure) }
            }
            let replaced = (backups[record.quarter] ?? []).map { backup in
                let then = backup.record.decided
                let changes = Set(then.keys).union(decided.keys).sorted().filter { then[$0] != decided[$0] }
                    .map { (team: $0, then: then[$0], now: decided[$0]) }
                return Replacement(file: backup.file, record: backup.record, changes: changes)
            }
            return Entry(
                record: record, progressReported: item.progressReported, teams: teams, finished: finished,
                spending: spending, ownShare: ownShare, replaced: replaced,
                acceptances: acceptances[record.quarter] ?? [],
                indicators: Self.indicatorLines(record, outcome))
        }
    }
}
