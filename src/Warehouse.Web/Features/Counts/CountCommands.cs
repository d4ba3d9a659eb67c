using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Counting;
using Warehouse.Data.Counting.Steps;
using Warehouse.Data.Stock;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Counting;
using Warehouse.Hardware.Scanning;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Counts;

/// A count to plan, as the form and the API send it: the depot's code and the scope.
public sealed class CountPlanBody
{
    [Required, MaxLength(30)]
    public string? Depot { get; set; }

    public CountScope Scope { get; set; }

    [MaxLength(30)]
    public string? FromBin { get; set; }

    [MaxLength(30)]
    public string? ToBin { get; set; }

    public SupplyClass? Class { get; set; }

    public int? CycleSize { get; set; }

    [MaxLength(StockCount.MaxCountersLength)]
    public string? Counters { get; set; }
}

/// One scan of a count as a handheld sends it: the bin's label, the goods' code (none: the bin alone), how many.
public sealed class CountLineBody
{
    [Required, MaxLength(40)]
    public string? Location { get; set; }

    [MaxLength(512)]
    public string? Code { get; set; }

    public int Quantity { get; set; }

    [Required, MaxLength(64)]
    public string? ClientId { get; set; }
}

/// Turns codes into ids and calls the count's steps as the signed-in user or station.
public sealed class CountCommands(WarehouseDbContext db, CodeLookup lookup, CurrentUser user, CountPlanning planning,
    CountRecording recording, CountSubmission submission, CountApproval approval, CountTriggers triggers)
{
    public async Task<Outcome<StockCount>> PlanAsync(CountPlanBody body, CancellationToken cancellationToken)
    {
        var code = (body.Depot ?? "").Trim().ToUpperInvariant();
        var depotId = await db.Depots.Where(d => d.Code == code).Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken);
        if (depotId is null)
            return Errors.UnknownDepot(code);
        return await planning.PlanAsync(new CountPlan(depotId.Value, body.Scope, body.FromBin, body.ToBin, body.Class, body.CycleSize,
            body.Counters), user.ToWorkflowActor());
    }

    public async Task<Outcome<CountScanResult>> RecordAsync(int id, CountLineBody body, CancellationToken cancellationToken)
    {
        var locationCode = OwnCodes.KeyOf(OwnCodeKind.Location, body.Location ?? "");
        var locationId = await db.Locations.Where(l => l.Code == locationCode).Select(l => (int?)l.Id).SingleOrDefaultAsync(cancellationToken);
        if (locationId is null)
            return Errors.UnknownCode(body.Location ?? "");
        CountedGoods? goods = null;
        if (!string.IsNullOrWhiteSpace(body.Code))
        {
            var info = await lookup.IdentifyAsync(body.Code, cancellationToken);
            if (info.Item is null)
                return info.Kind == CodeKinds.Location ? Errors.CodeIsNotItem(info.Code) : Errors.UnknownCode(info.Code);
            goods = new CountedGoods(info.Item.Id, info.Batch?.Id, info.Unit?.Id);
        }
        return await recording.RecordAsync(id, new CountScan(locationId.Value, locationCode, goods, body.Quantity, body.ClientId ?? ""),
            user.ToWorkflowActor());
    }

    public Task<Outcome<CountState>> SubmitAsync(int id) => submission.SubmitAsync(id, user.ToWorkflowActor());

    public Task<Outcome<CountApproved>> ApproveAsync(int id) => approval.ApproveAsync(id, user.ToWorkflowActor());

    public Task<Outcome<CountState>> FireAsync(int id, CountTrigger trigger) => triggers.FireAsync(id, trigger, user.ToWorkflowActor());
}
