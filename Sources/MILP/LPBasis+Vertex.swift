extension LPBasis {
    /// The basis of a point whose every column sits on one of its bounds (a 0-1 selection):
    /// every row's own variable basic and every column non-basic at the bound it takes. Its basis
    /// matrix is the identity, so the basis is always valid, and it is primal feasible exactly
    /// when the point satisfies the rows: a primal simplex started from it begins at the point.
    /// nil when the point has the wrong length or a column lies off its bounds (`tolerance`).
    ///
    /// Why: a good known solution (a greedy portfolio) is often a few pivots from the LP optimum,
    /// which the slack basis (every column at 0) reaches only after thousands.
    public init?(vertex values: [Double], of model: MILPModel, tolerance: Double = 1e-9) {
        guard values.count == model.columns.count else { return nil }
        var columns: [Status] = []
        columns.reserveCapacity(values.count)
        for (column, value) in zip(model.columns, values) {
            let atLower = column.lower.map { abs(value - $0) <= tolerance } ?? false
            let atUpper = column.upper.map { abs(value - $0) <= tolerance } ?? false
            switch (atLower, atUpper) {
            case (true, true): columns.append(.fixed)
            case (true, false): columns.append(.atLower)
            case (false, true): columns.append(.atUpper)
            case (false, false):
                // A free column at 0 is non-basic there; any other point is not a vertex of this kind.
                guard column.lower == nil, column.upper == nil, abs(value) <= tolerance else { return nil }
                columns.append(.free)
            }
        }
        self.init(rows: Array(repeating: .basic, count: model.rows.count), columns: columns)
    }
}
