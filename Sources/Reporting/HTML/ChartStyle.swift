/// Colours, tints, border dashes and the own-share hatching of the charts. Every series has a
/// border dash as well as a colour, and every bar carries a text label, so a chart reads in black
/// and white and in print.
enum ChartStyle {
    static let colours = ["#1f5fa8", "#c2571a", "#2e8540", "#7b3fa0", "#a8871f", "#1f8fa8", "#a81f4f", "#5a6b1f"]

    static func colour(_ index: Int) -> String { colours[index % colours.count] }

    /// Series `index`'s colour mixed with white: an opaque light fill that text stays legible on.
    static func tint(_ index: Int) -> String {
        let hex = Array(colour(index).dropFirst())
        let channels = stride(from: 0, to: 6, by: 2).map { Int(String(hex[$0..<$0 + 2]), radix: 16) ?? 0 }
        let mixed = channels.map { 255 - (255 - $0) * 22 / 100 }
        return "#" + mixed.map { value in (value < 16 ? "0" : "") + String(value, radix: 16) }.joined()
    }

    /// The border dashes that tell series apart without colour: solid, dashed, dotted, dash-dot.
    static func dash(_ index: Int) -> String? { [nil, "7,3", "2,2", "8,3,2,3"][index % 4] }

    /// `<defs>` with the hatching that marks the own share.
    static func definitions() -> Markup {
        var svg = Markup()
        svg.open("defs")
        // Own share: hatching over any colour.
        svg.open("pattern", [("id", "hatch"), ("patternUnits", "userSpaceOnUse"), ("width", "6"), ("height", "6")])
        svg.empty("rect", [("width", "6"), ("height", "6"), ("fill", "#ffffff")])
        svg.empty("path", [("d", "M0,6 L6,0"), ("stroke", "#333333"), ("stroke-width", "1.4")])
        svg.close("pattern")
        svg.close("defs")
        return svg
    }

    static func svgOpen(_ svg: inout Markup, width: Double, height: Double, label: String) {
        svg.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("width", Markup.coordinate(width)),
                ("height", Markup.coordinate(height)),
                ("viewBox", "0 0 \(Markup.coordinate(width)) \(Markup.coordinate(height))"), ("role", "img"),
                ("aria-label", label),
                ("font-family", "sans-serif"), ("font-size", "11"),
            ])
        svg.append(definitions())
    }

    static func text(
        _ svg: inout Markup, _ content: String, x: Double, y: Double, anchor: String = "start", weight: String? = nil,
        size: Int? = nil
    ) {
        var attributes: [(String, String)] = [
            ("x", Markup.coordinate(x)), ("y", Markup.coordinate(y)), ("text-anchor", anchor),
        ]
        if let weight { attributes.append(("font-weight", weight)) }
        if let size { attributes.append(("font-size", String(size))) }
        svg.element("text", attributes, content)
    }

    static func rect(
        _ svg: inout Markup, x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
        title: String? = nil
    ) {
        var attributes: [(String, String)] = [
            ("x", Markup.coordinate(x)), ("y", Markup.coordinate(y)),
            ("width", Markup.coordinate(max(0, width))), ("height", Markup.coordinate(max(0, height))),
            ("fill", fill),
        ]
        if let stroke { attributes += [("stroke", stroke), ("stroke-width", "1")] }
        guard let title else {
            svg.empty("rect", attributes)
            return
        }
        svg.open("rect", attributes)
        svg.element("title", [], title)
        svg.close("rect")
    }
}
