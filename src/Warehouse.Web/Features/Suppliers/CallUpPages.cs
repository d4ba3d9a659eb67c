using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Common;
using Warehouse.Domain.Suppliers;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Suppliers;

/// A call-up order as listed: its request, agreement and supplier, where it goes, and its time against the deadline.
public sealed record CallUpRow(int Id, string Number, string RequestNumber, int RequestId, string AgreementNumber, string SupplierName,
    string? DepotName, string SiteName, CallUpState State, DateTime OrderedAt, DateTime DueAt, DateTime? DeliveredAt, int ResponseHours)
{
    public bool? OnTime => DeliveredAt is { } at ? at <= DueAt : null;
}

public sealed record CallUpLineRow(string ItemCode, string ItemName, string Unit, int Quantity);

public sealed record CallUpListPage(IReadOnlyList<CallUpRow> Rows, int Delivered, int OnTime)
{
    public int OnTimePercent => Delivered == 0 ? 0 : (int)Math.Round(100.0 * OnTime / Delivered);
}

/// One call-up with what a manager or keeper may do now; the order sheet carries the delivery code once it is sent.
public sealed record CallUpDetailPage(CallUpRow CallUp, IReadOnlyList<CallUpLineRow> Lines, string? DocumentNumber, bool CanSend,
    bool CanReceive, string? QrCode = null, string? ShortCode = null);

public sealed record CallUpDeliveryPage(CallUpDeliveryForm Form, string? Problem = null);

/// The call-up pages; times shown in the bureau's zone.
public sealed class CallUpPages(WarehouseDbContext db, CallerPermissions permissions, CurrentUser user, BureauClock clock)
{
    public const int ListSize = 200;

    public async Task<CallUpListPage> IndexAsync(CancellationToken cancellationToken)
    {
        var rows = await Rows(null).Take(ListSize).ToListAsync(cancellationToken);
        var delivered = rows.Where(r => r.DeliveredAt is not null).ToList();
        return new CallUpListPage(rows.Select(Local).ToList(), delivered.Count, delivered.Count(r => r.OnTime == true));
    }

    public async Task<CallUpDetailPage?> DetailAsync(int id, CancellationToken cancellationToken)
    {
        if (await Rows(id).SingleOrDefaultAsync(cancellationToken) is not { } row)
            return null;
        var callUp = await db.CallUps.AsNoTracking().Include(c => c.Lines).SingleAsync(c => c.Id == id, cancellationToken);
        var lines = await (from l in db.Set<CallUpLine>().AsNoTracking().Where(l => l.CallUpId == id)
            join i in db.Items on l.ItemId equals i.Id
            orderby i.Code
            select new CallUpLineRow(i.Code, i.Name, i.Unit, l.Quantity)).ToListAsync(cancellationToken);
        var ordered = row.State == CallUpState.Ordered;
        var receives = callUp.DestinationDepotId is { } depot && (user.CanPostAt(depot) && await permissions.MayAsync(Policies.PostStock));
        return new CallUpDetailPage(Local(row), lines, callUp.DocumentNumber,
            ordered && callUp.ToSite && await permissions.MayAsync(Policies.ManageSuppliers), ordered && receives);
    }

    private CallUpRow Local(CallUpRow r) => r with
    {
        OrderedAt = clock.ToLocal(r.OrderedAt), DueAt = clock.ToLocal(r.DueAt),
        DeliveredAt = r.DeliveredAt is { } at ? clock.ToLocal(at) : null,
    };

    /// Awaited orders first, then the delivered, each by its deadline.
    private IQueryable<CallUpRow> Rows(int? id) =>
        from c in db.CallUps.AsNoTracking().Where(c => id == null || c.Id == id)
        join r in db.AllocationRequests on c.RequestId equals r.Id
        join a in db.SupplyAgreements on c.AgreementId equals a.Id
        join d in db.Depots on c.DestinationDepotId equals d.Id into depots
        from d in depots.DefaultIfEmpty()
        orderby c.State == CallUpState.Ordered ? 0 : 1, c.DueAt
        select new CallUpRow(c.Id, c.Number, r.Number, r.Id, a.Number, a.Supplier!.Name, d == null ? null : d.Name, r.DestinationName,
            c.State, c.OrderedAt, c.DueAt, c.DeliveredAt, a.ResponseHours);
}
