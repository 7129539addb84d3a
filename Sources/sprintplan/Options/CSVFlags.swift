import ArgumentParser
import ScenarioIO

/// CSV dialect options shared by commands that write CSV.
struct CSVFlags: ParsableArguments {
    @Option(name: .customLong("csv-separator"), help: "CSV field separator: comma or semicolon (German Excel).")
    var separator: CSVSeparator = .comma

    @Flag(name: .customLong("csv-bom"), help: "Start CSV with a UTF-8 byte-order mark (for Excel).")
    var byteOrderMark = false

    var options: CSVOptions {
        CSVOptions(
            separator: separator == .comma ? "," : ";", byteOrderMark: byteOrderMark,
            decimalComma: separator == .semicolon)
    }

    enum CSVSeparator: String, ExpressibleByArgument, CaseIterable {
        case comma, semicolon
    }
}
