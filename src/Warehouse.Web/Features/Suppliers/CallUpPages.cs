using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Catalog;
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

public sealed record CallUpLineRow(string ItemCode, string ItemName, string Unit, int Quantity, int ItemId = 0,
    TrackingMode Tracking = TrackingMode.None);

public sealed record CallUpListPage(IReadOnlyList<CallUpRow> Rows, int Delivered, int OnTime)
{
    public int OnTimePercent => Delivered == 0 ? 0 : (int)Math.Round(100.0 * OnTime / Delivered);
}

/// One call-up with what a manager or keeper may do now; the order sheet carries the delivery code once it is sent.
public sealed record CallUpDetailPage(CallUpRow CallUp, IReadOnlyList<CallUpLineRow> Lines, string? DocumentNumber, bool CanSend,
    bool CanReceive, string? QrCode = null, string? ShortCode = null)
{
    /// The order's version, carried by the cancel form so that a stale page is refused.
    public int Version { get; init; }

    /// A manager may cancel while the goods have not come.
    public bool CanCancel { get; init; }

    /// Who cancelled, when (bureau time) and why; null unless cancelled.
    public (string By, DateTime At, string Reason)? Cancellation { get; init; }

    /// The receipt as the keeper typed it, shown again with <see cref="Problem"/> when it was refused; null on a fresh page.
    public CallUpReceiveForm? Receipt { get; init; }

    public string? Problem { get; init; }

    /// The receiving form's line for a call-up line: what was typed, else the quantity called up.
    public CallUpReceiveLine ReceiptLine(int index) =>
        Receipt?.Lines.ElementAtOrDefault(index) is { } typed && typed.ItemId == Lines[index].ItemId ? typed
            : new CallUpReceiveLine { ItemId = Lines[index].ItemId, Quantity = Lines[index].Quantity };
}

/// A call-up as the request's page lists it: its row and, when cancelled, why.
public sealed record RequestCallUp(int Id, string Number, CallUpState State, CallUpRow Row, string? CancelReason);

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
            select new CallUpLineRow(i.Code, i.Name, i.Unit, l.Quantity, i.Id, i.Tracking)).ToListAsync(cancellationToken);
        var ordered = row.State == CallUpState.Ordered;
        var receives = callUp.DestinationDepotId is { } depot && (user.CanPostAt(depot) && await permissions.MayAsync(Policies.PostStock));
        var manages = await permissions.MayAsync(Policies.ManageSuppliers);
        return new CallUpDetailPage(Local(row), lines, callUp.DocumentNumber, ordered && callUp.ToSite && manages, ordered && receives)
        {
            Version = callUp.Version, CanCancel = ordered && manages,
            Cancellation = callUp.CancelledAt is { } at ? (callUp.CancelledBy ?? "", clock.ToLocal(at), callUp.CancelReason ?? "") : null,
        };
    }

    /// The call-ups of one request, for its page.
    public async Task<IReadOnlyList<RequestCallUp>> OfRequestAsync(int requestId, CancellationToken cancellationToken)
    {
        var rows = await Rows(null, requestId).ToListAsync(cancellationToken);
        var reasons = await db.CallUps.AsNoTracking().Where(c => c.RequestId == requestId && c.CancelReason != null)
            .ToDictionaryAsync(c => c.Id, c => c.CancelReason, cancellationToken);
        return rows.Select(r => new RequestCallUp(r.Id, r.Number, r.State, Local(r), reasons.GetValueOrDefault(r.Id))).ToList();
    }

    private CallUpRow Local(CallUpRow r) => r with
    {
        OrderedAt = clock.ToLocal(r.OrderedAt), DueAt = clock.ToLocal(r.DueAt),
        DeliveredAt = r.DeliveredAt is { } at ? clock.ToLocal(at) : null,
    };

    /// Awaited orders first, then the delivered, each by its deadline.
    private IQueryable<CallUpRow> Rows(int? id, int? requestId = null) =>
        from c in db.CallUps.AsNoTracking().Where(c => (id == null || c.Id == id) && (requestId == null || c.RequestId == requestId))
        join r in db.AllocationRequests on c.RequestId equals r.Id
        join a in db.SupplyAgreements on c.AgreementId equals a.Id
        join d in db.Depots on c.DestinationDepotId equals d.Id into depots
        from d in depots.DefaultIfEmpty()
        orderby c.State == CallUpState.Ordered ? 0 : 1, c.DueAt
        select new CallUpRow(c.Id, c.Number, r.Number, r.Id, a.Number, a.Supplier!.Name, d == null ? null : d.Name, r.DestinationName,
            c.State, c.OrderedAt, c.DueAt, c.DeliveredAt, a.ResponseHours);
}
