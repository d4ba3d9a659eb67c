using System.Globalization;
using Warehouse.Hardware.Barcodes;

namespace Warehouse.Web.Features.Printing;

/// The GS1 data a label carries for an item with a GTIN, in parenthesised form: a batch's (01) GTIN, (17) expiry and
/// (10) lot — the lot last, so no separator is needed — and a unit's (01) GTIN and (21) serial. Null when the item has
/// no GTIN or the lot or serial does not fit GS1 (over 20 characters, or outside its character set): such labels keep
/// our own code.
public static class Gs1LabelCodes
{
    public static string? Batch(string? gtin, DateOnly expiry, string lot) =>
        Valid(gtin, $"(01){gtin}(17){expiry.ToString("yyMMdd", CultureInfo.InvariantCulture)}(10){lot}", lot);

    public static string? Unit(string? gtin, string serial) => Valid(gtin, $"(01){gtin}(21){serial}", serial);

    // A lot such as "A(10)B" would read as two elements; only data that parses back to itself is GS1.
    private static string? Valid(string? gtin, string humanForm, string last)
    {
        if (gtin is null)
            return null;
        try
        {
            return Gs1Symbols.Elements(humanForm)[^1].Value == last ? humanForm : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
