/// Reads CSV text (RFC 4180: quoted fields with doubled quotes, CRLF or LF line ends) and
/// keeps where every record starts, so that a syntax error names its line and column.
/// Cells are returned exactly as written (no trimming): a sheet must give back the text that
/// was exported.
struct CSVReader {
    struct Record {
        /// 1-based line on which the record starts.
        var line: Int
        var cells: [String]
    }

    /// A syntax error at a 1-based line and column (columns count characters).
    struct SyntaxError: Error {
        var line: Int
        var column: Int
        var message: String
    }

    let separator: Character

    func records(_ text: String) throws(SyntaxError) -> [Record] {
        var records: [Record] = []
        var cells: [String] = []
        var cell = ""
        var line = 1, column = 0
        var recordLine = 1
        var quoted = false  // inside a quoted field
        var afterQuote = false  // a quoted field just closed: only a separator or line end may follow
        var quoteLine = 0, quoteColumn = 0
        var atCellStart = true
        var characters = text.makeIterator()
        var pending: Character? = nil
        func finishRecord() {
            cells.append(cell)
            records.append(Record(line: recordLine, cells: cells))
            cells = []
            cell = ""
            atCellStart = true
            afterQuote = false
        }
        while let character = pending ?? characters.next() {
            pending = nil
            column += 1
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" {
                        cell.append("\"")
                        column += 1
                    } else {
                        quoted = false
                        afterQuote = true
                        pending = next
                    }
                } else {
                    cell.append(character)
                    if character == "\n" || character == "\r\n" || character == "\r" {
                        line += 1
                        column = 0
                    }
                }
                continue
            }
            switch character {
            case separator:
                cells.append(cell)
                cell = ""
                atCellStart = true
                afterQuote = false
            case "\n", "\r\n", "\r":
                finishRecord()
                line += 1
                column = 0
                recordLine = line
            case "\"" where atCellStart:
                quoted = true
                atCellStart = false
                quoteLine = line
                quoteColumn = column
            default:
                if afterQuote {
                    throw SyntaxError(
                        line: line, column: column,
                        message: "unexpected \(Self.describe(character)) after a closing quote; "
                            + "inside a quoted cell write a quote as \"\"")
                }
                if character == "\"" {
                    throw SyntaxError(
                        line: line, column: column,
                        message: "a quote inside an unquoted cell; "
                            + "quote the whole cell and double the quote")
                }
                cell.append(character)
                atCellStart = false
            }
        }
        if quoted {
            throw SyntaxError(line: quoteLine, column: quoteColumn, message: "a quoted cell is never closed")
        }
        if !(cells.isEmpty && cell.isEmpty && atCellStart) { finishRecord() }
        return records
    }

    static func describe(_ character: Character) -> String {
        let printable = character.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
        return printable ? "\"\(character)\"" : "a control character"
    }
}
