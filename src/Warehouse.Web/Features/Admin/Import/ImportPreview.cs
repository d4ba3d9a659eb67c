using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin.Import;

/// Reads an uploaded workbook into a plan: every row added, updated, unchanged or refused with its reason, against
/// what the database holds now. Reads only; nothing is written.
public sealed class ImportPreview(WarehouseDbContext db, CatalogSheets sheets, StockSheets stock, UserSheets people,
    BothLanguages languages, BureauClock clock, IStringLocalizer<SharedResource> localizer)
{
    /// The most data rows one sheet may hold; a bigger file is refused as a whole.
    public const int MaxRows = 100_000;

    /// The plan of the file; <paramref name="progress"/>, when given, counts the rows as they are read and stops a
    /// cancelled job at its next row.
    public async Task<ImportPlan> ReadAsync(byte[] file, CancellationToken cancellationToken, ImportProgress? progress = null)
    {
        var plan = new ImportPlan();
        if (IsZip(file) ? WorkbookSize.HasRowsPast(file, MaxRows + ImportSheet.FirstDataRow)
                : WorkbookSize.HasLinesPast(file, MaxRows + CsvWorkbook.FirstDataRow))
        {
            plan.FileRefusal = Localize(Errors.ImportTooManyRows(MaxRows.ToString("N0")));
            return plan;
        }
        var workbook = Open(file);
        var isWorkbook = workbook is not null;
        workbook ??= CsvWorkbook.Read(file, languages, localizer);
        if (workbook is null)
        {
            plan.FileRefusal = Localize(Errors.NotAWorkbook());
            return plan;
        }
        using (workbook)
        {
            if (workbook.Worksheets.Any(s => (s.LastRowUsed()?.RowNumber() ?? 0) > MaxRows + ImportSheet.FirstDataRow))
            {
                plan.FileRefusal = Localize(Errors.ImportTooManyRows(MaxRows.ToString("N0")));
                return plan;
            }
            var firstDataRow = isWorkbook ? ImportSheet.FirstDataRow : CsvWorkbook.FirstDataRow;
            if (ImportKind.All.Count(kind => ReadSheet(workbook, kind, plan, firstDataRow, progress)) == 0)
                plan.FileRefusal = Localize(Errors.ImportSheetMissing());
        }
        await ItemComparison.ClassifyAsync(db, plan, localizer, cancellationToken);
        await PlaceComparison.ClassifyAsync(db, plan, localizer, cancellationToken);
        await OpeningStockComparison.ClassifyAsync(db, plan, localizer, clock.Today, cancellationToken);
        await UserComparison.ClassifyAsync(db, plan, localizer, cancellationToken);
        var order = ImportKind.All.Select(k => localizer[k.SheetKey].Value).ToList();
        plan.Rows.Sort((a, b) => (order.IndexOf(a.Sheet), a.Row).CompareTo((order.IndexOf(b.Sheet), b.Row)));
        return plan;
    }

    private bool ReadSheet(XLWorkbook workbook, ImportKind kind, ImportPlan plan, int firstDataRow, ImportProgress? progress)
    {
        if (ImportSheet.Find(workbook, kind, languages) is not { } sheet)
            return false;
        var headings = ImportSheet.Headings(sheet, kind, languages);
        var missing = kind.Columns.Where(c => c.Required && !headings.ContainsKey(c.Key)).ToList();
        foreach (var column in missing)
            plan.Refuse(localizer[kind.SheetKey], 1, "", Localize(Errors.ImportColumnMissing(localizer[kind.HeadingKey(column)])));
        if (missing.Count > 0)
            return true;
        var rows = ImportSheet.Rows(sheet, kind, headings, firstDataRow, progress);
        switch (kind.Name)
        {
            case "Departments": sheets.Read(plan, kind, rows, sheets.Department, plan.Departments, d => d.Code); break;
            case "Depots": sheets.Read(plan, kind, rows, PlaceSheets.Depot, plan.Depots, d => d.Code); break;
            case "Locations": sheets.Read(plan, kind, rows, PlaceSheets.Location, plan.Locations, l => l.Code); break;
            case "Quotas": sheets.Read(plan, kind, rows, PlaceSheets.Quota, plan.Quotas, q => q.Key); break;
            case "OpeningStock": stock.Read(plan, rows); break;
            case "Users": sheets.Read(plan, kind, rows, people.User, plan.Users, u => u.UserName); break;
            default: sheets.Read(plan, kind, rows, sheets.Item, plan.Items, i => i.Code); break;
        }
        return true;
    }

    /// The workbook, or null when the file is not one (a renamed PDF, a CSV, a damaged file).
    private static XLWorkbook? Open(byte[] file)
    {
        // Only a zip package can be a workbook; anything else may still be a CSV file.
        if (!IsZip(file))
            return null;
        try
        {
            return new XLWorkbook(new MemoryStream(file));
        }
        catch (Exception e) when (e is InvalidDataException or FileFormatException or ArgumentException or InvalidOperationException
                                      or System.Xml.XmlException or NotSupportedException or IOException)
        {
            return null;
        }
    }

    private static bool IsZip(byte[] file) => file.Length >= 4 && file[0] == 'P' && file[1] == 'K';

    private string Localize(DomainError error) => ApiProblems.Localize(error, localizer);
}
