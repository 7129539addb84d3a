import CGLPK
import MILP

extension GLPKSolver {
    /// Sets GLPK's basis statuses from `basis` when its dimensions match the model; GLPK maps a
    /// non-basic status to the one the bound type allows (a fixed column is "non-basic fixed").
    /// Whether the basis is valid is glp_simplex's to find out: a singular or miscounted one
    /// makes it fail, and `simplex` then starts again from GLPK's standard basis.
    static func apply(_ basis: LPBasis, to problem: OpaquePointer, model: MILPModel) {
        guard basis.rows.count == model.rows.count, basis.columns.count == model.columns.count else { return }
        for (index, status) in basis.rows.enumerated() {
            glp_set_row_stat(problem, Int32(index + 1), glpkStatus(status))
        }
        for (index, status) in basis.columns.enumerated() {
            glp_set_col_stat(problem, Int32(index + 1), glpkStatus(status))
        }
    }

    /// The optimal LP GLPK holds now: objective, duals, reduced costs and basis.
    static func relaxation(_ problem: OpaquePointer, model: MILPModel) -> RootRelaxation {
        let rows = Int32(model.rows.count), columns = Int32(model.columns.count)
        let rowIndices = rows > 0 ? Array(1...rows) : []
        let columnIndices = columns > 0 ? Array(1...columns) : []
        return RootRelaxation(
            objective: glp_get_obj_val(problem),
            rowDuals: rowIndices.map { glp_get_row_dual(problem, $0) },
            reducedCosts: columnIndices.map { glp_get_col_dual(problem, $0) },
            basis: LPBasis(
                rows: rowIndices.map { status(glp_get_row_stat(problem, $0)) },
                columns: columnIndices.map { status(glp_get_col_stat(problem, $0)) }))
    }

    static func glpkStatus(_ status: LPBasis.Status) -> Int32 {
        switch status {
        case .basic: return GLP_BS
        case .atLower: return GLP_NL
        case .atUpper: return GLP_NU
        case .free: return GLP_NF
        case .fixed: return GLP_NS
        }
    }

    static func status(_ glpk: Int32) -> LPBasis.Status {
        switch glpk {
        case GLP_BS: return .basic
        case GLP_NU: return .atUpper
        case GLP_NF: return .free
        case GLP_NS: return .fixed
        default: return .atLower
        }
    }
}
