import Synchronization

/// What a running solve has reached so far (best plan's objective, best bound, nodes), for a
/// progress line on the terminal. The solver writes, any thread reads.
public final class SolveProgress: Sendable, Hashable {
    public struct Snapshot: Sendable, Equatable {
        public var incumbent: Double?
        public var bound: Double?
        public var nodes: Int = 0
    }

    private let state = Mutex(Snapshot())

    public init() {}

    public var snapshot: Snapshot { state.withLock { $0 } }

    public func update(incumbent: Double?, bound: Double?, nodes: Int) {
        state.withLock { $0 = Snapshot(incumbent: incumbent, bound: bound, nodes: nodes) }
    }

    public static func == (lhs: SolveProgress, rhs: SolveProgress) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
