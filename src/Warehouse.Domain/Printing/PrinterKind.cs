using Warehouse.Domain.Common;

namespace Warehouse.Domain.Printing;

/// What a printer prints: receipts and slips on a roll (ESC/POS), or labels (ZPL II, Zebra-compatible).
public enum PrinterKind
{
    Receipt,
    Label,
}

/// The labels a label printer holds and how it prints Chinese: size in millimetres, head resolution in dots per inch,
/// and the printer's font for Chinese text (ZPL `^A@`), e.g. `E:ANMDS.TTF`.
public sealed record LabelSettings(int WidthMm, int HeightMm, int Dpi, string Font)
{
    public const string DefaultFont = "E:ANMDS.TTF";
    public const int MaxFontLength = 40;
    public static readonly IReadOnlyList<int> Resolutions = [152, 203, 300, 600];
    public static readonly LabelSettings Default = new(60, 40, 203, DefaultFont);

    /// Refuses sizes no label printer takes, unknown resolutions and font names that are not a printer file (drive:NAME.EXT).
    public static LabelSettings Checked(int widthMm, int heightMm, int dpi, string? font)
    {
        if (widthMm is < 15 or > 120 || heightMm is < 10 or > 300 || !Resolutions.Contains(dpi))
            throw new DomainException(Errors.LabelStockInvalid(widthMm, heightMm, dpi));
        var name = string.IsNullOrWhiteSpace(font) ? DefaultFont : font.Trim().ToUpperInvariant();
        if (name.Length > MaxFontLength || !IsPrinterFile(name))
            throw new DomainException(Errors.LabelFontInvalid(name));
        return new(widthMm, heightMm, dpi, name);
    }

    // A drive letter, a colon and a file name of letters, digits, _ - and one dot: nothing that could end a ZPL command.
    private static bool IsPrinterFile(string name) =>
        name.Length > 2 && char.IsAsciiLetterUpper(name[0]) && name[1] == ':'
        && name[2..].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.') && name[2..].Count(c => c == '.') <= 1;
}
