/// Writes a model in CPLEX LP format, as read by GLPK (`glpsol --lp`), HiGHS, CBC and CPLEX.
///
/// Ranged rows become two rows, `NAME_lo` (≥) and `NAME_hi` (≤), since the LP format has no
/// portable ranged row; free rows are omitted (they constrain nothing); a non-zero objective
/// constant becomes a column fixed at 1.
public enum LPWriter {
    public static func write(_ model: MILPModel) -> String {
        var out = "\\* \(model.name): \(model.columns.count) columns, \(model.rows.count) rows *\\\n\n"
        out += model.sense == .maximize ? "Maximize\n" : "Minimize\n"
        out += " obj:"
        var termCount = 0
        for (column, coefficient) in model.objective.enumerated() where coefficient != 0 {
            out += term(coefficient, model.columns[column].name, first: termCount == 0)
            termCount += 1
        }
        if model.objectiveConstant != 0 {
            out += term(model.objectiveConstant, MILPModel.constantColumnName, first: termCount == 0)
            termCount += 1
        }
        if termCount == 0, let first = model.columns.first { out += " 0 \(first.name)" }
        out += "\n\nSubject To\n"
        var rowCount = 0
        for row in model.rows {
            guard let expression = expression(row, model) else { continue }
            switch (row.lower, row.upper) {
            case (nil, nil): continue
            case (let lower?, nil):
                rowCount += 1
                out += " \(row.name): \(expression) >= \(NumberFormat.spell(lower))\n"
            case (nil, let upper?):
                rowCount += 1
                out += " \(row.name): \(expression) <= \(NumberFormat.spell(upper))\n"
            case (let lower?, let upper?) where lower == upper:
                rowCount += 1
                out += " \(row.name): \(expression) = \(NumberFormat.spell(lower))\n"
            case (let lower?, let upper?):
                rowCount += 2
                out += " \(row.name)_lo: \(expression) >= \(NumberFormat.spell(lower))\n"
                out += " \(row.name)_hi: \(expression) <= \(NumberFormat.spell(upper))\n"
            }
        }
        // The format needs at least one constraint.
        if rowCount == 0, let first = model.columns.first { out += " _no_rows: 0 \(first.name) >= 0\n" }
        out += "\nBounds\n"
        for column in model.columns where column.kind != .binary {
            switch (column.lower, column.upper) {
            case (0?, nil): continue
            case (nil, nil): out += " \(column.name) free\n"
            case (let lower?, nil): out += " \(column.name) >= \(NumberFormat.spell(lower))\n"
            case (nil, let upper?): out += " -infinity <= \(column.name) <= \(NumberFormat.spell(upper))\n"
            case (let lower?, let upper?) where lower == upper:
                out += " \(column.name) = \(NumberFormat.spell(lower))\n"
            case (let lower?, let upper?):
                out += " \(NumberFormat.spell(lower)) <= \(column.name) <= \(NumberFormat.spell(upper))\n"
            }
        }
        for column in model.columns where column.kind == .binary && column.lower == column.upper {
            out += " \(column.name) = \(NumberFormat.spell(column.lower ?? 0))\n"
        }
        if model.objectiveConstant != 0 { out += " \(MILPModel.constantColumnName) = 1\n" }
        // A fixed binary is written as a fixed general integer: a Binary section would reset its bounds.
        let integers = model.columns.filter { $0.kind == .integer || ($0.kind == .binary && $0.lower == $0.upper) }.map(
            \.name)
        if !integers.isEmpty { out += "\nGeneral\n" + lines(integers) }
        let binaries = model.columns.filter { $0.kind == .binary && $0.lower != $0.upper }.map(\.name)
        if !binaries.isEmpty { out += "\nBinary\n" + lines(binaries) }
        return out + "\nEnd\n"
    }

    private static func term(_ coefficient: Double, _ name: String, first: Bool) -> String {
        let sign = coefficient < 0 ? "-" : "+"
        return " \(sign) \(NumberFormat.spell(abs(coefficient))) \(name)"
    }

    private static func expression(_ row: MILPModel.Row, _ model: MILPModel) -> String? {
        if row.entries.isEmpty {
            guard let first = model.columns.first else { return nil }
            return "0 \(first.name)"
        }
        var text = ""
        for entry in row.entries {
            text += term(entry.coefficient, model.columns[entry.column].name, first: text.isEmpty)
        }
        return String(text.dropFirst())
    }

    private static func lines(_ names: [String]) -> String {
        var out = ""
        var line = ""
        for name in names {
            if line.count + name.count > 200 {
                out += line + "\n"
                line = ""
            }
            line += " " + name
        }
        return out + line + "\n"
    }
}
