/// Numbers in model files: shortest round-trip decimal spelling, locale-free, so a written
/// model reads back bit for bit.
enum NumberFormat {
    static func spell(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

extension MILPModel {
    /// Name of the fixed column that carries a non-zero objective constant in exported files
    /// (LP and MPS readers disagree on how to state a constant, a fixed column does not).
    static let constantColumnName = "_objective_constant"
}
