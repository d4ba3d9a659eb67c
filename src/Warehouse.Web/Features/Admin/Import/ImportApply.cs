using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Maintenance;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;

namespace Warehouse.Web.Features.Admin.Import;

/// Writes a confirmed workbook: read again against the database as it is now, and written only if every row still
/// passes, all in one transaction behind the write gate, or nothing. Opening stock is posted last, once the depots,
/// locations and items it names exist.
public sealed class ImportApply(WarehouseDbContext db, ImportPreview preview, PlaceWriter places, OpeningStockWriter stock,
    UserWriter people, InspectionPlans inspections, AuditTrail audit)
{
    /// The plan as written with the notes it posted and the new users' set-password links; when it cannot be confirmed
    /// (refused rows, nothing to do), or a posting is refused, nothing was written. <paramref name="progress"/> counts the
    /// rows read again and then those written.
    public async Task<ImportResult> ApplyAsync(byte[] file, string fileName, CancellationToken cancellationToken,
        ImportProgress? progress = null)
    {
        var plan = await preview.ReadAsync(file, cancellationToken, progress);
        if (!plan.CanConfirm)
            return new(plan, [], []);
        progress?.Expect(plan.Departments.Count + plan.Depots.Count + plan.Locations.Count + plan.Items.Count + plan.Quotas.Count
            + plan.Users.Count + plan.OpeningStock.Count);
        var posted = await db.Database.CreateExecutionStrategy().ExecuteAsync(() => SqliteWriteGate.RunAsync(db, async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await WriteDepartmentsAsync(plan, cancellationToken);
            await places.WriteDepotsAndLocationsAsync(plan, cancellationToken);
            progress?.Advance(plan.Departments.Count + plan.Depots.Count + plan.Locations.Count);
            await WriteItemsAsync(plan, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await inspections.FollowAsync(plan.Items.Select(i => i.Code).ToList(), cancellationToken);
            progress?.Advance(plan.Items.Count);
            await places.WriteQuotasAsync(plan, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var invitations = await people.WriteAsync(plan, cancellationToken);
            audit.Record(AuditActions.CatalogImported, $"workbook {fileName}", Summary(plan, file));
            await db.SaveChangesAsync(cancellationToken);
            progress?.Advance(plan.Quotas.Count + plan.Users.Count);
            var notes = await stock.PostAsync(plan, cancellationToken);
            progress?.Advance(plan.OpeningStock.Count);
            await transaction.CommitAsync(cancellationToken);
            return new ImportResult(plan, notes, invitations);
        }, cancellationToken));
        return posted;
    }

    private async Task WriteDepartmentsAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var held = await db.Departments.ToDictionaryAsync(d => d.Code, cancellationToken);
        foreach (var draft in plan.Departments)
        {
            if (!held.TryGetValue(draft.Code, out var department))
                db.Departments.Add(new Department(draft.Code, draft.Name));
            else if (department.Name != draft.Name)
            {
                department.Rename(draft.Name);
                department.Touch();
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task WriteItemsAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, cancellationToken);
        var codes = plan.Items.Select(i => i.Code).ToList();
        var held = await db.Items.Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, cancellationToken);
        foreach (var draft in plan.Items.Where(i => !plan.IsUnchanged(ImportKind.Items, i.Code)))
        {
            var existing = held.GetValueOrDefault(draft.Code);
            var item = existing ?? db.Items.Add(new Item(draft.Code, draft.Name, draft.Class, draft.Unit, draft.Tracking)).Entity;
            item.Describe(draft.Name, draft.Specification, draft.Class, draft.Unit);
            item.SetGtin(draft.Gtin);
            item.SetKeeping(draft.ShelfLifeDays, draft.MaintenanceDays, draft.Returnable, draft.UnitPrice,
                draft.DepartmentCode is { } code ? departments[code] : null);
            if (existing is not null)
                item.Touch();
        }
    }

    private static string Summary(ImportPlan plan, byte[] file) =>
        $"added {plan.Count(RowAction.Add)}, updated {plan.Count(RowAction.Update)}, unchanged {plan.Count(RowAction.Unchanged)}; "
        + $"sha256 {Convert.ToHexString(SHA256.HashData(file))[..16]}";
}

/// What a confirmation wrote: the plan, the opening-balance notes, and the new users' one-time links.
public sealed record ImportResult(ImportPlan Plan, IReadOnlyList<PostedOpening> Posted, IReadOnlyList<SetPasswordInvitation> Invitations);
