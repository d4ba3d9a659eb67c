using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Common;
using Warehouse.Domain.WriteOffs;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Stock;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.WriteOffs;

public sealed record WriteOffRow(int Id, string Number, string DepotCode, WriteOffCause Cause, WriteOffState State, string RequestedBy,
    DateTime RequestedAt, string? DecidedBy, string? DocumentNumber, int Lines, decimal Value);

public sealed record WriteOffLineView(string ItemCode, string ItemName, string Unit, string? Batch, DateOnly? Expiry, string? AssetNumber,
    int Quantity, decimal Value);

public sealed record WriteOffListPage(IReadOnlyList<WriteOffRow> Rows, bool CanPropose);

public sealed record WriteOffDetailPage(WriteOffRow WriteOff, string DepotName, string? Note, string? DecisionNote, DateTime? DecidedAt,
    IReadOnlyList<WriteOffLineView> Lines, bool CanDecide, int? DocumentId);

public sealed record WriteOffFormPage(WriteOffForm Form, IReadOnlyList<DepotOption> Depots)
{
    public string? Problem { get; init; }
}

/// The write-off pages for the caller: keepers see their own depots' notes, managers and auditors all of them.
public sealed class WriteOffPages(WarehouseDbContext db, CurrentUser user, CallerPermissions permissions, StockQueries stock,
    BureauClock clock)
{
    public const int ListSize = 200;

    public async Task<WriteOffListPage> IndexAsync(CancellationToken cancellationToken)
    {
        var rows = await Rows(null).Take(ListSize)
            .ToListAsync(cancellationToken);
        return new WriteOffListPage(await ValuedAsync(rows, cancellationToken), await permissions.MayAsync(Policies.PostStock));
    }

    public async Task<WriteOffDetailPage?> DetailAsync(int id, CancellationToken cancellationToken)
    {
        var row = await Rows(id).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
            return null;
        var writeOff = await db.WriteOffs.AsNoTracking().Where(w => w.Id == id)
            .Select(w => new { w.Note, w.DecisionNote, w.DecidedAt, Depot = db.Depots.Where(d => d.Id == w.DepotId).Select(d => d.Name).Single() })
            .SingleAsync(cancellationToken);
        return new WriteOffDetailPage((await ValuedAsync([row], cancellationToken))[0], writeOff.Depot, writeOff.Note,
            writeOff.DecisionNote, writeOff.DecidedAt is { } at ? clock.ToLocal(at) : null, await LinesAsync(id, cancellationToken),
            await MayDecideAsync(row), await DocumentIdAsync(row.DocumentNumber, cancellationToken));
    }

    /// The goods of a write-off with their batch, unit and value at today's unit price.
    public async Task<IReadOnlyList<WriteOffLineView>> LinesAsync(int id, CancellationToken cancellationToken) =>
        await (from l in db.Set<WriteOffLine>().AsNoTracking().Where(l => l.WriteOffId == id)
            join i in db.Items on l.ItemId equals i.Id
            join b in db.Batches on l.BatchId equals b.Id into batches
            from b in batches.DefaultIfEmpty()
            join u in db.EquipmentUnits on l.EquipmentUnitId equals u.Id into units
            from u in units.DefaultIfEmpty()
            orderby l.Id
            select new WriteOffLineView(i.Code, i.Name, i.Unit, b.Number, b == null ? null : b.Expiry, u.AssetNumber, l.Quantity,
                l.Quantity * i.UnitPrice)).ToListAsync(cancellationToken);

    private async Task<bool> MayDecideAsync(WriteOffRow row) =>
        row.State == WriteOffState.Pending && await permissions.MayAsync(Policies.DecideWriteOffs)
            && !string.Equals(row.RequestedBy, user.UserName, StringComparison.OrdinalIgnoreCase);

    private async Task<int?> DocumentIdAsync(string? number, CancellationToken cancellationToken) => number is null ? null
        : await db.StockDocuments.Where(d => d.Number == number).Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken);

    public async Task<WriteOffFormPage> FormAsync(WriteOffForm form, CancellationToken cancellationToken) =>
        new(form, (await stock.DepotOptionsAsync(cancellationToken)).Where(d => user.CanPostAt(d.Id)).ToList());

    /// Pending notes first, then the newest; one note when an id is given.
    private IQueryable<WriteOffRow> Rows(int? id)
    {
        var visible = user.IsDepotBound ? user.Depots.ToList() : null;
        return db.WriteOffs.AsNoTracking().Where(w => (visible == null || visible.Contains(w.DepotId)) && (id == null || w.Id == id))
            .OrderBy(w => w.State == WriteOffState.Pending ? 0 : 1).ThenByDescending(w => w.Id)
            .Select(w => new WriteOffRow(w.Id, w.Number, db.Depots.Where(d => d.Id == w.DepotId).Select(d => d.Code).Single(), w.Cause,
                w.State, w.RequestedBy, w.RequestedAt, w.DecidedBy, w.DocumentNumber, w.Lines.Count, 0m));
    }

    /// The rows with their local times and their value at today's unit prices (summed here: SQLite sums no decimals).
    private async Task<List<WriteOffRow>> ValuedAsync(List<WriteOffRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var values = (await (from l in db.Set<WriteOffLine>().AsNoTracking().Where(l => ids.Contains(l.WriteOffId))
                join i in db.Items on l.ItemId equals i.Id
                select new { l.WriteOffId, l.Quantity, i.UnitPrice }).ToListAsync(cancellationToken))
            .GroupBy(l => l.WriteOffId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity * l.UnitPrice));
        return rows.Select(r => r with { RequestedAt = clock.ToLocal(r.RequestedAt), Value = values.GetValueOrDefault(r.Id) }).ToList();
    }

}
