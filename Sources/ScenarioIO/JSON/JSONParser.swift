/// A strict RFC 8259 JSON parser that records the line and column of every value.
///
/// It accepts and skips a leading UTF-8 byte-order mark, counts CRLF as one line break,
/// rejects invalid UTF-8, limits nesting depth (no stack overflow on hostile input) and
/// reports duplicate object keys. Syntax errors stop the parse (there is no sensible
/// recovery); duplicate keys are collected and the parse goes on (the later value wins).
public struct JSONParser {
    /// The deepest nesting accepted; real scenarios use fewer than ten levels.
    public static let maximumDepth = 256

    /// Outcome of a parse.
    public struct Result: Sendable {
        public var root: JSONNode?
        public var diagnostics: [Diagnostic]
    }

    private let bytes: [UInt8]
    private let file: String
    private var offset = 0
    private var line = 1
    private var column = 1
    private var depth = 0
    private var duplicates: [Diagnostic] = []

    private struct SyntaxError: Error {
        var message: String
        var location: SourceLocation
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// Parses `bytes` read from `file` (the name is used in locations only).
    public static func parse(_ bytes: [UInt8], file: String) -> Result {
        var parser = JSONParser(bytes: bytes, file: file)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.offset = 3 }
        do {
            parser.skipWhitespace()
            let root = try parser.parseValue()
            parser.skipWhitespace()
            if parser.offset < bytes.count {
                throw SyntaxError(
                    message: "unexpected \(parser.describeCurrent()) after the end of the JSON document",
                    location: parser.location)
            }
            return Result(root: root, diagnostics: parser.duplicates)
        } catch let error as SyntaxError {
            let diagnostic = Diagnostic(
                .error, code: .syntax, message: error.message, path: "",
                location: error.location)
            return Result(root: nil, diagnostics: [diagnostic])
        } catch {
            preconditionFailure("unexpected error \(error)")
        }
    }

    private var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    private func describeCurrent() -> String {
        guard offset < bytes.count else { return "end of file" }
        let byte = bytes[offset]
        if byte >= 0x20 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    private mutating func advance() {
        let byte = bytes[offset]
        offset += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte == 0x0D {
            if offset < bytes.count, bytes[offset] == 0x0A { return }  // CRLF: the LF ends the line
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: advance()
            default: return
            }
        }
    }

    private mutating func expect(_ literal: String, value: JSONValue, start: SourceLocation) throws -> JSONNode {
        for expected in literal.utf8 {
            guard offset < bytes.count, bytes[offset] == expected else {
                throw SyntaxError(message: "invalid literal: expected '\(literal)'", location: start)
            }
            advance()
        }
        return JSONNode(value, at: start)
    }

    private mutating func parseValue() throws -> JSONNode {
        guard offset < bytes.count else {
            throw SyntaxError(message: "unexpected end of file: expected a value", location: location)
        }
        let start = location
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), at: start)
        case UInt8(ascii: "t"): return try expect("true", value: .bool(true), start: start)
        case UInt8(ascii: "f"): return try expect("false", value: .bool(false), start: start)
        case UInt8(ascii: "n"): return try expect("null", value: .null, start: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            throw SyntaxError(message: "NaN and Infinity are not JSON numbers", location: start)
        default:
            throw SyntaxError(message: "unexpected \(describeCurrent()): expected a value", location: start)
        }
    }

    private mutating func enter(_ start: SourceLocation) throws {
        depth += 1
        if depth > JSONParser.maximumDepth {
            throw SyntaxError(message: "nesting deeper than \(JSONParser.maximumDepth) levels", location: start)
        }
    }

    private mutating func parseObject() throws -> JSONNode {
        let start = location
        try enter(start)
        advance()  // {
        var members: [JSONMember] = []
        var seen: [String: SourceLocation] = [:]
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
            advance()
            depth -= 1
            return JSONNode(.object(members), at: start)
        }
        while true {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
                throw SyntaxError(
                    message: "unexpected \(describeCurrent()): expected a key in double quotes",
                    location: location)
            }
            let keyLocation = location
            let key = try parseString()
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
                throw SyntaxError(
                    message: "unexpected \(describeCurrent()): expected ':' after key \"\(key)\"",
                    location: location)
            }
            advance()
            skipWhitespace()
            let value = try parseValue()
            if let first = seen[key] {
                duplicates.append(
                    Diagnostic(
                        .error, code: .duplicateKey,
                        message:
                            "duplicate key \"\(key)\" (first at line \(first.line), column \(first.column)); JSON objects must not repeat a key",
                        path: "", location: keyLocation))
                members.removeAll { $0.key == key }
            }
            seen[key] = keyLocation
            members.append(JSONMember(key: key, keyLocation: keyLocation, value: value))
            skipWhitespace()
            guard offset < bytes.count else {
                throw SyntaxError(message: "unexpected end of file: expected ',' or '}'", location: location)
            }
            if bytes[offset] == UInt8(ascii: ",") {
                advance()
                continue
            }
            if bytes[offset] == UInt8(ascii: "}") {
                advance()
                depth -= 1
                return JSONNode(.object(members), at: start)
            }
            throw SyntaxError(message: "unexpected \(describeCurrent()): expected ',' or '}'", location: location)
        }
    }

    private mutating func parseArray() throws -> JSONNode {
        let start = location
        try enter(start)
        advance()  // [
        var elements: [JSONNode] = []
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
            advance()
            depth -= 1
            return JSONNode(.array(elements), at: start)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard offset < bytes.count else {
                throw SyntaxError(message: "unexpected end of file: expected ',' or ']'", location: location)
            }
            if bytes[offset] == UInt8(ascii: ",") {
                advance()
                continue
            }
            if bytes[offset] == UInt8(ascii: "]") {
                advance()
                depth -= 1
                return JSONNode(.array(elements), at: start)
            }
            throw SyntaxError(message: "unexpected \(describeCurrent()): expected ',' or ']'", location: location)
        }
    }

    private mutating func parseNumber() throws -> JSONNode {
        let start = location
        let begin = offset
        func digits() -> Int {
            var count = 0
            while offset < bytes.count, (48...57).contains(bytes[offset]) {
                advance()
                count += 1
            }
            return count
        }
        if bytes[offset] == UInt8(ascii: "-") { advance() }
        guard offset < bytes.count, (48...57).contains(bytes[offset]) else {
            throw SyntaxError(message: "invalid number: expected a digit", location: start)
        }
        if bytes[offset] == UInt8(ascii: "0") {
            advance()
            if offset < bytes.count, (48...57).contains(bytes[offset]) {
                throw SyntaxError(message: "invalid number: leading zeros are not allowed", location: start)
            }
        } else {
            _ = digits()
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            advance()
            if digits() == 0 {
                throw SyntaxError(message: "invalid number: expected a digit after '.'", location: start)
            }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            advance()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                advance()
            }
            if digits() == 0 {
                throw SyntaxError(message: "invalid number: expected a digit in the exponent", location: start)
            }
        }
        let text = String(decoding: bytes[begin..<offset], as: UTF8.self)
        return JSONNode(.number(text), at: start)
    }

    private mutating func parseString() throws -> String {
        let start = location
        advance()  // opening quote
        // Runs of plain characters are copied into the string whole, as UTF-8 (checked while
        // scanning): appending scalar by scalar was 13 % of loading a 3,500-measure file.
        var text = ""
        var run = offset
        func flush(_ end: Int) {
            if run < end { text += String(decoding: bytes[run..<end], as: UTF8.self) }
        }
        while true {
            guard offset < bytes.count else {
                throw SyntaxError(message: "unterminated string", location: start)
            }
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                flush(offset)
                advance()
                return text
            case UInt8(ascii: "\\"):
                flush(offset)
                text.unicodeScalars.append(try parseEscape(inStringAt: start))
                run = offset
            case 0x00..<0x20:
                throw SyntaxError(
                    message: byte == 0x0A || byte == 0x0D
                        ? "line break inside a string: the string is unterminated, or the break must be written as \\n"
                        : "control character in string: write it as a \\u escape",
                    location: location)
            case 0x20..<0x80:
                offset += 1  // never a line break here
                column += 1
            default:
                guard let (_, length) = decodeUTF8(at: offset) else {
                    throw SyntaxError(message: "invalid UTF-8 byte sequence in string", location: location)
                }
                offset += length
                column += 1
            }
        }
    }

    /// The scalar of the escape sequence at `offset` (a backslash and what follows) in the
    /// string that starts at `start`.
    private mutating func parseEscape(inStringAt start: SourceLocation) throws -> Unicode.Scalar {
        let escapeLocation = location
        advance()
        guard offset < bytes.count else { throw SyntaxError(message: "unterminated string", location: start) }
        let escaped = bytes[offset]
        advance()
        switch escaped {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            var code = try hexQuad(escapeLocation)
            if (0xD800...0xDBFF).contains(code) {
                guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
                    bytes[offset + 1] == UInt8(ascii: "u")
                else {
                    throw SyntaxError(message: "invalid \\u escape: unpaired surrogate", location: escapeLocation)
                }
                advance()
                advance()
                let low = try hexQuad(escapeLocation)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw SyntaxError(message: "invalid \\u escape: unpaired surrogate", location: escapeLocation)
                }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(code) {
                throw SyntaxError(message: "invalid \\u escape: unpaired surrogate", location: escapeLocation)
            }
            return Unicode.Scalar(code)!
        default:
            throw SyntaxError(message: "invalid escape sequence in string", location: escapeLocation)
        }
    }

    private mutating func hexQuad(_ escapeLocation: SourceLocation) throws -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard offset < bytes.count, let digit = hexValue(bytes[offset]) else {
                throw SyntaxError(message: "invalid \\u escape: expected four hex digits", location: escapeLocation)
            }
            code = code * 16 + digit
            advance()
        }
        return code
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 48...57: return UInt32(byte - 48)
        case 65...70: return UInt32(byte - 55)
        case 97...102: return UInt32(byte - 87)
        default: return nil
        }
    }

    private func decodeUTF8(at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int
        var code: UInt32
        switch lead {
        case 0xC2...0xDF:
            length = 2
            code = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3
            code = UInt32(lead & 0x0F)
        case 0xF0...0xF4:
            length = 4
            code = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for next in bytes[(index + 1)..<(index + length)] {
            guard next & 0xC0 == 0x80 else { return nil }
            code = code << 6 | UInt32(next & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard code >= minimum, let scalar = Unicode.Scalar(code) else { return nil }
        return (scalar, length)
    }
}
