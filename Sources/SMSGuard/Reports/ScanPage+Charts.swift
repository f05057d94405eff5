extension ScanPage {
    /// Horizontal bars with their labels and values, as inline SVG (left to right, Latin labels).
    static func barChart(_ items: [(label: String, value: Int, color: String)], label: String) -> String {
        let shown = Array(items.prefix(20))
        let width = 640, labelWidth = 190, valueWidth = 80, rowHeight = 30
        let height = max(1, shown.count) * rowHeight + 8
        let maximum = max(1, shown.map(\.value).max() ?? 1)
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"\(HTML.escape(label))\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<title>\(HTML.escape(label))</title>\n"
        for (row, item) in shown.enumerated() {
            let y = row * rowHeight + 4
            let barWidth = item.value == 0 ? 0 : max(2, (width - labelWidth - valueWidth) * item.value / maximum)
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 19)\" text-anchor=\"end\">\(HTML.escape(String(item.label.prefix(24))))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(barWidth)\" height=\"\(rowHeight - 10)\" rx=\"3\" fill=\"\(item.color)\"/>"
            svg += "<text x=\"\(labelWidth + barWidth + 6)\" y=\"\(y + 19)\">\(HTML.grouped(item.value))</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// Columns over time, as inline SVG, with the first, peak and last dates marked.
    static func columnChart(_ buckets: [(String, Int)], label: String) -> String {
        let width = 720, height = 220, left = 48, bottom = 30, top = 12
        let plotWidth = width - left - 8, plotHeight = height - bottom - top
        let maximum = max(1, buckets.map(\.1).max() ?? 1)
        let step = Double(plotWidth) / Double(max(1, buckets.count))
        let barWidth = max(1.0, step * 0.8)
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"\(HTML.escape(label))\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<title>\(HTML.escape(label))</title>\n"
        svg += "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(width - 8)\" y2=\"\(top + plotHeight)\" class=\"axis\"/>"
        svg += "<text x=\"\(left - 6)\" y=\"\(top + 10)\" text-anchor=\"end\">\(HTML.grouped(maximum))</text>"
        svg += "<text x=\"\(left - 6)\" y=\"\(top + plotHeight)\" text-anchor=\"end\">0</text>\n"
        for (index, bucket) in buckets.enumerated() {
            let barHeight = bucket.1 == 0 ? 0 : max(2, plotHeight * bucket.1 / maximum)
            let x = Double(left) + Double(index) * step + (step - barWidth) / 2
            svg += "<rect x=\"\(format(x))\" y=\"\(top + plotHeight - barHeight)\" width=\"\(format(barWidth))\" height=\"\(barHeight)\" fill=\"#c8403c\"><title>\(HTML.escape(bucket.0)): \(bucket.1)</title></rect>"
        }
        svg += "\n"
        if let first = buckets.first {
            svg += "<text x=\"\(left)\" y=\"\(height - 8)\">\(HTML.escape(first.0))</text>"
        }
        if buckets.count > 1, let last = buckets.last {
            svg += "<text x=\"\(width - 8)\" y=\"\(height - 8)\" text-anchor=\"end\">\(HTML.escape(last.0))</text>"
        }
        return svg + "\n</svg>\n"
    }

    private static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    static let style = """
        :root{--ink:#1d2330;--muted:#5c6577;--line:#e3e6ec;--bg:#f6f7f9;--card:#fff;--red:#c8403c}
        *{box-sizing:border-box}
        body{margin:0;font-family:Tahoma,"Segoe UI","Noto Sans Arabic","Noto Naskh Arabic","DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg);line-height:1.7}
        header{background:#23283a;color:#fff;padding:24px 32px}
        header h1{margin:0 0 4px;font-size:26px}
        header .meta{margin:0;color:#c9cfdc;font-size:14px}
        main{max-width:1120px;margin:0 auto;padding:16px 24px 40px}
        .en{color:var(--muted);font-size:.85em;font-family:"Segoe UI",Helvetica,Arial,sans-serif}
        header .en{color:#aab2c4}
        section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 22px;margin:18px 0}
        h2{font-size:20px;margin:0 0 12px}
        h3{font-size:17px;margin:18px 0 6px}
        .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:12px;background:none;border:0;padding:0}
        .card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
        .card .value{font-size:30px;font-weight:bold}
        .card .label{color:var(--muted)}
        .card .note{font-size:12px;color:var(--muted);margin-top:4px}
        .card.spoofed .value{color:var(--red)}
        .card.unreadable .value{color:#b26a00}
        svg.chart{max-width:100%;height:auto;direction:ltr;display:block;margin:6px 0 10px}
        svg.chart text{font:12px "Segoe UI",Helvetica,Arial,sans-serif;fill:#333}
        svg.chart .axis{stroke:#999;stroke-width:1}
        table{border-collapse:collapse;width:100%;margin:8px 0;font-size:14px}
        caption{caption-side:bottom;text-align:start;color:var(--muted);font-size:12px;padding-top:4px}
        th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:start;vertical-align:top}
        th{background:#f0f2f6;font-weight:600}
        .dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-inline-end:6px}
        .scroll{overflow-x:auto}
        table.messages td.text{max-width:420px;overflow-wrap:anywhere;word-break:break-word;white-space:normal}
        table.messages td.why{max-width:300px;font-size:12px;overflow-wrap:anywhere}
        table.messages hr{border:0;border-top:1px dashed var(--line);margin:4px 0}
        .tag{display:inline-block;background:#f3ecff;color:#5a3a94;border-radius:4px;padding:0 6px;margin:2px;font-size:11px;direction:ltr}
        .next{background:#fff7e6;border:1px solid #f1dca8;border-radius:8px;padding:8px 12px;font-size:14px;overflow-wrap:anywhere}
        code{background:#eef0f4;border-radius:4px;padding:1px 5px;font-size:12px;overflow-wrap:anywhere}
        .more{color:var(--muted)}
        ul.errors{font-size:13px;direction:ltr;text-align:left}
        details summary{cursor:pointer;color:var(--muted)}
        footer{max-width:1120px;margin:0 auto;padding:0 24px 32px;color:var(--muted);font-size:12px}
        @media print{header{background:none;color:#000}section{break-inside:avoid}}
        """
}
