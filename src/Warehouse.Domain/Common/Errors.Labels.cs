namespace Warehouse.Domain.Common;

/// Refusals about label printers.
public static partial class Errors
{
    public static DomainError LabelStockInvalid(int widthMm, int heightMm, int dpi) =>
        new("LabelStockInvalid", $"A label of {widthMm} × {heightMm} mm at {dpi} dpi cannot be printed: labels are 15–120 mm wide "
            + "and 10–300 mm long, and print heads have 152, 203, 300 or 600 dpi.", widthMm, heightMm, dpi);

    public static DomainError LabelFontInvalid(string font) =>
        new("LabelFontInvalid", $"\"{font}\" is not a printer font: name a font file on the printer, such as E:ANMDS.TTF.", font);
}
