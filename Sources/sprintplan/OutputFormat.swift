import ArgumentParser

/// Output formats shared by the commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// sysexits(3) codes used by the tool.
enum ExitStatus {
    static let usage: Int32 = 64
    static let invalidData: Int32 = 65
    static let missingInput: Int32 = 66
    static let cannotCreateOutput: Int32 = 73
}
