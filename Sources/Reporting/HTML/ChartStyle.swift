/// Colours and fill patterns of the charts. Every series has a pattern as well as a colour,
/// and every bar carries a text label, so a chart reads in black and white and in print.
enum ChartStyle {
    static let colours = ["#1f5fa8", "#c2571a", "#2e8540", "#7b3fa0", "#a8871f", "#1f8fa8", "#a81f4f", "#5a6b1f"]

    static func colour(_ index: Int) -> String { colours[index % colours.count] }

    /// The id of series `index`'s pattern (defined by `definitions`).
    static func pattern(_ index: Int) -> String { "p\(index % colours.count)" }

    /// `<defs>` with one pattern per colour: a light tint with a distinct line texture.
    static func definitions() -> Markup {
        var svg = Markup()
        svg.open("defs")
        for (index, colour) in colours.enumerated() {
            svg.open(
                "pattern",
                [("id", pattern(index)), ("patternUnits", "userSpaceOnUse"), ("width", "8"), ("height", "8")])
            svg.empty("rect", [("width", "8"), ("height", "8"), ("fill", colour), ("fill-opacity", "0.18")])
            let stroke: [(String, String)] = [("stroke", colour), ("stroke-width", "1"), ("stroke-opacity", "0.45")]
            switch index % 4 {
            case 0: svg.empty("path", [("d", "M0,8 L8,0")] + stroke)  // diagonal
            case 1: svg.empty("path", [("d", "M0,4 L8,4")] + stroke)  // horizontal
            case 2:  // dots
                svg.empty(
                    "circle", [("cx", "4"), ("cy", "4"), ("r", "1.2"), ("fill", colour), ("fill-opacity", "0.5")])
            default: svg.empty("path", [("d", "M0,0 L8,8 M0,8 L8,0")] + stroke)  // cross
            }
            svg.close("pattern")
        }
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
