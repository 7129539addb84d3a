import ArgumentParser

/// `--stable`: output without timing, byte-identical across runs (for CI and golden files).
struct StableFlag: ParsableArguments {
    @Flag(
        name: .customLong("stable"),
        help: "Leave timing out of the output, so it is byte-identical across runs (for CI and golden files).")
    var isOn = false
}
