namespace Warehouse.Hardware.EscPos;

/// <summary>Roll width of a receipt printer.</summary>
public enum PaperWidth
{
    /// <summary>58 mm paper: 32 columns of the standard 12×24 font, 384 dots.</summary>
    Mm58,

    /// <summary>80 mm paper: 48 columns of the standard 12×24 font, 576 dots.</summary>
    Mm80,
}

/// <summary>Columns and dots of each <see cref="PaperWidth"/>.</summary>
public static class PaperWidths
{
    /// <summary>Characters per line in the standard font (32 or 48).</summary>
    public static int Columns(this PaperWidth width) => width == PaperWidth.Mm58 ? 32 : 48;

    /// <summary>Printable dots per line at 203 dpi (384 or 576).</summary>
    public static int Dots(this PaperWidth width) => width == PaperWidth.Mm58 ? 384 : 576;

    /// <summary>Parses "58" or "80" (with or without "mm").</summary>
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
            default:
                width = PaperWidth.Mm80;
                return false;
        }
    }
}
