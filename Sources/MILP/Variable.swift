import Synchronization

/// A decision variable of a `Model`: a handle, cheap to copy, valid only in the model that
/// created it.
public struct Variable: Hashable, Sendable, CustomStringConvertible {
    /// 0-based column index in its model.
    public let index: Int
    let owner: ModelIdentity

    public var description: String { "x\(index)" }
}

/// Continuous, integer or binary.
public enum VariableKind: String, Hashable, Sendable {
    case continuous, integer, binary
}

/// Tells variables of different models apart, so mixing them is an error, not a wrong model.
struct ModelIdentity: Hashable, Sendable {
    let value: UInt64

    private static let counter = IdentityCounter()
    static func next() -> ModelIdentity { ModelIdentity(value: counter.next()) }
}

private final class IdentityCounter: Sendable {
    private let value = Atomic<UInt64>(0)
    func next() -> UInt64 { value.add(1, ordering: .relaxed).newValue }
}
