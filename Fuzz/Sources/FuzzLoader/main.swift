import ScenarioIO

/// libFuzzer entry: any bytes are a scenario file. The loader must answer with a scenario or
/// located errors, never crash; a valid scenario must survive writing and reading back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = ScenarioLoader.check(bytes: bytes, label: "fuzz.json")
    if let scenario = result.scenario {
        let again = ScenarioLoader.check(scenario, label: "rewritten.json")
        precondition(again.scenario == scenario, "a valid scenario changed when written and read back")
    } else {
        precondition(result.errors.allSatisfy { $0.location != nil }, "an error without a location: \(result.errors)")
    }
    return 0
}
