using ClosedXML.Excel;
using Microsoft.Extensions.Localization;

namespace Warehouse.Web.Features.Admin.Import;

/// The workbook to fill in, in the user's language: an instructions sheet, then one sheet per kind with its headings
/// (row 1), what each column takes (row 2) and example rows whose codes start with # (skipped on import), or the
/// bureau's own records in the same layout.
public sealed class ImportTemplate(IStringLocalizer<SharedResource> localizer)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// The template; with rows given per kind name, those rows in place of the examples (an export that imports back).
    public byte[] Build(IReadOnlyDictionary<string, List<string[]>>? rows = null)
    {
        using var workbook = new XLWorkbook();
        Instructions(workbook.AddWorksheet(localizer["Import.Sheet.Instructions"]));
        foreach (var kind in ImportKind.All)
            Sheet(workbook.AddWorksheet(localizer[kind.SheetKey]), kind,
                rows is null ? Examples(kind) : rows.GetValueOrDefault(kind.Name) ?? []);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    private void Instructions(IXLWorksheet sheet)
    {
        string[] lines = ["Import.Help.1", "Import.Help.2", "Import.Help.3", "Import.Help.4", "Import.Help.5", "Import.Help.6", "Import.Help.7"];
        sheet.Cell(1, 1).Value = localizer["Import.Help.Title"].Value;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        for (var i = 0; i < lines.Length; i++)
            sheet.Cell(i + 3, 1).Value = localizer[lines[i]].Value;
        sheet.Column(1).Width = 120;
    }

    private void Sheet(IXLWorksheet sheet, ImportKind kind, List<string[]> examples)
    {
        for (var i = 0; i < kind.Columns.Count; i++)
        {
            var column = kind.Columns[i];
            var heading = sheet.Cell(1, i + 1);
            heading.Value = localizer[kind.HeadingKey(column)].Value;
            heading.Style.Font.Bold = true;
            var note = sheet.Cell(2, i + 1);
            note.Value = (column.Required ? localizer["Import.Required"] + " " : "") + localizer[kind.NoteKey(column)];
            note.Style.Font.Italic = true;
            note.Style.Font.FontColor = XLColor.Gray;
            sheet.Column(i + 1).Width = 22;
        }
        for (var r = 0; r < examples.Count; r++)
        {
            for (var c = 0; c < examples[r].Length; c++)
                sheet.Cell(ImportSheet.FirstDataRow + r, c + 1).SetValue(examples[r][c]);
        }
        sheet.SheetView.FreezeRows(2);
    }

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
