import Foundation
import SprintModel

/// Measures as a CSV sheet, for analysts who keep them in Excel. One row per measure; the
/// columns are the scenario file's measure keys, lists separated by `|`, and one
/// `rating:CRITERION` column per criterion:
///
/// `id, name, zielbild, solution, source, fieldsOfAction, municipalities, tags, effort, progress,
/// maxTeams, requiredSkills, costPerTeamQuarter, oneOffCost, eligibleShare, prerequisites,
/// earliestStart, deadline, status, rating:…`
///
/// Only `id` is required as a column; an empty cell leaves the key out (its default applies,
/// or the validator reports it missing). With a semicolon separator (German Excel), numbers
/// are read and written German-style (`12.500,50`) and yes/no ratings as `ja`/`nein`. Rows
/// replace the scenario's measures with the same id and add the others; the result is
/// validated like a scenario file, and every problem is reported by sheet line and column.
/// Text cells are read exactly as written (a round trip gives back any text); list elements
/// escape `|` and `\` with a backslash. A measure's own indicators have no column: a row replaces only
/// the keys the sheet has columns for, so they are kept.
public enum MeasureSheet {
    static let textColumns = ["id", "name", "zielbild", "source", "earliestStart", "deadline", "status"]
    static let numberColumns = ["effort", "progress", "maxTeams", "costPerTeamQuarter", "oneOffCost", "eligibleShare"]
    /// `solution` is a list: a shared measure names every Lösung it serves (`L1|L2`).
    static let listColumns = [
        "solution", "fieldsOfAction", "municipalities", "tags", "requiredSkills", "prerequisites",
    ]
    static let ratingPrefix = "rating:"

    /// The column order of an exported sheet.
    static let columns = [
        "id", "name", "zielbild", "solution", "source", "fieldsOfAction", "municipalities", "tags", "effort",
        "progress",
        "maxTeams", "requiredSkills", "costPerTeamQuarter", "oneOffCost", "eligibleShare", "prerequisites",
        "earliestStart", "deadline", "status",
    ]

    // MARK: Export

    /// Every measure of the scenario, in file order, with a rating column per criterion.
    public static func write(_ scenario: Scenario, options: CSVOptions = .init()) -> String {
        let scales = Dictionary(scenario.criteria.map { ($0.id, $0.scale) }, uniquingKeysWith: { first, _ in first })
        let header = columns + scenario.criteria.map { ratingPrefix + $0.id }
        var rows = [header]
        for measure in scenario.measures {
            guard case .object(let fields) = ScenarioWriter.measure(measure, scales: scales) else { continue }
            let values = Dictionary(fields, uniquingKeysWith: { first, _ in first })
            var ratings: [String: OutputJSON] = [:]
            if case .object(let members)? = values["ratings"] { for (key, value) in members { ratings[key] = value } }
            rows.append(
                columns.map { cell(values[$0], column: $0, options: options) }
                    + scenario.criteria.map { cell(ratings[$0.id], options: options) })
        }
        return options.render(rows)
    }

    static let moneyColumns: Set<String> = ["costPerTeamQuarter", "oneOffCost"]

    static func cell(_ value: OutputJSON?, column: String = "", options: CSVOptions) -> String {
        let german = options.decimalComma
        switch value {
        case nil, .null?: return ""
        case .string(let text)?: return text
        case .bool(let flag)?: return german ? (flag ? "ja" : "nein") : (flag ? "true" : "false")
        case .int(let number)?: return german ? SheetNumber.german(Double(number), digits: 0) : String(number)
        case .number(let number, let digits)?:
            guard german else { return options.number(number, digits) }
            // Money with cents shows both digits (`12.500,50`), whole euros none (`58.000`).
            let cents = moneyColumns.contains(column) && number != number.rounded()
            return SheetNumber.german(number, digits: cents ? 2 : digits, fixed: cents)
        case .array(let elements)?: return SheetList.joined(elements.map { cell($0, options: options) })
        case .object?: return ""
        }
    }

    // MARK: Import

    /// Where a measure came from in the sheet, for messages.
    struct Origin {
        var row: Int
        var columns: [String: Int]
    }

    /// The scenario with the sheet's measures merged in, or every problem by row and column.
    ///
    /// - Parameter detectSeparator: take the separator (and with it the number style) from the
    ///   header instead of `options`; otherwise a header that is plainly separated by the other
    ///   separator gets a short hint instead of one unknown column.
    public static func merge(
        sheet path: String, into scenario: Scenario, options: CSVOptions = .init(), detectSeparator: Bool = false
    ) -> ScenarioLoadResult {
        var options = options
        // Read like a scenario file: the same size limit, devices refused, odd file names found.
        let bytes: [UInt8]
        switch ScenarioFiles.read(path) {
        case .success(let read): bytes = read
        case .failure(let error):
            let (code, described) = ScenarioFiles.describe(error, path: path)
            let message = code == .fileNotFound ? "\(path): no such file" : described
            let location = code == .fileNotFound ? nil : SourceLocation(file: path, line: 1, column: 1)
            let problem = Diagnostic(.error, code: code, message: message, path: "", location: location)
            return ScenarioLoadResult(scenario: nil, diagnostics: [problem], files: [path])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return failure(
                path, row: 1, column: nil, code: .syntax,
                "the sheet is not UTF-8 text (save it as \"CSV UTF-8\")")
        }
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let firstLine = String(body.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" })
        let found = SheetDialect.separator(ofHeader: firstLine)
        if detectSeparator, let found {
            options.separator = found
            options.decimalComma = found == ";"
        } else if let found, found != options.separator {
            let (given, other) = found == ";" ? ("comma", "semicolon") : ("semicolon", "comma")
            return failure(
                path, row: 1, column: nil, code: .syntax,
                "the header is separated by \"\(found)\", but --csv-separator \(given) was given; "
                    + "use --csv-separator \(other) or leave the option out")
        }
        let records: [CSVReader.Record]
        do {
            records = try CSVReader(separator: options.separator).records(body)
        } catch {
            let location = SourceLocation(file: path, line: error.line, column: error.column)
            let problem = Diagnostic(
                .error, code: .syntax, message: "the sheet is not valid CSV: \(error.message)",
                path: "", location: location)
            return ScenarioLoadResult(scenario: nil, diagnostics: [problem], files: [path])
        }
        let header = (records.first?.cells ?? []).map { CSVCell.unescaped($0).trimmingCharacters(in: .whitespaces) }
        var problems: [Diagnostic] = []
        let known = Set(columns)
        for (index, name) in header.enumerated() where !known.contains(name) && !name.hasPrefix(ratingPrefix) {
            problems.append(
                diagnostic(
                    path, row: 1, column: index, header: header, code: .unknownKey,
                    "unknown column \"\(name)\"\(Suggestion.hint(for: name, among: columns)); columns: \(columns.joined(separator: ", ")), \(ratingPrefix)CRITERION"
                ))
        }
        guard let idColumn = header.firstIndex(of: "id") else {
            problems.append(
                diagnostic(
                    path, row: 1, column: nil, header: header, code: .missingField, "the sheet has no \"id\" column"))
            return ScenarioLoadResult(scenario: nil, diagnostics: problems, files: [path])
        }
        var measures: [OutputJSON] = []
        var origins: [String: Origin] = [:]  // measure id → sheet row
        for record in records.dropFirst() {
            let row = record.cells.map(CSVCell.unescaped)
            let rowNumber = record.line
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            var fields: [(String, OutputJSON)] = []
            var ratings: [(String, OutputJSON)] = []
            var columnsOfRow: [String: Int] = [:]
            for (index, name) in header.enumerated() where index < row.count {
                guard let value = SheetValue.json(row[index], column: name, options: options) else { continue }
                if name.hasPrefix(ratingPrefix) {
                    let criterion = String(name.dropFirst(ratingPrefix.count))
                    ratings.append((criterion, value))
                    columnsOfRow[JSONPath.member("ratings", criterion)] = index
                } else if known.contains(name) {
                    fields.append((name, value))
                    columnsOfRow[name] = index
                }
            }
            if row.count > header.count {
                problems.append(
                    diagnostic(
                        path, row: rowNumber, column: header.count, header: header, code: .unknownKey,
                        "the row has \(row.count) cells, the header \(header.count) columns"))
            }
            fields.append(("ratings", .object(ratings)))
            let id = idColumn < row.count ? row[idColumn].trimmingCharacters(in: .whitespaces) : ""
            if let earlier = origins[id] {
                problems.append(
                    diagnostic(
                        path, row: rowNumber, column: idColumn, header: header, code: .duplicateID,
                        "measure id \"\(id)\" is already in row \(earlier.row)"))
                continue
            }
            origins[id] = Origin(row: rowNumber, columns: columnsOfRow)
            measures.append(.object(fields))
        }
        guard problems.isEmpty else { return ScenarioLoadResult(scenario: nil, diagnostics: problems, files: [path]) }

        // Merge into the scenario's canonical JSON and validate it as one scenario file.
        guard case .object(var document) = ScenarioWriter.json(scenario) else {
            preconditionFailure("a scenario writes as an object")
        }
        let existing: [OutputJSON] =
            document.first { $0.0 == "measures" }.flatMap {
                if case .array(let items) = $0.1 { return items } else { return nil }
            } ?? []
        var merged: [OutputJSON] = []
        var sheetIndex: [Int: String] = [:]  // index in merged → id from the sheet
        var replaced = Set<String>()
        let sheetByID = Dictionary(
            measures.compactMap { measure -> (String, OutputJSON)? in
                guard case .object(let fields) = measure,
                    case .string(let id)? = fields.first(where: { $0.0 == "id" })?.1
                else { return nil }
                return (id, measure)
            }, uniquingKeysWith: { first, _ in first })
        for item in existing {
            if case .object(let fields) = item, case .string(let id)? = fields.first(where: { $0.0 == "id" })?.1,
                let replacement = sheetByID[id]
            {
                sheetIndex[merged.count] = id
                merged.append(keepingFieldsWithoutColumns(of: fields, in: replacement))
                replaced.insert(id)
            } else {
                merged.append(item)
            }
        }
        for measure in measures {
            if case .object(let fields) = measure, case .string(let id)? = fields.first(where: { $0.0 == "id" })?.1,
                replaced.contains(id)
            {
                continue
            }
            let id: String = {
                if case .object(let fields) = measure, case .string(let id)? = fields.first(where: { $0.0 == "id" })?.1
                {
                    return id
                }
                return ""
            }()
            sheetIndex[merged.count] = id
            merged.append(measure)
        }
        if let index = document.firstIndex(where: { $0.0 == "measures" }) { document[index].1 = .array(merged) }
        let checked = ScenarioLoader.check(text: OutputJSON.object(document).rendered(), label: path)
        // Problems inside a sheet measure point at its row and column; others stay as they are.
        let located = checked.diagnostics.map { diagnostic -> Diagnostic in
            guard let (index, rest) = measureIndex(in: diagnostic.path), let id = sheetIndex[index],
                let origin = origins[id]
            else { return diagnostic }
            let column = origin.columns.first {
                rest == $0.key || rest.hasPrefix($0.key + ".") || rest.hasPrefix($0.key + "[")
            }?.value
            return Self.diagnostic(
                path, row: origin.row, column: column, header: header, code: diagnostic.code, diagnostic.message,
                severity: diagnostic.severity)
        }
        return ScenarioLoadResult(
            scenario: checked.scenario, diagnostics: located.sorted(by: Diagnostic.ordered), files: [path])
    }

    /// `measures[12].ratings.c1` → (12, "ratings.c1").
    static func measureIndex(in path: String) -> (Int, String)? {
        guard path.hasPrefix("measures["), let close = path.firstIndex(of: "]"),
            let index = Int(path[path.index(path.startIndex, offsetBy: 9)..<close])
        else { return nil }
        var rest = path[path.index(after: close)...]
        if rest.hasPrefix(".") { rest = rest.dropFirst() }
        return (index, String(rest))
    }

    static func failure(
        _ path: String, row: Int?, column: Int?, code: DiagnosticCode, _ message: String
    ) -> ScenarioLoadResult {
        ScenarioLoadResult(
            scenario: nil, diagnostics: [diagnostic(path, row: row, column: column, header: [], code: code, message)],
            files: [path])
    }

    /// `SHEET.csv:ROW:COL: error[code]: column C "name": message` — rows as a spreadsheet counts
    /// them, columns by the letter a spreadsheet shows (A … Z, AA …) and the header.
    static func diagnostic(
        _ path: String, row: Int?, column: Int?, header: [String], code: DiagnosticCode, _ message: String,
        severity: Diagnostic.Severity = .error
    ) -> Diagnostic {
        let name = column.map {
            let letter = SheetDialect.columnLetter($0)
            return $0 < header.count ? "column \(letter) \"\(header[$0])\"" : "column \(letter)"
        }
        return Diagnostic(
            severity, code: code, message: message, path: name ?? "",
            location: row.map { SourceLocation(file: path, line: $0, column: (column ?? 0) + 1) })
    }

    /// Keys of a measure that the sheet has columns for (`ratings` through its `rating:` columns).
    static let sheetKeys = Set(columns + ["ratings"])

    /// A row replaces what the sheet has columns for and nothing else: keys it cannot hold (a
    /// measure's own indicators, nested records with their realised values) stay as the
    /// scenario has them, so importing a sheet never loses them.
    static func keepingFieldsWithoutColumns(
        of existing: [(String, OutputJSON)], in replacement: OutputJSON
    )
        -> OutputJSON
    {
        guard case .object(var fields) = replacement else { return replacement }
        let written = Set(fields.map(\.0))
        fields += existing.filter { !sheetKeys.contains($0.0) && !written.contains($0.0) }
        return .object(fields)
    }
}
