using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data;
using Warehouse.Data.Identity;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Features.Allocation;

public sealed record RequestRow(int Id, string Number, string Incident, EmergencyLevel Level, RequestState State, Ratification Ratification,
    string Destination, string? Department, DateTime NeededBy, DateTime CreatedAt, DateTime? SubmittedAt, int Lines,
    bool Escalated = false);

public sealed record TimelineLeg(RequestState To, RequestTrigger Trigger, DateTime At, string By, string? Note, TimeSpan? SincePrevious);

public sealed record InTransitRow(int RequestId, string DispatchNumber, string Source, string Destination, bool IsTransfer,
    DateTime DispatchedAt,
    string? Vehicle, int Units);

public sealed record TransferTimeRow(string Source, string Destination, int Count, double MedianMinutes, double P90Minutes,
    double WithinTargetShare);

/// Deliveries taken together: how many, median and 90th-percentile minutes, and the share within the target.
public sealed record DispatchTimes(int Count, double MedianMinutes, double P90Minutes, double WithinTargetShare);

/// The reads behind the request pages, the board and the transfer-time report. Departments see their own requests.
public sealed class AllocationQueries(WarehouseDbContext db, CurrentUser user, BureauClock clock, IConfiguration configuration)
{
    public TimeSpan Target => TimeSpan.FromMinutes(configuration.GetValue("Allocation:TargetMinutes", 120));

    public static readonly RequestState[] Open = [RequestState.Submitted, RequestState.InApproval, RequestState.Approved,
        RequestState.Picking, RequestState.Dispatched];

    public async Task<IReadOnlyList<RequestRow>> ListAsync(RequestState? state, string? search, bool openOnly,
        CancellationToken cancellationToken)
    {
        var query = Visible();
        if (state is { } s)
            query = query.Where(r => r.State == s);
        if (openOnly)
            query = query.Where(r => Open.Contains(r.State));
        if (!string.IsNullOrWhiteSpace(search))
            query = query.Where(r => r.Number.Contains(search.Trim()) || r.Incident.Contains(search.Trim())
                || r.DestinationName.Contains(search.Trim()));
        return await query.OrderByDescending(r => r.Id).Take(500)
            .Select(r => new RequestRow(r.Id, r.Number, r.Incident, r.Level, r.State, r.Ratification, r.DestinationName,
                r.Department == null ? null : r.Department.Name, r.NeededBy, r.CreatedAt,
                r.SubmittedAt, r.Lines.Count,
                r.Steps.Any(s => s.Decision == StepDecision.Waiting && s.EscalatedAt != null)))
            .ToListAsync(cancellationToken);
    }

    /// A request named by its number (any letter case), as the caller may see it; null when there is none.
    public async Task<AllocationRequest?> DetailsByNumberAsync(string number, CancellationToken cancellationToken)
    {
        var key = number.Trim().ToUpperInvariant();
        var id = await Visible().Where(r => r.Number == key).Select(r => (int?)r.Id).SingleOrDefaultAsync(cancellationToken);
        return id is null ? null : await DetailsAsync(id.Value, cancellationToken);
    }

    public async Task<AllocationRequest?> DetailsAsync(int id, CancellationToken cancellationToken)
    {
        var request = await Visible().AsNoTracking()
            .Include(r => r.Lines).ThenInclude(l => l.Item)
            .Include(r => r.Department)
            .Include(r => r.DestinationDepot)
            .Include(r => r.Transitions)
            .Include(r => r.Steps)
            .Include(r => r.Dispatches).ThenInclude(d => d.Lines).ThenInclude(l => l.Item)
            .Include(r => r.Dispatches).ThenInclude(d => d.SourceDepot)
            .Include(r => r.Dispatches).ThenInclude(d => d.Picks)
            .Include(r => r.Dispatches).ThenInclude(d => d.Returns)
            .Include(r => r.CallUps)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return request;
    }

    /// The request a dispatch belongs to, as the caller may see it, with everything the dispatch pages show.
    public async Task<AllocationRequest?> RequestOfDispatchAsync(int dispatchId, CancellationToken cancellationToken)
    {
        var requestId = await db.Dispatches.Where(d => d.Id == dispatchId).Select(d => (int?)d.RequestId)
            .SingleOrDefaultAsync(cancellationToken);
        return requestId is null ? null : await DetailsAsync(requestId.Value, cancellationToken);
    }

    /// Goods on the road: dispatched and not yet received, transfers between depots among them.
    public async Task<IReadOnlyList<InTransitRow>> InTransitAsync(CancellationToken cancellationToken) =>
        await db.Dispatches.AsNoTracking()
            .Where(d => d.State == DispatchState.Dispatched)
            .OrderBy(d => d.DispatchedAt)
            .Select(d => new InTransitRow(d.RequestId, d.Number, d.SourceDepot!.Name, d.Request!.DestinationName,
                d.Request.DestinationKind == DestinationKind.Depot, d.DispatchedAt!.Value, d.Vehicle, d.Picks.Sum(p => p.Quantity)))
            .ToListAsync(cancellationToken);

    public static IReadOnlyList<TimelineLeg> Timeline(AllocationRequest request)
    {
        DateTime? previous = request.CreatedAt;
        return request.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id).Select(t =>
        {
            var leg = new TimelineLeg(t.To, t.Trigger, t.At, t.By, t.Note, previous is { } p ? t.At - p : null);
            previous = t.At;
            return leg;
        }).ToList();
    }

    /// The period's deliveries (the bureau's days, both included) per source and destination, and all together: how many,
    /// the median and 90th-percentile minutes from submission to delivery, and the share delivered within the target.
    public async Task<(IReadOnlyList<TransferTimeRow> Routes, DispatchTimes All)> DeliveryTimesAsync(DateOnly from, DateOnly to,
        CancellationToken cancellationToken)
    {
        var start = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), clock.Zone);
        var end = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), clock.Zone);
        var times = await new DeliveryTimes(db).OfAsync(start, end, (int)Target.TotalMinutes, cancellationToken);
        return (times.Routes.Select(r => new TransferTimeRow(r.Source, r.Destination, r.Count, r.MedianMinutes, r.P90Minutes,
                Share(r))).OrderBy(r => r.Source).ThenBy(r => r.Destination).ToList(),
            new DispatchTimes(times.All.Count, times.All.MedianMinutes, times.All.P90Minutes, Share(times.All)));
    }

    private static double Share(DeliveryTimesRow times) => times.Count == 0 ? 0 : times.Within / (double)times.Count;

    /// The requests the caller may see: a department's own, everyone's for the others.
    public IQueryable<AllocationRequest> Visible()
    {
        var requests = db.AllocationRequests.AsQueryable();
        if (user.IsInRole(Roles.Department) && !user.IsInRole(Roles.Administrator) && !user.IsInRole(Roles.Manager))
        {
            var department = user.DepartmentId;
            requests = requests.Where(r => r.DepartmentId == department);
        }
        return requests;
    }
}
