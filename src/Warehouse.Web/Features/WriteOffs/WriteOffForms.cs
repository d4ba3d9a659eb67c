using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Warehouse.Domain.WriteOffs;

namespace Warehouse.Web.Features.WriteOffs;

/// The proposal form: the depot, why, a note, and the goods as scanned, one code per line with an optional quantity
/// after it ("WB-20261130-0001 12"); a scanner's Enter starts the next line.
public sealed class WriteOffForm
{
    public const int MaxGoodsLength = 20_000;

    public int DepotId { get; set; }

    public WriteOffCause Cause { get; set; }

    [MaxLength(WriteOff.MaxTextLength)]
    public string? Note { get; set; }

    [MaxLength(MaxGoodsLength)]
    public string? Goods { get; set; }
}

/// One line of the goods box: the code and how many (1 when no number follows it; null when what follows is no whole number).
public sealed record ScannedGoods(int Row, string Code, int? Quantity, string QuantityText);

public static partial class GoodsLines
{
    /// The non-blank lines of the box; null for a quantity that is not a whole number, reported with its row.
    public static IReadOnlyList<ScannedGoods> Parse(string? text)
    {
        var rows = new List<ScannedGoods>();
        var number = 0;
        foreach (var raw in (text ?? "").Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0)
                continue;
            var match = CodeAndQuantity().Match(line);
            if (!match.Success)
            {
                rows.Add(new ScannedGoods(number, line, 1, "1"));
                continue;
            }
            var written = match.Groups[2].Value;
            rows.Add(new ScannedGoods(number, match.Groups[1].Value, int.TryParse(written, out var quantity) ? quantity : null, written));
        }
        return rows;
    }

    [GeneratedRegex(@"^(\S+)\s+[x×*]?\s*(-?\d+(?:[.,]\d+)?)$")]
    private static partial Regex CodeAndQuantity();
}
