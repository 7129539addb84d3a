import ArgumentParser

/// Every output format the tool writes. A command names the ones it offers (`FormatOption`),
/// so its help lists exactly those and any other value is a usage error naming them.
enum OutputFormat: String, CaseIterable, Sendable {
    case table, text, json, csv, markdown, html
}

/// The formats one command offers, the first being its default.
protocol OfferedFormats {
    static var formats: [OutputFormat] { get }
}

/// A value of `--format` among the formats `Offered` lists.
struct FormatChoice<Offered: OfferedFormats>: ExpressibleByArgument, Sendable {
    let format: OutputFormat

    init(_ format: OutputFormat) { self.format = format }

    init?(argument: String) {
        guard let format = OutputFormat(rawValue: argument), Offered.formats.contains(format) else { return nil }
        self.format = format
    }

    static var allValueStrings: [String] { Offered.formats.map(\.rawValue) }
    var defaultValueDescription: String { format.rawValue }
}

/// `--format`, offering `Offered.formats` with the first as the default.
struct FormatOption<Offered: OfferedFormats>: ParsableArguments {
    @Option(name: .customLong("format"), help: ArgumentHelp("Output format.", valueName: "format"))
    var choice = FormatChoice<Offered>(Offered.formats[0])

    var format: OutputFormat { choice.format }
}

/// `score`'s ranking, `decide` and `plan` (whose `markdown` prints the table, as it always has).
enum TableJSONCSVMarkdown: OfferedFormats { static let formats: [OutputFormat] = [.table, .json, .csv, .markdown] }
/// `decide` (`markdown` and `html` are the decision paper).
enum TableJSONCSVMarkdownHTML: OfferedFormats {
    static let formats: [OutputFormat] = [.table, .json, .csv, .markdown, .html]
}
/// `sweep`.
enum TableCSVMarkdownJSON: OfferedFormats { static let formats: [OutputFormat] = [.table, .csv, .markdown, .json] }
/// `compare` and `history`.
enum TableMarkdownJSON: OfferedFormats { static let formats: [OutputFormat] = [.table, .markdown, .json] }
/// `explain` and `select`.
enum TableJSON: OfferedFormats { static let formats: [OutputFormat] = [.table, .json] }
/// `validate`.
enum TextJSON: OfferedFormats { static let formats: [OutputFormat] = [.text, .json] }
/// `report` (chosen by the `--out` extension unless given).
enum HTMLMarkdown: OfferedFormats { static let formats: [OutputFormat] = [.html, .markdown] }
