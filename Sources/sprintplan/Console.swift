import Foundation
import Reporting

/// Writes a line to standard error (diagnostics and progress never go to stdout, so
/// `--format json` output stays parseable). Names from a file may hold control characters;
/// they reach the terminal only as visible pictures.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((VisibleText.terminal(line) + "\n").utf8))
}

/// Everything the tool prints to standard output passes here (it shadows `Swift.print` in
/// this module), so no raw control character from a scenario reaches a terminal.
func print(_ text: String, terminator: String = "\n") {
    Swift.print(VisibleText.terminal(text), terminator: terminator)
}
