using System.IO.Compression;
using Microsoft.Extensions.Localization;
using Warehouse.Web.Features.Stock.Export;

namespace Warehouse.Web.Features.Admin.Import;

/// The workbook to fill in, in the user's language: an instructions sheet, then one sheet per kind with its headings
/// (row 1), what each column takes (row 2) and example rows whose codes start with # (skipped on import), or the
/// bureau's own records in the same layout, written straight to a stream as they are read.
public sealed class ImportTemplate(IStringLocalizer<SharedResource> localizer)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const double KindColumnWidth = 22, InstructionsWidth = 120;

    /// The template with its example rows.
    public async Task<byte[]> BuildAsync(CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        await WriteAsync(output, kind => Examples(kind).ToAsyncEnumerable(), cancellationToken);
        return output.ToArray();
    }

    /// Writes the template with each kind's rows from <paramref name="rows"/> in place of the examples (an export that
    /// imports back); a kind with no rows gets its headings alone.
    public async Task WriteAsync(Stream output, Func<ImportKind, IAsyncEnumerable<string[]>?> rows, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        XlsxPackage.WriteFixedParts(zip, [localizer["Import.Sheet.Instructions"].Value,
            .. ImportKind.All.Select(k => localizer[k.SheetKey].Value)]);
        Instructions(zip);
        for (var i = 0; i < ImportKind.All.Count; i++)
        {
            var kind = ImportKind.All[i];
            using var sheet = Sheet(zip, i + 2, kind);
            await foreach (var row in (rows(kind) ?? AsyncEnumerable.Empty<string[]>()).WithCancellation(cancellationToken))
                sheet.Row(row);
        }
    }

    private void Instructions(ZipArchive zip)
    {
        string[] lines = ["Import.Help.1", "Import.Help.2", "Import.Help.3", "Import.Help.4", "Import.Help.5", "Import.Help.6", "Import.Help.7"];
        using var sheet = new XlsxSheetWriter(Part(zip, 1), [InstructionsWidth], frozenRows: 0, closeStream: true);
        sheet.Row([localizer["Import.Help.Title"].Value], XlsxPackage.BoldStyle);
        sheet.BlankRow();
        foreach (var line in lines)
            sheet.Row([localizer[line].Value]);
    }

    private XlsxSheetWriter Sheet(ZipArchive zip, int number, ImportKind kind)
    {
        var sheet = new XlsxSheetWriter(Part(zip, number), kind.Columns.Select(_ => KindColumnWidth).ToList(), frozenRows: 2,
            closeStream: true);
        sheet.Row(kind.Columns.Select(c => localizer[kind.HeadingKey(c)].Value).ToList(), XlsxPackage.BoldStyle);
        sheet.Row(kind.Columns.Select(c => (c.Required ? localizer["Import.Required"] + " " : "") + localizer[kind.NoteKey(c)])
            .ToList(), XlsxPackage.NoteStyle);
        return sheet;
    }

    private static Stream Part(ZipArchive zip, int number) => zip.CreateEntry(XlsxPackage.SheetPart(number), CompressionLevel.Fastest).Open();

    private List<string[]> Examples(ImportKind kind) => kind.Name switch
    {
        "Departments" => [["#HEALTH", localizer["Import.Example.Department"]]],
        "Depots" => [["#CR", localizer["Import.Example.Depot"], localizer["DepotKind.CentralReserve"], "30.5728", "104.0668", "", "", ""]],
        "Locations" => [["#CR", "A-01-01", ""]],
        "Quotas" => [["#CR", "#MASK-01", "100", "500", "50"]],
        "Users" => [["#wang", localizer["Import.Example.Keeper"], localizer["Role.Keeper"], "#CR", ""]],
        "OpeningStock" =>
        [
            ["#CR", "A-01-01", "#MASK-01", "200", "L20260101", "2028-12-31", "", localizer["Mode.Government"]],
            ["#CR", "A-01-02", "#PUMP-01", "1", "", "", "SN-0001", localizer["Mode.Department"]],
        ],
        _ =>
        [
            ["#MASK-01", localizer["Import.Example.Mask"], localizer["Class.ProtectiveGear"], localizer["Import.Example.Box"], "KN95",
                "06901234567892", localizer["Tracking.Batch"], "1095", "", "45.00", localizer["No"], "#HEALTH"],
            ["#PUMP-01", localizer["Import.Example.Pump"], localizer["Class.EngineeringEquipment"], localizer["Import.Example.Set"], "",
                "", localizer["Tracking.Serial"], "", "180", "6800", localizer["Yes"], ""],
        ],
    };
}
