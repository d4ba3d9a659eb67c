namespace Warehouse.Hardware.Zpl;

/// <summary>
/// The labels loaded in a label printer and its print head: size in millimetres and resolution in dots per inch
/// (152, 203, 300 or 600 — 6, 8, 12 or 24 dots a millimetre).
/// </summary>
public sealed record LabelStock
{
    /// <summary>The resolutions Zebra-compatible print heads come in.</summary>
    public static readonly IReadOnlyList<int> Resolutions = [152, 203, 300, 600];

    /// <summary>A 60 × 40 mm label at 203 dpi, the most common desktop label.</summary>
    public static readonly LabelStock Default = new(60, 40, 203);

    /// <summary>Creates label stock.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size outside 15–120 mm wide, 10–300 mm long, or an unknown resolution.</exception>
    public LabelStock(int widthMm, int heightMm, int dpi)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(widthMm, 15);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(widthMm, 120);
        ArgumentOutOfRangeException.ThrowIfLessThan(heightMm, 10);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(heightMm, 300);
        if (!Resolutions.Contains(dpi))
        {
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "A label printer prints at 152, 203, 300 or 600 dpi.");
        }
        WidthMm = widthMm;
        HeightMm = heightMm;
        Dpi = dpi;
    }

    /// <summary>Label width across the head, in millimetres.</summary>
    public int WidthMm { get; }

    /// <summary>Label length along the feed, in millimetres.</summary>
    public int HeightMm { get; }

    /// <summary>Print head resolution in dots per inch.</summary>
    public int Dpi { get; }

    /// <summary>Dots a millimetre (8 at 203 dpi).</summary>
    public int DotsPerMm => (int)Math.Round(Dpi / 25.4);

    /// <summary>Label width in dots (^PW).</summary>
    public int WidthDots => WidthMm * DotsPerMm;

    /// <summary>Label length in dots (^LL).</summary>
    public int HeightDots => HeightMm * DotsPerMm;

    /// <summary>Whether the values make valid stock, without throwing.</summary>
    public static bool IsValid(int widthMm, int heightMm, int dpi) =>
        widthMm is >= 15 and <= 120 && heightMm is >= 10 and <= 300 && Resolutions.Contains(dpi);

    /// <summary>For messages: "60 × 40 mm, 203 dpi".</summary>
    public override string ToString() => $"{WidthMm} × {HeightMm} mm, {Dpi} dpi";
}
