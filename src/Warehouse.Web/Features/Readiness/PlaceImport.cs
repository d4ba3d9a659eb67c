using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Web.Features.Admin.Import;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Readiness;

/// What an upload of places did: the rows it refused (with their row numbers), or how many it added and updated.
public sealed record PlaceImportResult(IReadOnlyList<ImportRow> Refused, int Added, int Updated, string? FileRefusal = null)
{
    public bool Written => FileRefusal is null && Refused.Count == 0;
}

/// Imports townships and villages from a workbook with the catalog import's rules: every row is checked first (by the
/// same domain rules as the form), and only a workbook with no refused row is written, in one transaction.
public sealed class PlaceImport(WarehouseDbContext db, BothLanguages languages, IStringLocalizer<SharedResource> localizer,
    AuditTrail audit)
{
    public static readonly ImportKind Kind = new("Places",
    [
        new("Code", true), new("Name", true), new("Kind", true), new("Township", false), new("DutyPersons", false),
        new("Households", false), new("Depot", false), new("Latitude", false), new("Longitude", false),
    ]);

    /// Places are data from row 2, right under the headings (the sheet has no row of notes).
    public const int FirstDataRow = 2;

    public async Task<PlaceImportResult> ImportAsync(Stream? upload, string fileName, CancellationToken cancellationToken)
    {
        using var workbook = Open(upload);
        if (workbook is null)
            return new([], 0, 0, ApiProblems.Localize(Errors.NotAWorkbook(), localizer));
        var sheet = ImportSheet.Find(workbook, Kind, languages) ?? workbook.Worksheets.First();
        var headings = ImportSheet.Headings(sheet, Kind, languages);
        var sheetName = localizer[Kind.SheetKey].Value;
        var missing = Kind.Columns.Where(c => c.Required && !headings.ContainsKey(c.Key))
            .Select(c => new ImportRow(sheetName, 1, "", RowAction.Refused,
                ApiProblems.Localize(Errors.ImportColumnMissing(localizer[Kind.HeadingKey(c)]), localizer))).ToList();
        if (missing.Count > 0)
            return new(missing, 0, 0);
        var rows = new PlaceRows(await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, cancellationToken),
            await db.Places.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Kind, cancellationToken), localizer, languages);
        var drafts = rows.Read(sheetName, ImportSheet.Rows(sheet, Kind, headings, FirstDataRow));
        if (rows.Refused.Count > 0)
            return new(rows.Refused, 0, 0);
        if (drafts.Count == 0)
            return new([], 0, 0, localizer["The workbook has no places."].Value);
        return await WriteAsync(drafts, fileName, cancellationToken);
    }

    private async Task<PlaceImportResult> WriteAsync(IReadOnlyList<PlaceDraft> drafts, string fileName,
        CancellationToken cancellationToken) =>
        await db.Database.CreateExecutionStrategy().ExecuteAsync(() => SqliteWriteGate.RunAsync(db, async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var held = await db.Places.ToDictionaryAsync(p => p.Code, cancellationToken);
            var (added, updated) = (0, 0);
            foreach (var draft in drafts.OrderBy(d => d.Kind))
            {
                var township = draft.Township is null ? null : held[draft.Township];
                if (!held.TryGetValue(draft.Code, out var place))
                {
                    held[draft.Code] = place = db.Places.Add(new(draft.Code, draft.Name, draft.Kind, township)).Entity;
                    added++;
                }
                else
                {
                    place.Touch();
                    updated++;
                }
                place.Describe(draft.Name, draft.DutyPersons, draft.Households, draft.DepotId, draft.Position);
                await db.SaveChangesAsync(cancellationToken);
            }
            audit.Record(AuditActions.CatalogImported, $"places {fileName}", $"added {added}, updated {updated}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new PlaceImportResult([], added, updated);
        }, cancellationToken));

    private static XLWorkbook? Open(Stream? upload)
    {
        if (upload is null)
            return null;
        try
        {
            return new XLWorkbook(upload);
        }
        catch (Exception e) when (e is InvalidDataException or FileFormatException or ArgumentException or InvalidOperationException
                                      or System.Xml.XmlException or NotSupportedException or IOException)
        {
            return null;
        }
    }
}
