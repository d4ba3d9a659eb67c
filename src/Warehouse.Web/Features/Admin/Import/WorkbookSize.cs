using System.IO.Compression;
using System.Xml;

namespace Warehouse.Web.Features.Admin.Import;

/// Whether an upload holds more rows than one import may, found without loading it: each sheet of a workbook is read
/// as a stream of XML and reading stops at the first row past the limit; a CSV file's line breaks are counted. A sheet
/// of a million rows is refused after reading a tenth of it, before any of it is turned into cells.
public static class WorkbookSize
{
    /// Whether any sheet of the workbook (a zip package) has a row numbered past the limit; false when it is no workbook.
    public static bool HasRowsPast(byte[] workbook, int limit)
    {
        try
        {
            using var package = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
            foreach (var sheet in package.Entries.Where(IsSheet))
            {
                using var stream = sheet.Open();
                if (HasRowsPast(stream, limit))
                    return true;
            }
            return false;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            // Not a readable package: opening it as a workbook will refuse it with the usual message.
            return false;
        }
    }

    /// Whether the sheet's XML has a row past the limit, by its number (r) or, without one, by counting.
    public static bool HasRowsPast(Stream sheet, int limit)
    {
        using var reader = XmlReader.Create(sheet, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
        var counted = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row")
                continue;
            counted = int.TryParse(reader.GetAttribute("r"), out var number) ? number : counted + 1;
            if (counted > limit)
                return true;
        }
        return false;
    }

    /// Whether a text file has more lines than the limit (0x0A is never part of a UTF-8 or GB18030 character).
    public static bool HasLinesPast(byte[] text, int limit) => text.AsSpan().Count((byte)'\n') >= limit;

    private static bool IsSheet(ZipArchiveEntry entry) =>
        entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)
        && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
}
