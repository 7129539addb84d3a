import ArgumentParser
import ScenarioIO

/// CSV dialect options shared by commands that write CSV.
struct CSVFlags: ParsableArguments {
    @Option(
        name: .customLong("csv-separator"),
        help: "CSV field separator: comma (default) or semicolon (German Excel: German numbers, ja/nein).")
    var separator: CSVSeparator?

    @Flag(name: .customLong("csv-bom"), help: "Start CSV with a UTF-8 byte-order mark (for Excel).")
    var byteOrderMark = false

    var options: CSVOptions {
        CSVOptions(
            separator: separator == .semicolon ? ";" : ",", byteOrderMark: byteOrderMark,
            decimalComma: separator == .semicolon)
    }

    /// Whether the separator was given (a sheet being read is otherwise looked at to find it).
    var separatorGiven: Bool { separator != nil }

    enum CSVSeparator: String, ExpressibleByArgument, CaseIterable {
        case comma, semicolon
    }
}
