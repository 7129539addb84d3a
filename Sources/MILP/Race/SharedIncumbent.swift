import Synchronization

/// The meeting point of searches that run side by side on the same model (see `SearchRace`):
/// each offers the solutions it finds and the bound it has proven, takes the best solution any
/// of them has found (so every search prunes with it), and stops once together they have
/// settled the model. Any thread may call it.
public final class SharedIncumbent: Sendable, Hashable {
    /// The best solution so far and what each search has proven.
    public struct Snapshot: Sendable {
        public var objective: Double?
        public var values: [Double] = []
        /// Increases with every better solution, so a search can tell it has seen this one.
        public var version = 0
        /// The tightest bound any search has proven (each is valid for the whole model).
        public var bound: Double?
        /// A search has proven its incumbent optimal, or the gap between the best solution and
        /// the tightest bound meets `relativeGap`.
        public var settled = false
    }

    public let sense: ObjectiveSense
    /// The gap at which the searches stop together (at least `provenGap`: closer than that, a
    /// solution counts as proven optimal).
    public let relativeGap: Double
    private let state = Mutex(Snapshot())

    /// `provenGap` 0 lets only a search's own proof (`proven()`) or an exact meeting of
    /// solution and bound settle the searches: for objectives so large that 10⁻⁶ of them is
    /// more than one unit (a cost in cents).
    public init(sense: ObjectiveSense, relativeGap: Double, provenGap: Double = 1e-6) {
        self.sense = sense
        self.relativeGap = max(relativeGap, provenGap)
    }

    public var snapshot: Snapshot { state.withLock { $0 } }

    /// Keeps `values` when they are better than the best solution so far.
    public func offer(_ values: [Double], objective: Double) {
        state.withLock { current in
            guard current.objective.map({ sense.improves(objective, on: $0) }) ?? true else { return }
            current.objective = objective
            current.values = values
            current.version += 1
            settle(&current)
        }
    }

    /// Records a bound one search has proven.
    public func report(bound: Double) {
        state.withLock { current in
            current.bound = current.bound.map { sense.tighter($0, bound) } ?? bound
            settle(&current)
        }
    }

    /// A search has emptied its tree: its best solution (the shared one, or better) is optimal.
    public func proven() {
        state.withLock { $0.settled = true }
    }

    /// The best solution when it is newer than `version`.
    public func solution(newerThan version: Int) -> (values: [Double], objective: Double, version: Int)? {
        state.withLock { current in
            guard current.version > version, let objective = current.objective else { return nil }
            return (current.values, objective, current.version)
        }
    }

    public var isSettled: Bool { state.withLock { $0.settled } }

    public static func == (lhs: SharedIncumbent, rhs: SharedIncumbent) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

    private func settle(_ current: inout Snapshot) {
        guard let objective = current.objective, let bound = current.bound else { return }
        if SolveResult.relativeGap(objective: objective, bound: bound) <= relativeGap { current.settled = true }
    }
}
