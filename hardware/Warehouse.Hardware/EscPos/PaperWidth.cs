namespace Warehouse.Hardware.EscPos;

/// <summary>Printer profile: roll width and the dots the head prints across it.</summary>
public enum PaperWidth
{
    /// <summary>58 mm paper at 203 dpi: 32 columns of the standard 12×24 font, 384 dots.</summary>
    Mm58,

    /// <summary>80 mm paper at 203 dpi: 48 columns of the standard 12×24 font, 576 dots.</summary>
    Mm80,

    /// <summary>
    /// 80 mm paper at 180 dpi (Epson TM-T88 III–V, TM-T81): 42 columns, 512 dots. Appended last so stored
    /// values of the other profiles keep their meaning.
    /// </summary>
    Mm80Dots512,
}

/// <summary>Columns and dots of each <see cref="PaperWidth"/>.</summary>
public static class PaperWidths
{
    /// <summary>Characters per line in the standard font (32, 48 or 42).</summary>
    public static int Columns(this PaperWidth width) => width switch
    {
        PaperWidth.Mm58 => 32,
        PaperWidth.Mm80Dots512 => 42,
        _ => 48,
    };

    /// <summary>Printable dots per line (384, 576 or 512).</summary>
    public static int Dots(this PaperWidth width) => width switch
    {
        PaperWidth.Mm58 => 384,
        PaperWidth.Mm80Dots512 => 512,
        _ => 576,
    };

    /// <summary>A short name for people: "58 mm", "80 mm" or "80 mm / 512 dots".</summary>
    public static string Label(this PaperWidth width) => width switch
    {
        PaperWidth.Mm58 => "58 mm",
        PaperWidth.Mm80Dots512 => "80 mm / 512 dots",
        _ => "80 mm",
    };

    /// <summary>Parses "58", "80" or "80-512" (with or without "mm").</summary>
    public static bool TryParse(string? text, out PaperWidth width)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "58" or "58mm":
                width = PaperWidth.Mm58;
                return true;
            case "80" or "80mm":
                width = PaperWidth.Mm80;
                return true;
            case "80-512" or "80mm-512" or "512":
                width = PaperWidth.Mm80Dots512;
                return true;
            default:
                width = PaperWidth.Mm80;
                return false;
        }
    }
}
