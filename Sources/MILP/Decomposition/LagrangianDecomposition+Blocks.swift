extension LagrangianDecomposition {
    /// The blocks as models of their own: columns, rows and branching priorities copied once;
    /// each round only sets the priced objective.
    struct Problem: Sendable {
        let model: MILPModel
        let structure: BlockStructure
        /// Per column: its block and its position there.
        let blockOf: [Int], localIndex: [Int]
        /// Per column: (linking row position, coefficient).
        let links: [[(link: Int, coefficient: Double)]]
        let templates: [Model]
        let variables: [[Variable]]

        init(model: MILPModel, structure: BlockStructure) {
            self.model = model
            self.structure = structure
            var blockOf = [Int](repeating: 0, count: model.columns.count), localIndex = blockOf
            for (block, columns) in structure.blocks.enumerated() {
                for (position, column) in columns.enumerated() {
                    blockOf[column] = block
                    localIndex[column] = position
                }
            }
            var links = [[(link: Int, coefficient: Double)]](repeating: [], count: model.columns.count)
            for (k, row) in structure.linkingRows.enumerated() {
                for entry in model.rows[row].entries { links[entry.column].append((k, entry.coefficient)) }
            }
            var templates: [Model] = [], variables: [[Variable]] = []
            for (block, columns) in structure.blocks.enumerated() {
                var template = Model(name: "\(model.name)_block\(block)")
                let xs = columns.map { column in
                    let spec = model.columns[column]
                    return template.addVariable(kind: spec.kind, lower: spec.lower, upper: spec.upper)
                }
                for row in structure.blockRows[block] {
                    let spec = model.rows[row]
                    // Entries on columns of another block are on columns fixed at zero.
                    let terms = spec.entries.filter { blockOf[$0.column] == block }
                        .map { (variable: xs[localIndex[$0.column]], coefficient: $0.coefficient) }
                    template.add(LinearConstraint(LinearExpression(terms: terms), lower: spec.lower, upper: spec.upper))
                }
                for (column, priority) in model.branchingPriorities where blockOf[column] == block {
                    template.setBranchingPriority(xs[localIndex[column]], priority)
                }
                templates.append(template)
                variables.append(xs)
            }
            self.blockOf = blockOf
            self.localIndex = localIndex
            self.links = links
            self.templates = templates
            self.variables = variables
        }

        /// Each block with objective sign·c − prices·A (maximised), prices per linking row.
        func blockModels(prices: [Double], sign: Double) -> [MILPModel] {
            structure.blocks.enumerated().map { block, columns in
                var blockModel = templates[block]
                var objective = LinearExpression()
                for (position, column) in columns.enumerated() {
                    var coefficient = sign * model.objective[column]
                    for link in links[column] { coefficient -= prices[link.link] * link.coefficient }
                    if coefficient != 0 { objective.add(variables[block][position], coefficient) }
                }
                blockModel.maximize(objective)
                do {
                    return try blockModel.freeze()
                } catch {
                    preconditionFailure("a block of a valid model with finite prices is valid: \(error)")
                }
            }
        }

        /// The part of a full point that lies in `block`.
        func piece(of full: [Double], block: Int, sign: Double) -> Piece {
            piece(local: structure.blocks[block].map { full[$0] }, block: block, sign: sign)
        }

        /// A block's values with their objective part (maximising sense) and linking activities.
        func piece(local values: [Double], block: Int, sign: Double) -> Piece {
            var value = 0.0
            var activity = [Double](repeating: 0, count: structure.linkingRows.count)
            for (position, column) in structure.blocks[block].enumerated() where values[position] != 0 {
                value += sign * model.objective[column] * values[position]
                for link in links[column] { activity[link.link] += link.coefficient * values[position] }
            }
            return Piece(values: values, value: value, activity: activity)
        }

        /// A full point from one value list per block.
        func assemble(_ pieces: [[Double]]) -> [Double] {
            var values = [Double](repeating: 0, count: model.columns.count)
            for (block, columns) in structure.blocks.enumerated() {
                for (position, column) in columns.enumerated() { values[column] = pieces[block][position] }
            }
            return values
        }
    }
}
