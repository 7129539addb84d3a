import Synchronization

/// Asks running solves to stop early and return what they have — how Ctrl-C reaches the
/// solver. Shared by reference; any thread may request, solvers poll it.
public final class StopRequest: Sendable, Hashable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func request() { flag.store(true, ordering: .relaxed) }

    public var isRequested: Bool { flag.load(ordering: .relaxed) }

    public static func == (lhs: StopRequest, rhs: StopRequest) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
