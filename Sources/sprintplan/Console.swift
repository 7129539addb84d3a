import Foundation

/// Writes a line to standard error (diagnostics and progress never go to stdout, so
/// `--format json` output stays parseable).
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
