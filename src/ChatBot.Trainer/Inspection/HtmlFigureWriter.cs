using System.Globalization;
using System.Net;
using System.Text;

namespace ChatBot.Trainer.Inspection;

/// <summary>
/// The figure as one self-contained HTML page: inline SVG, style and script, no external scripts, fonts or CDNs, so
/// it opens from disk. The page scrolls horizontally when a turn is long; hovering a reply character shades the user
/// characters by the attention it gave them.
/// </summary>
public static class HtmlFigureWriter
{
    public static string Write(FigureLayout figure, FigureText text)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"").Append(text.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Escape(text.Title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<div class=\"figure\">\n");
        page.Append(Svg(figure));
        page.Append("</div>\n<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static string Svg(FigureLayout figure)
    {
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{figure.Width:0}\" height=\"{figure.Height:0}\" viewBox=\"0 0 {figure.Width:0} {figure.Height:0}\">\n"));
        svg.Append(Invariant($"<rect width=\"{figure.Width:0}\" height=\"{figure.Height:0}\" fill=\"#ffffff\"/>\n"));
        svg.Append("<g class=\"header\">\n");
        AppendShapes(svg, figure.HeaderBoxes, figure.Header);
        svg.Append("</g>\n");
        foreach (var turn in figure.Turns)
        {
            svg.Append(Invariant($"<g class=\"turn\" data-turn-row=\"{turn.Turn}\">\n"));
            AppendShapes(svg, turn.Boxes, turn.Labels);
            svg.Append("</g>\n");
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void AppendShapes(StringBuilder svg, IEnumerable<FigureBox> boxes, IEnumerable<FigureLabel> labels)
    {
        foreach (var box in boxes)
        {
            svg.Append(Invariant($"<g><rect x=\"{box.X:0.#}\" y=\"{box.Y:0.#}\" width=\"{box.Width:0.#}\" height=\"{box.Height:0.#}\" fill=\"{box.Fill.Hex}\""));
            foreach (var (name, value) in box.Data ?? new Dictionary<string, string>())
            {
                svg.Append(" data-").Append(name).Append("=\"").Append(Escape(value)).Append('"');
            }
            svg.Append('>');
            if (box.Tooltip is not null)
            {
                svg.Append("<title>").Append(Escape(box.Tooltip)).Append("</title>");
            }
            svg.Append("</rect>");
            if (box.Text is not null)
            {
                svg.Append(Invariant($"<text class=\"ch\" x=\"{box.X + box.Width / 2:0.#}\" y=\"{box.Y + box.Height - 5:0.#}\" fill=\"{(box.TextColour ?? new Rgb(0, 0, 0)).Hex}\">"))
                    .Append(Escape(box.Text)).Append("</text>");
            }
            svg.Append("</g>\n");
        }
        foreach (var label in labels)
        {
            svg.Append(Invariant($"<text x=\"{label.X:0.#}\" y=\"{label.Y:0.#}\" font-size=\"{label.Size:0.#}\"{(label.Bold ? " font-weight=\"bold\"" : "")}>"))
                .Append(Escape(label.Text)).Append("</text>\n");
        }
    }

    private static string Escape(string value) => WebUtility.HtmlEncode(value);

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);

    private const string Style = """
        body { margin: 0; background: #f4f5f7; font-family: sans-serif; }
        .figure { overflow-x: auto; padding: 8px; }
        svg { display: block; background: #fff; font-family: sans-serif; fill: #222; }
        svg text.ch { font-family: monospace; font-size: 11px; text-anchor: middle; pointer-events: none; }
        svg rect[data-attention] { cursor: crosshair; }
        svg rect.attended { stroke: #1a9850; stroke-width: 2; }

        """;

    // Hovering a reply character outlines and shades the user characters it attended to; leaving restores them.
    private const string Script = """
        (function () {
          const users = new Map();
          document.querySelectorAll('rect[data-user-turn]').forEach(r => users.set(r.dataset.userTurn + ':' + r.dataset.userIndex, r));
          let lit = [];
          function clear() {
            lit.forEach(r => { r.classList.remove('attended'); r.style.fill = ''; });
            lit = [];
          }
          document.querySelectorAll('rect[data-attention]').forEach(reply => {
            reply.addEventListener('mouseenter', () => {
              clear();
              reply.dataset.attention.split(';').filter(s => s.length > 0).forEach(link => {
                const [turn, index, weight] = link.split(':');
                const r = users.get(turn + ':' + index);
                if (!r) { return; }
                const w = Math.min(1, parseFloat(weight));
                r.classList.add('attended');
                r.style.fill = 'rgb(' + Math.round(255 - 229 * w) + ',' + Math.round(255 - 103 * w) + ',' + Math.round(255 - 175 * w) + ')';
                lit.push(r);
              });
            });
            reply.addEventListener('mouseleave', clear);
          });
          document.body.dataset.ready = 'true';
        })();

        """;
}
