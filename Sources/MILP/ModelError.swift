/// Why a model cannot be frozen: every problem, so a caller fixes them in one go.
public struct ModelError: Error, Sendable, CustomStringConvertible {
    public enum Problem: Hashable, Sendable {
        case nonFiniteCoefficient(row: String, variable: String, value: Double)
        case nonFiniteObjective(variable: String, value: Double)
        case nonFiniteBound(name: String, value: Double)
        case emptyDomain(name: String, lower: Double, upper: Double)
        case foreignVariable(row: String, index: Int)
        case binaryBounds(name: String, lower: Double?, upper: Double?)
    }

    public var problems: [Problem]

    public var description: String {
        problems.map { problem in
            switch problem {
            case .nonFiniteCoefficient(let row, let variable, let value):
                return "row \(row): coefficient of \(variable) is \(value)"
            case .nonFiniteObjective(let variable, let value):
                return "objective: coefficient of \(variable) is \(value)"
            case .nonFiniteBound(let name, let value):
                return "\(name): bound \(value) is not finite (use nil for no bound)"
            case .emptyDomain(let name, let lower, let upper):
                return "\(name): lower bound \(lower) exceeds upper bound \(upper)"
            case .foreignVariable(let row, let index):
                return "\(row): variable x\(index) belongs to another model"
            case .binaryBounds(let name, let lower, let upper):
                return
                    "\(name): binary variable with bounds \(lower.map { "\($0)" } ?? "-inf")…\(upper.map { "\($0)" } ?? "+inf") outside 0…1"
            }
        }.joined(separator: "; ")
    }
}
