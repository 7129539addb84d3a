/// A JSON value built for output: members keep the order they were added in, numbers are
/// spelt deterministically, and rendering is byte-identical across runs and machines.
public indirect enum OutputJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    /// A number rendered with at most `digits` decimals and no trailing zeros.
    case number(Double, digits: Int)
    case string(String)
    case array([OutputJSON])
    case object([(String, OutputJSON)])

    public static func == (lhs: OutputJSON, rhs: OutputJSON) -> Bool { lhs.rendered() == rhs.rendered() }

    public static func number(_ value: Double) -> OutputJSON { .number(value, digits: 6) }
    public static func optional(_ value: String?) -> OutputJSON { value.map(OutputJSON.string) ?? .null }

    /// Pretty-printed with two-space indentation and a final newline.
    public func rendered() -> String {
        var output = ""
        write(into: &output, indent: 0)
        return output + "\n"
    }

    private func write(into output: inout String, indent: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let value): output += String(value)
        case .number(let value, let digits): output += OutputJSON.spell(value, digits: digits)
        case .string(let text): OutputJSON.quote(text, into: &output)
        case .array(let elements):
            if elements.isEmpty {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                element.write(into: &output, indent: indent + 1)
                output += index == elements.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            output += "{\n"
            for (index, member) in members.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                OutputJSON.quote(member.0, into: &output)
                output += ": "
                member.1.write(into: &output, indent: indent + 1)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// Fixed-point spelling without locale: `0.65`, `12`, `-3.5`; non-finite values become `null`.
    public static func spell(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "null" }
        let scale = pow10(digits)
        let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
        if scaled == 0 { return "0" }
        if abs(scaled) >= 9e15 { return "\(value)" }
        let integer = Int64(scaled)
        let sign = integer < 0 ? "-" : ""
        let magnitude = integer.magnitude
        let divisor = UInt64(scale)
        var text = sign + String(magnitude / divisor)
        var fraction = String(magnitude % divisor)
        if digits > 0 && magnitude % divisor != 0 {
            fraction = String(repeating: "0", count: digits - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text
    }

    private static func pow10(_ digits: Int) -> Double {
        var result = 1.0
        for _ in 0..<digits { result *= 10 }
        return result
    }

    static func quote(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            // C0, DEL and C1 escaped: JSON needs only C0, but raw DEL and C1 would reach a terminal.
            case let control where control.value < 0x20 || (0x7F...0x9F).contains(control.value):
                let hex = String(control.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
