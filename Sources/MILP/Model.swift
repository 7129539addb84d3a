/// A mixed-integer linear program under construction. Add variables, constraints and an
/// objective, then `freeze()` it into a validated `MILPModel` that solvers and writers accept.
///
/// ```swift
/// var model = Model(name: "knapsack")
/// let x = (0..<3).map { model.addBinary(name: "take_\($0)") }
/// model.add(5 * x[0] + 4 * x[1] + 3 * x[2] <= 7, name: "capacity")
/// model.maximize(10 * x[0] + 7 * x[1] + 5 * x[2])
/// let frozen = try model.freeze()
/// ```
///
/// Building is cheap and never fails; every check happens once, in `freeze()`, and reports
/// every problem found, so nothing invalid can reach a solver.
public struct Model: Sendable {
    public var name: String
    let identity = ModelIdentity.next()
    var columns: [MILPModel.Column] = []
    var rows: [(name: String, constraint: LinearConstraint)] = []
    var objective = LinearExpression()
    var sense: ObjectiveSense = .minimize
    var branchingPriorities: [Variable: Int] = [:]

    public init(name: String = "model") { self.name = name }

    public var variableCount: Int { columns.count }
    public var constraintCount: Int { rows.count }

    /// Adds a variable with bounds (nil means unbounded on that side).
    public mutating func addVariable(
        name: String = "", kind: VariableKind = .continuous,
        lower: Double? = 0, upper: Double? = nil
    ) -> Variable {
        columns.append(MILPModel.Column(givenName: name, index: columns.count, kind: kind, lower: lower, upper: upper))
        return Variable(index: columns.count - 1, owner: identity)
    }

    public mutating func addBinary(name: String = "") -> Variable {
        addVariable(name: name, kind: .binary, lower: 0, upper: 1)
    }

    public mutating func addInteger(name: String = "", lower: Double? = 0, upper: Double? = nil) -> Variable {
        addVariable(name: name, kind: .integer, lower: lower, upper: upper)
    }

    /// Changes the bounds of an existing variable (e.g. to fix it).
    public mutating func setBounds(_ variable: Variable, lower: Double?, upper: Double?) {
        columns[variable.index].lower = lower
        columns[variable.index].upper = upper
    }

    /// Asks the solver to branch on this variable before variables of lower priority (default
    /// 0, left to the solver's own rule). Decisions that settle many others — whether a Lösung
    /// or a measure is completed — deserve a higher priority than the assignments below them.
    public mutating func setBranchingPriority(_ variable: Variable, _ priority: Int) {
        branchingPriorities[variable] = priority
    }

    /// Makes every variable continuous (bounds stay): the LP relaxation of the model.
    public mutating func relaxIntegrality() {
        for index in columns.indices { columns[index].kind = .continuous }
    }

    /// Adds a row. Constant terms of the expression move to the bounds.
    public mutating func add(_ constraint: LinearConstraint, name: String = "") {
        rows.append((name, constraint))
    }

    public mutating func maximize(_ expression: LinearExpression) {
        objective = expression
        sense = .maximize
    }

    public mutating func minimize(_ expression: LinearExpression) {
        objective = expression
        sense = .minimize
    }

    /// Validates and freezes the model. Throws `ModelError` listing every problem.
    public func freeze() throws(ModelError) -> MILPModel {
        try MILPModel(validating: self)
    }
}

/// Whether the objective is minimised or maximised.
public enum ObjectiveSense: String, Hashable, Sendable {
    case minimize, maximize

    /// Whether `objective` is strictly better than `other`.
    public func improves(_ objective: Double, on other: Double) -> Bool {
        self == .maximize ? objective > other : objective < other
    }

    /// The tighter of two proven bounds (the lower when maximising).
    public func tighter(_ bound: Double, _ other: Double) -> Double {
        self == .maximize ? min(bound, other) : max(bound, other)
    }
}
