/// The solved LP relaxation at the root of a search: its optimal objective, the duals of the
/// rows, the reduced costs of the columns and the basis, as the solver reported them.
///
/// Why: with a known solution (an incumbent) the duals prove that many binary columns take the
/// same value in every solution at least as good (reduced-cost fixing), and the basis lets the
/// next solve of the same rows start where this one ended instead of from scratch.
public struct RootRelaxation: Sendable, Hashable {
    /// The LP optimum as the solver computed it (including the objective constant).
    public var objective: Double
    /// One dual value per row (the solver's sign convention: d_j = c_j − Σᵢ aᵢⱼ · rowDualᵢ).
    public var rowDuals: [Double]
    /// One reduced cost per column, as reported; `fixedColumns` recomputes its own from the duals.
    public var reducedCosts: [Double]
    public var basis: LPBasis

    public init(objective: Double, rowDuals: [Double], reducedCosts: [Double], basis: LPBasis) {
        self.objective = objective
        self.rowDuals = rowDuals
        self.reducedCosts = reducedCosts
        self.basis = basis
    }
}

/// Which rows and columns are basic, and at which bound the others sit: what a simplex solve
/// needs to start from a known vertex.
public struct LPBasis: Sendable, Hashable {
    public enum Status: UInt8, Sendable, Hashable {
        case basic, atLower, atUpper, free, fixed
    }

    public var rows: [Status]
    public var columns: [Status]

    public init(rows: [Status], columns: [Status]) {
        self.rows = rows
        self.columns = columns
    }
}

extension RootRelaxation {
    /// The integer columns that take one value in every solution whose objective reaches
    /// `target` (at least `target` when maximising, at most when minimising), with that value
    /// (always one of the column's bounds); nil when no solution reaches `target` at all.
    ///
    /// Exact for any duals, not only optimal ones: the row duals are first made valid for the
    /// row bounds (a dual whose sign would need an infinite bound counts as 0), and the
    /// Lagrangian bound z = Σᵢ max over row i's range of yᵢ · rowᵢ + Σⱼ max over column j's
    /// range of dⱼ · xⱼ, with the reduced costs dⱼ recomputed from those duals, bounds the
    /// objective of every solution of the LP relaxation. A column j at the bound its dⱼ prefers
    /// is fixed there when moving it by one unit costs more than z − target, i.e. when
    /// z − |dⱼ| falls short of the target by more than a rounding tolerance: no solution
    /// reaching the target is lost, and ties are never fixed. For the optimal duals of the
    /// LP, z is the LP optimum and dⱼ the usual reduced costs.
    public func fixedColumns(reaching target: Double, in model: MILPModel) -> [Int: Double]? {
        guard rowDuals.count == model.rows.count else { return [:] }
        // Work on the maximisation form: sign · objective.
        let sign = model.sense == .maximize ? 1.0 : -1.0
        let goal = sign * (target - model.objectiveConstant)
        var reduced = model.objective.map { sign * $0 }
        var magnitude = reduced.map(abs)  // Σ |terms| per column, for the rounding tolerance
        var bound = 0.0
        var scale = abs(goal)
        for (row, dual) in zip(model.rows, rowDuals) {
            var y = sign * dual
            // The largest y · activity over the row's range; y's sign must match a finite bound.
            let term: Double
            if y > 0, let upper = row.upper {
                term = y * upper
            } else if y < 0, let lower = row.lower {
                term = y * lower
            } else {
                y = 0
                term = 0
            }
            guard y != 0, y.isFinite else { continue }
            bound += term
            scale += abs(term)
            for entry in row.entries {
                reduced[entry.column] -= y * entry.coefficient
                magnitude[entry.column] += abs(y * entry.coefficient)
            }
        }
        for (column, d) in zip(model.columns, reduced) where d != 0 {
            let limit = d > 0 ? column.upper : column.lower
            guard let limit else { return [:] }  // the relaxation is unbounded in this direction
            bound += d * limit
            scale += abs(d * limit)
        }
        let slack = bound - goal
        let tolerance = 1e-9 * (1 + scale)
        guard slack >= -tolerance else { return nil }
        var fixed: [Int: Double] = [:]
        for (j, column) in model.columns.enumerated() where column.kind != .continuous {
            guard let lower = column.lower, let upper = column.upper, lower < upper else { continue }
            let d = reduced[j]
            // Moving an integer column one unit off its preferred bound costs |d|.
            if abs(d) > slack + tolerance + 1e-9 * magnitude[j] {
                fixed[j] = d > 0 ? upper : lower
            }
        }
        return fixed
    }
}

extension MILPModel {
    /// The same model with every column continuous (bounds stay): its LP relaxation.
    public func relaxed() -> MILPModel {
        var copy = self
        for j in copy.columns.indices { copy.columns[j].kind = .continuous }
        return copy
    }

    /// The same model with the given columns fixed at the given values (column index → value);
    /// each value must lie within the column's bounds.
    public func fixing(_ values: [Int: Double]) -> MILPModel {
        var copy = self
        for (j, value) in values {
            precondition(
                (copy.columns[j].lower ?? -.infinity) <= value && value <= (copy.columns[j].upper ?? .infinity),
                "a column is fixed only within its bounds")
            copy.columns[j].lower = value
            copy.columns[j].upper = value
        }
        return copy
    }
}
