/// Writes a model in free MPS format, as read by GLPK (`glpsol --freemps`), HiGHS and CBC.
///
/// Integer columns are bracketed by `MARKER` lines; ranged rows use the `RANGES` section;
/// a non-zero objective constant becomes a column fixed at 1. Names contain no spaces (the
/// model guarantees it), as free MPS requires.
///
/// The objective sense is stated in an `OBJSENSE` section, which HiGHS, CBC, CPLEX and Gurobi
/// read; GLPK does not know that section, so `dialect: .glpk` leaves it out (give `glpsol`
/// `--max` for a maximisation; a comment line in the file says so).
public enum MPSWriter {
    public enum Dialect: Sendable {
        case standard, glpk
    }

    public static func write(_ model: MILPModel, dialect: Dialect = .standard) -> String {
        var out = "* \(model.name): \(model.columns.count) columns, \(model.rows.count) rows, \(model.sense.rawValue)\n"
        out += "NAME \(model.name)\n"
        if model.sense == .maximize && dialect == .standard { out += "OBJSENSE\n    MAX\n" }
        out += "ROWS\n N obj\n"
        for row in model.rows {
            let type: String
            switch (row.lower, row.upper) {
            case (nil, nil): type = "N"
            case (_?, nil): type = "G"
            case (nil, _?): type = "L"
            case (let lower?, let upper?): type = lower == upper ? "E" : "L"
            }
            out += " \(type) \(row.name)\n"
        }
        // Column-major entries.
        var byColumn = [[(row: Int, coefficient: Double)]](repeating: [], count: model.columns.count)
        for (rowIndex, row) in model.rows.enumerated() {
            for entry in row.entries { byColumn[entry.column].append((rowIndex, entry.coefficient)) }
        }
        out += "COLUMNS\n"
        var inInteger = false
        var marker = 0
        for (index, column) in model.columns.enumerated() {
            let integer = column.kind != .continuous
            if integer != inInteger {
                out += " M\(marker) 'MARKER' '\(integer ? "INTORG" : "INTEND")'\n"
                marker += 1
                inInteger = integer
            }
            let objective = model.objective[index]
            if objective != 0 { out += " \(column.name) obj \(NumberFormat.spell(objective))\n" }
            for entry in byColumn[index] {
                out += " \(column.name) \(model.rows[entry.row].name) \(NumberFormat.spell(entry.coefficient))\n"
            }
            if objective == 0 && byColumn[index].isEmpty { out += " \(column.name) obj 0\n" }
        }
        if inInteger { out += " M\(marker) 'MARKER' 'INTEND'\n" }
        if model.objectiveConstant != 0 {
            out += " \(MILPModel.constantColumnName) obj \(NumberFormat.spell(model.objectiveConstant))\n"
        }
        out += "RHS\n"
        for row in model.rows {
            let rhs: Double?
            switch (row.lower, row.upper) {
            case (nil, nil): rhs = nil
            case (let lower?, nil): rhs = lower
            case (_, let upper?): rhs = upper
            }
            if let rhs, rhs != 0 { out += " RHS \(row.name) \(NumberFormat.spell(rhs))\n" }
        }
        let ranged = model.rows.filter { row in
            guard let lower = row.lower, let upper = row.upper else { return false }
            return lower != upper
        }
        if !ranged.isEmpty {
            out += "RANGES\n"
            for row in ranged { out += " RNG \(row.name) \(NumberFormat.spell(row.upper! - row.lower!))\n" }
        }
        out += "BOUNDS\n"
        for column in model.columns {
            let name = column.name
            switch column.kind {
            case .binary:
                if column.lower == column.upper {
                    out += " FX BND \(name) \(NumberFormat.spell(column.lower ?? 0))\n"
                } else {
                    out += " BV BND \(name)\n"
                }
                continue
            case .integer, .continuous:
                break
            }
            switch (column.lower, column.upper) {
            // Readers disagree on the default upper bound of a marked integer column (1 or +∞): say it.
            case (0?, nil): if column.kind == .integer { out += " PL BND \(name)\n" }
            case (nil, nil): out += " FR BND \(name)\n"
            case (let lower?, nil): out += " LO BND \(name) \(NumberFormat.spell(lower))\n"
            case (nil, let upper?): out += " MI BND \(name)\n UP BND \(name) \(NumberFormat.spell(upper))\n"
            case (let lower?, let upper?) where lower == upper: out += " FX BND \(name) \(NumberFormat.spell(lower))\n"
            case (let lower?, let upper?):
                // An integer column with upper bound and default lower 0 must state LO: some readers
                // turn "UP" on an integer column into a binary otherwise.
                out += " LO BND \(name) \(NumberFormat.spell(lower))\n UP BND \(name) \(NumberFormat.spell(upper))\n"
            }
        }
        if model.objectiveConstant != 0 { out += " FX BND \(MILPModel.constantColumnName) 1\n" }
        return out + "ENDATA\n"
    }
}
