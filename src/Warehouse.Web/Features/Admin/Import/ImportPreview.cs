using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin.Import;

/// Reads an uploaded workbook into a plan: every row added, updated, unchanged or refused with its reason, against
/// what the database holds now. Reads only; nothing is written.
public sealed class ImportPreview(WarehouseDbContext db, CatalogSheets sheets, BothLanguages languages,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<ImportPlan> ReadAsync(Stream file, CancellationToken cancellationToken)
    {
        var plan = new ImportPlan();
        if (Open(file) is not { } workbook)
        {
            plan.FileRefusal = Localize(Errors.NotAWorkbook());
            return plan;
        }
        using (workbook)
        {
            var found = ImportKind.All.Count(kind => ReadSheet(workbook, kind, plan));
            if (found == 0)
                plan.FileRefusal = Localize(Errors.ImportSheetMissing());
        }
        await ImportComparison.ClassifyAsync(db, plan, localizer, cancellationToken);
        return plan;
    }

    private bool ReadSheet(XLWorkbook workbook, ImportKind kind, ImportPlan plan)
    {
        if (ImportSheet.Find(workbook, kind, languages) is not { } sheet)
            return false;
        var headings = ImportSheet.Headings(sheet, kind, languages);
        var missing = kind.Columns.Where(c => c.Required && !headings.ContainsKey(c.Key)).ToList();
        foreach (var column in missing)
            plan.Refuse(localizer[kind.SheetKey], 1, "", Localize(Errors.ImportColumnMissing(localizer[kind.HeadingKey(column)])));
        if (missing.Count > 0)
            return true;
        var rows = ImportSheet.Rows(sheet, headings);
        if (kind == ImportKind.Departments)
            sheets.Read(plan, kind, rows, sheets.Department, plan.Departments, d => d.Code);
        else
            sheets.Read(plan, kind, rows, sheets.Item, plan.Items, i => i.Code);
        return true;
    }

    /// The workbook, or null when the file is not one (a renamed PDF, a CSV, a damaged file).
    private static XLWorkbook? Open(Stream file)
    {
        try
        {
            return new XLWorkbook(file);
        }
        catch (Exception e) when (e is InvalidDataException or FileFormatException or ArgumentException or InvalidOperationException
                                      or System.Xml.XmlException or NotSupportedException or IOException)
        {
            return null;
        }
    }

    private string Localize(DomainError error) => ApiProblems.Localize(error, localizer);
}
