/// The blocks of a MILP once some linking rows are set aside: groups of columns that no other
/// row connects. A sprint plan falls into one block per Zielbild when only the shared money
/// rows link them; `LagrangianDecomposition` prices the linking rows and solves each block on
/// its own.
public struct BlockStructure: Sendable, Hashable {
    /// The rows set aside, ascending.
    public let linkingRows: [Int]
    /// Column indices per block, ascending; blocks ordered by their first column, except that
    /// columns no other row touches (and columns fixed at zero) are gathered into one last block.
    public let blocks: [[Int]]
    /// The other rows, per block, ascending. A row's entries on columns fixed at zero (which
    /// link nothing and sit in the last block) do not count.
    public let blockRows: [[Int]]
    /// Rows with no entry on a column that is not fixed at zero: constants, and the model is
    /// infeasible if one excludes 0.
    public let emptyRows: [Int]

    public init(model: MILPModel, linkingRows: Set<Int>) {
        var parent = Array(model.columns.indices)
        func find(_ column: Int) -> Int {
            var root = column
            while parent[root] != root {
                parent[root] = parent[parent[root]]  // path halving
                root = parent[root]
            }
            return root
        }
        // A column fixed at zero adds nothing to any row, so it links nothing.
        let active = model.columns.map { !($0.lower == 0 && $0.upper == 0) }
        var empty: [Int] = []
        var touched = [Bool](repeating: false, count: model.columns.count)
        for (index, row) in model.rows.enumerated() where !linkingRows.contains(index) {
            guard let first = row.entries.first(where: { active[$0.column] }) else {
                empty.append(index)
                continue
            }
            let root = find(first.column)
            touched[first.column] = true
            for entry in row.entries where active[entry.column] && entry.column != first.column {
                touched[entry.column] = true
                let other = find(entry.column)
                if other != root { parent[other] = root }
            }
        }
        var blockOfRoot: [Int: Int] = [:]
        var blocks: [[Int]] = []
        var loose: [Int] = []
        for column in model.columns.indices {
            guard touched[column] else {
                loose.append(column)
                continue
            }
            let root = find(column)
            if let block = blockOfRoot[root] {
                blocks[block].append(column)
            } else {
                blockOfRoot[root] = blocks.count
                blocks.append([column])
            }
        }
        var blockRows = [[Int]](repeating: [], count: blocks.count)
        for (index, row) in model.rows.enumerated() where !linkingRows.contains(index) {
            guard let first = row.entries.first(where: { active[$0.column] }) else { continue }
            blockRows[blockOfRoot[find(first.column)]!].append(index)
        }
        if !loose.isEmpty {
            blocks.append(loose)
            blockRows.append([])
        }
        self.linkingRows = linkingRows.sorted()
        self.blocks = blocks
        self.blockRows = blockRows
        self.emptyRows = empty
    }
}
