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
        public var worked: String?
        public var deviates: Bool { recommended != worked }
    }

    /// One recorded quarter.
    public struct Entry: Sendable {
        public var record: DecisionRecord
        /// Whether a progress file said what happened; without one the recommendation is assumed.
        public var progressReported: Bool
        public var teams: [TeamLine]
        /// Measures whose remaining effort the quarter's work covered, sorted.
        public var finished: [String]
        /// Spending and own share of what the teams did, counted from the record's cost facts;
        /// nil when the record has none for a measure worked on.
        public var spending: Money?
        public var ownShare: Money?
        public var deviations: Int { teams.filter(\.deviates).count }
    }

    /// Sorted by quarter.
    public var entries: [Entry]

    /// Spending over all quarters whose spending is known.
    public var totalSpending: Money { entries.reduce(.zero) { $0 + ($1.spending ?? .zero) } }
    public var totalOwnShare: Money { entries.reduce(.zero) { $0 + ($1.ownShare ?? .zero) } }

    /// `quarters`: each record with the outcome of its quarter and whether a progress file
    /// stated that outcome.
    public init(_ quarters: [(record: DecisionRecord, outcome: QuarterOutcome, progressReported: Bool)]) {
        entries = quarters.sorted { $0.record.quarter < $1.record.quarter }.map { item in
            let record = item.record, outcome = item.outcome
            // The record's order is the scenario's team order.
            var teams = record.decisions.map { decision in
                TeamLine(
                    team: decision.team, zielbild: decision.zielbild, recommended: record.recommended[decision.team],
                    worked: outcome.worked[decision.team])
            }
            // A progress file may name a team the record does not (it joined later); keep it visible.
            for (team, measure) in outcome.worked where !teams.contains(where: { $0.team == team }) {
                teams.append(
                    TeamLine(
                        team: team, zielbild: record.measure(measure)?.zielbild ?? "?", recommended: nil,
                        worked: measure))
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
            return Entry(
                record: record, progressReported: item.progressReported, teams: teams, finished: finished,
                spending: spending, ownShare: ownShare)
        }
    }
}
