using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Printing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Allocation;

/// Carries out each step of the allocation workflow in one transaction: the state machine decides whether the
/// step is allowed, the ledger writer moves stock atomically, the request's version catches stale forms and
/// concurrent hands, and every step leaves a transition and an audit row.
public sealed class AllocationService(WarehouseDbContext db, NumberSequences numbers, LedgerWriter ledger, BureauClock clock,
    IDispatchSlipQueue slips)
{
    public static DomainError Stale() =>
        new("Stale", "This request was changed by someone else since you opened it. Reload the page and try again.");

    public Task<Outcome<int>> SaveDraftAsync(int? id, int? version, DraftInput input, WorkflowActor actor, int? departmentId) =>
        RunAsync(async () =>
        {
            CheckText(input);
            if (!actor.MayRequest)
                throw new DomainException(Errors.Forbidden("Only a department or a manager may request supplies."));
            var request = id is null
                ? NewRequest(await NextNumberAsync("SQ"), actor, departmentId)
                : await LoadAsync(id.Value, version, r =>
                {
                    if (!(actor.SpeaksFor(r) || actor.IsManager))
                        throw new DomainException(Errors.Forbidden("Only the requesting department or a manager may change this request."));
                });
            request.Describe(input.Incident, input.Level, input.NeededByUtc, input.ContactName, input.ContactPhone, input.Note);
            if (input.DestinationKind == DestinationKind.Depot)
            {
                var depot = await db.Depots.FindAsync(input.DestinationDepotId ?? 0)
                    ?? throw new DomainException(new("DestinationDepotRequired", "Choose the destination depot."));
                request.SendTo(depot);
            }
            else
            {
                GeoPoint? point = input.Latitude is { } lat && input.Longitude is { } lon ? new GeoPoint(lat, lon) : null;
                request.SendTo(input.DestinationKind, input.DestinationName ?? "", point);
            }
            var itemIds = input.Lines.Select(l => l.ItemId).ToList();
            if (await db.Items.CountAsync(i => itemIds.Contains(i.Id)) != itemIds.Distinct().Count())
                throw new DomainException(Errors.UnknownCode("item"));
            request.SetLines(input.Lines);
            if (id is null)
                db.AllocationRequests.Add(request);
            Audit(actor, id is null ? "allocation.created" : "allocation.updated", request.Number, null);
            return request;
        }, request => request.Id);

    /// Submit, reject, cancel, close, ratify or refuse ratification: steps that move no stock but cancel, which
    /// gives back what approval reserved.
    public Task<Outcome<int>> FireAsync(int id, int version, RequestTrigger trigger, string? reason, WorkflowActor actor) =>
        RunAsync(async () =>
        {
            FreeText.Require("reason", reason, multiLine: true);
            var request = await LoadAsync(id, version, r => AllocationWorkflow.Authorize(trigger, r, actor));
            var workflow = new AllocationWorkflow(request, actor, clock.UtcNow);
            var wasApproved = request.State == RequestState.Approved;
            if (trigger is RequestTrigger.Reject or RequestTrigger.Cancel or RequestTrigger.RefuseRatification)
                workflow.FireWithReason(trigger, reason ?? "");
            else if (trigger is RequestTrigger.Submit or RequestTrigger.Close or RequestTrigger.Ratify)
                workflow.Fire(trigger, reason);
            else
                throw new DomainException(new("IllegalStep", $"'{trigger}' is not done from here.", trigger.ToString(), request.State.ToString()));
            if (trigger == RequestTrigger.Cancel && wasApproved)
                await ReleaseReservationsAsync(request);
            if (trigger == RequestTrigger.Ratify)
            {
                foreach (var line in request.Lines)
                    request.Decide(line.ItemId, Math.Min(line.Requested, request.Dispatches.SelectMany(d => d.Lines).Where(l => l.ItemId == line.ItemId).Sum(l => l.Quantity)));
            }
            Audit(actor, $"allocation.{trigger.ToString().ToLowerInvariant()}", request.Number, reason);
            return request;
        }, request => request.Id);

    public async Task<IReadOnlyList<SourceProposal>> ProposeAsync(int id)
    {
        var request = await db.AllocationRequests.AsNoTracking().Include(r => r.Lines).ThenInclude(l => l.Item)
            .SingleOrDefaultAsync(r => r.Id == id) ?? throw new DomainException(Errors.UnknownCode($"#{id}"));
        var depots = await db.Depots.AsNoTracking().ToListAsync();
        var today = clock.Today;
        var itemIds = request.Lines.Select(l => l.ItemId).ToList();
        var free = await (
            from b in db.StockBalances
            where itemIds.Contains(b.ItemId) && b.OnHand - b.Reserved > 0
            join bt in db.Batches on b.BatchId equals bt.Id into batches
            from bt in batches.DefaultIfEmpty()
            where bt == null || bt.Expiry >= today
            group b by new { b.ItemId, b.DepotId } into g
            select new { g.Key.ItemId, g.Key.DepotId, Available = g.Sum(b => b.OnHand - b.Reserved) })
            .ToListAsync();
        var destination = request.DestinationPoint;
        var central = depots.FirstOrDefault(d => d.Kind == DepotKind.CentralReserve);
        return request.Lines.Select(line =>
        {
            var options = free.Where(f => f.ItemId == line.ItemId && f.DepotId != request.DestinationDepotId)
                .Select(f => depots.Single(d => d.Id == f.DepotId) is var d
                    ? new SourceOption(d.Id, d.Code, d.Name, f.Available, destination is { } p ? Math.Round(p.DistanceKmTo(d.Position), 1) : null)
                    : null!)
                .OrderBy(o => o.DistanceKm ?? (o.DepotId == central?.Id ? 0 : double.MaxValue)).ThenBy(o => o.DepotCode)
                .ToList();
            return new SourceProposal(line.ItemId, line.Item!.Code, line.Item.Name, line.Item.Unit, line.Requested,
                Propose(line.Requested, options, central?.Id), options);
        }).ToList();
    }

    /// The nearest depot that can give all of it; else the central reserve; else the nearest ones in turn.
    private static IReadOnlyList<(int DepotId, int Quantity)> Propose(int needed, IReadOnlyList<SourceOption> options, int? centralId)
    {
        if (options.FirstOrDefault(o => o.Available >= needed) is { } whole)
            return [(whole.DepotId, needed)];
        var plan = new List<(int, int)>();
        foreach (var option in options.OrderBy(o => o.DepotId == centralId ? 0 : 1).ThenBy(o => o.DistanceKm ?? double.MaxValue))
        {
            if (needed == 0)
                break;
            var take = Math.Min(needed, option.Available);
            plan.Add((option.DepotId, take));
            needed -= take;
        }
        return plan;
    }

    public Task<Outcome<int>> ApproveAsync(int id, int version, IReadOnlyList<LineDecision> decisions, WorkflowActor actor) =>
        RunAsync(async () =>
        {
            var request = await LoadAsync(id, version, r => AllocationWorkflow.Authorize(RequestTrigger.Approve, r, actor));
            foreach (var decision in decisions)
            {
                request.Decide(decision.ItemId, decision.Approved);
                if (decision.Sources.Any(s => s.Quantity < 0) || decision.Sources.Sum(s => s.Quantity) != decision.Approved)
                    throw new DomainException(new("SourcesDoNotAddUp", "The quantities from the source depots must add up to the approved quantity."));
                foreach (var (depotId, quantity) in decision.Sources.Where(s => s.Quantity > 0))
                {
                    if (depotId == request.DestinationDepotId)
                        throw new DomainException(new("SourceIsDestination", "A depot cannot send to itself."));
                    var dispatch = request.Dispatches.FirstOrDefault(d => d.SourceDepotId == depotId)
                        ?? request.AddDispatch(await NextNumberAsync("DP"), depotId);
                    dispatch.Plan(decision.ItemId, quantity);
                    await ReserveAsync(dispatch, decision.ItemId, quantity, allOrNothing: true);
                }
            }
            new AllocationWorkflow(request, actor, clock.UtcNow).Fire(RequestTrigger.Approve);
            Audit(actor, "allocation.approve", request.Number,
                string.Join("; ", decisions.Select(d => $"#{d.ItemId}×{d.Approved} from {string.Join(",", d.Sources.Select(s => $"{s.DepotId}:{s.Quantity}"))}")));
            return request;
        }, request => request.Id);

    /// Level I/II: a keeper starts picking at their own depot before approval; a manager ratifies later.
    public Task<Outcome<int>> EmergencyReleaseAsync(int id, int version, int depotId, WorkflowActor actor) =>
        RunAsync(async () =>
        {
            if (!actor.KeepsDepot(depotId))
                throw new DomainException(Errors.DepotNotYours($"#{depotId}"));
            var request = await LoadAsync(id, version);
            var workflow = new AllocationWorkflow(request, actor, clock.UtcNow);
            if (!workflow.CanFire(RequestTrigger.EmergencyRelease))
                workflow.Fire(RequestTrigger.EmergencyRelease);
            var dispatch = request.AddDispatch(await NextNumberAsync("DP"), depotId);
            foreach (var line in request.Lines)
            {
                var reserved = await ReserveAsync(dispatch, line.ItemId, line.Requested, allOrNothing: false);
                if (reserved > 0)
                    dispatch.Plan(line.ItemId, reserved);
            }
            if (dispatch.Lines.Count == 0)
                throw new DomainException(new("NothingAtDepot", "This depot has none of the requested items free."));
            workflow.Fire(RequestTrigger.EmergencyRelease);
            dispatch.StartPicking(clock.UtcNow);
            Audit(actor, "allocation.emergency-release", request.Number, $"from depot #{depotId}");
            return dispatch;
        }, dispatch => dispatch.Id);

    public async Task<Outcome<PickResult>> PickAsync(int dispatchId, ScannedGoods goods, int quantity, int? locationId, string? fefoOverride,
        string clientId, WorkflowActor actor)
    {
        var key = new ClientKey(actor.ClientScope, clientId,
            RequestFingerprint.OfPick(dispatchId, goods.ItemId, goods.BatchId, goods.EquipmentUnitId, quantity, locationId, fefoOverride));
        var outcome = await PickOnceAsync(dispatchId, goods, quantity, locationId, fefoOverride, key, actor);
        // Two scans of one client id raced and the unique index let the other in: this one now finds it and replays it.
        return outcome.Error?.Code == "ConcurrentChange"
            ? await PickOnceAsync(dispatchId, goods, quantity, locationId, fefoOverride, key, actor)
            : outcome;
    }

    private Task<Outcome<PickResult>> PickOnceAsync(int dispatchId, ScannedGoods goods, int quantity, int? locationId, string? fefoOverride,
        ClientKey key, WorkflowActor actor) =>
        RunAsync<(DispatchPick? Pick, PickResult Result), PickResult>(async () =>
        {
            if (StockRules.CheckQuantity(quantity) is { } quantityError)
                throw new DomainException(quantityError);
            if (!StockRules.IsValidClientId(key.Id))
                throw new DomainException(Errors.ClientIdInvalid());
            FreeText.Require("fefoOverride", fefoOverride);
            var earlier = await db.DispatchPicks.AsNoTracking().SingleOrDefaultAsync(p => p.ClientScope == key.Scope && p.ClientId == key.Id);
            if (earlier?.RequestFingerprint is { } fingerprint && fingerprint != key.Fingerprint)
                throw new DomainException(Errors.IdempotencyKeyReused(key.Id));
            var request = await LoadByDispatchAsync(dispatchId);
            var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
            if (!actor.KeepsDepot(dispatch.SourceDepotId))
                throw new DomainException(Errors.DepotNotYours(await DepotCodeAsync(dispatch.SourceDepotId)));
            var item = await db.Items.SingleAsync(i => i.Id == goods.ItemId);
            if (earlier is not null)
                return (null, new PickResult(earlier.Id, item.Name, dispatch.PickedOf(item.Id), LineOf(dispatch, item.Id), true));
            if (request.State == RequestState.Approved)
                new AllocationWorkflow(request, actor, clock.UtcNow).Fire(RequestTrigger.StartPicking);
            else if (request.State != RequestState.Picking)
                throw new DomainException(new("DispatchClosedForPicking", $"Dispatch {dispatch.Number} is no longer being picked.", dispatch.Number));
            var (balanceId, batchId) = await PickableBalanceAsync(dispatch, item, goods, quantity, locationId, fefoOverride);
            var pick = dispatch.Pick(item, quantity, balanceId, batchId, goods.EquipmentUnitId, locationId, key, actor.UserName, clock.UtcNow,
                string.IsNullOrWhiteSpace(fefoOverride) ? null : fefoOverride.Trim());
            return (pick, new PickResult(0, item.Name, dispatch.PickedOf(item.Id), LineOf(dispatch, item.Id), false));
        }, state => state.Pick is null ? state.Result : state.Result with { PickId = state.Pick.Id });

    public Task<Outcome<int>> UnpickAsync(int dispatchId, int pickId, WorkflowActor actor) =>
        RunAsync(async () =>
        {
            var request = await LoadByDispatchAsync(dispatchId);
            var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
            if (!actor.KeepsDepot(dispatch.SourceDepotId))
                throw new DomainException(Errors.DepotNotYours(await DepotCodeAsync(dispatch.SourceDepotId)));
            var pick = dispatch.Picks.SingleOrDefault(p => p.Id == pickId)
                ?? throw new DomainException(Errors.UnknownCode($"#{pickId}"));
            dispatch.Unpick(pick);
            return request;
        }, request => request.Id);

    public Task<Outcome<DeliveryCodes>> DispatchAsync(int dispatchId, int version, string vehicle, string driver, string driverPhone,
        WorkflowActor actor) =>
        RunAsync(async () =>
        {
            FreeText.Require("vehicle", vehicle);
            FreeText.Require("driver", driver);
            FreeText.Require("driverPhone", driverPhone);
            var request = await LoadByDispatchAsync(dispatchId, version, r =>
            {
                if (!actor.KeepsDepot(r.Dispatches.Single(d => d.Id == dispatchId).SourceDepotId))
                    throw new DomainException(Errors.DepotNotYours($"#{r.Dispatches.Single(d => d.Id == dispatchId).SourceDepotId}"));
            });
            var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
            var now = clock.UtcNow;
            var (qr, shortCode) = dispatch.Send(vehicle, driver, driverPhone, actor.UserName, now);
            var reason = request.IsTransfer ? StockReason.TransferOut : StockReason.Allocation;
            var document = await NewDocumentAsync(DocumentKind.Issue, reason, dispatch.SourceDepotId, $"dispatch-{dispatch.Number}", actor,
                $"{request.Number} → {request.DestinationName}");
            foreach (var reservation in dispatch.Reservations.Where(r => !r.Released))
            {
                await ledger.ReleaseAsync(reservation.BalanceId, reservation.Quantity, default);
                reservation.Release();
            }
            foreach (var group in dispatch.Picks.GroupBy(p => p.BalanceId))
            {
                var quantity = group.Sum(p => p.Quantity);
                var after = await ledger.DecreaseAsync(group.Key, quantity, default);
                var balance = await db.StockBalances.AsNoTracking().SingleAsync(b => b.Id == group.Key);
                if (after is null)
                {
                    var item = await db.Items.AsNoTracking().SingleAsync(i => i.Id == balance.ItemId);
                    throw new DomainException(Errors.NotEnoughStock(item.Label, quantity, balance.OnHand - balance.Reserved));
                }
                document.Record(balance, -quantity, after.Value);
            }
            var unitIds = dispatch.Picks.Where(p => p.EquipmentUnitId != null).Select(p => p.EquipmentUnitId!.Value).ToList();
            foreach (var unit in await db.EquipmentUnits.Where(u => unitIds.Contains(u.Id)).ToListAsync())
                unit.Issue(request.IsTransfer ? EquipmentStatus.InTransit : EquipmentStatus.Issued);
            var workflow = new AllocationWorkflow(request, actor, now);
            if (request.State == RequestState.Picking && workflow.CanFire(RequestTrigger.Dispatch))
                workflow.Fire(RequestTrigger.Dispatch, dispatch.Number);
            Audit(actor, "allocation.dispatch", dispatch.Number, $"{request.Number}; {vehicle}; {driver}");
            var codes = new DeliveryCodes(dispatch.Number, "WD-" + qr, shortCode);
            await slips.EnqueueAsync(request, dispatch, codes, actor.UserName);
            return codes;
        }, codes => codes);

    /// Finds the dispatch a scanned QR code or typed short code belongs to.
    public async Task<int?> FindByCodeAsync(string code)
    {
        var text = Dispatch.Normalize(code);
        if (text.Length == 0)
            return null;
        var dot = text.IndexOf('.');
        var candidates = dot > 0
            ? await db.Dispatches.Where(d => d.Number == text.Substring(0, dot)).ToListAsync()
            : await db.Dispatches.Where(d => d.ShortCodeHash == Dispatch.HashCode(text)).ToListAsync();
        return candidates.FirstOrDefault(d => d.Matches(code))?.Id;
    }

    public Task<Outcome<int>> ConfirmDeliveryAsync(string code, IReadOnlyDictionary<int, (int Received, int Damaged)> received, string? note,
        WorkflowActor actor) =>
        RunAsync(async () =>
        {
            FreeText.Require("note", note, multiLine: true);
            var dispatchId = await FindByCodeAsync(code) ?? throw new DomainException(new("UnknownDeliveryCode",
                "This delivery code is not known. Check the code on the slip.", code));
            var request = await LoadByDispatchAsync(dispatchId);
            var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
            if (!actor.MayConfirmDelivery(request))
                throw new DomainException(request.IsTransfer
                    ? Errors.DepotNotYours(request.DestinationDepot?.Code ?? "")
                    : Errors.Forbidden("Only the requesting department or a manager may confirm this delivery."));
            var now = clock.UtcNow;
            dispatch.ConfirmDelivery(actor.UserName, now, note, received);
            if (request.IsTransfer)
                await ReceiveTransferAsync(request, dispatch, actor);
            var workflow = new AllocationWorkflow(request, actor, now);
            if (request.State == RequestState.Dispatched && workflow.CanFire(RequestTrigger.ConfirmDelivery))
                workflow.Fire(RequestTrigger.ConfirmDelivery, dispatch.Number);
            Audit(actor, "allocation.deliver", dispatch.Number, note);
            return request;
        }, request => request.Id);

    /// A lost slip: a manager gets new codes for a dispatch on the road; the old ones stop working at once. The
    /// audit row names who, when and which dispatch, never the code.
    public Task<Outcome<DeliveryCodes>> ReissueCodesAsync(int dispatchId, WorkflowActor actor) =>
        RunAsync(async () =>
        {
            if (!actor.IsManager)
                throw new DomainException(Errors.Forbidden("Only a manager may re-issue a delivery code."));
            var request = await LoadByDispatchAsync(dispatchId);
            var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
            var (qr, shortCode) = dispatch.ReissueCodes();
            Audit(actor, AuditActions.DeliveryCodeReissued, dispatch.Number, request.Number);
            return new DeliveryCodes(dispatch.Number, "WD-" + qr, shortCode);
        }, codes => codes);

    public Task<Outcome<int>> ReturnAsync(int dispatchId, int itemId, int? unitId, int quantity, ReturnCondition condition, string? note,
        WorkflowActor actor) =>
        RunAsync(async () =>
        {
            var request = await LoadByDispatchAsync(dispatchId);
            var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
            if (!actor.KeepsDepot(dispatch.SourceDepotId))
                throw new DomainException(Errors.DepotNotYours(await DepotCodeAsync(dispatch.SourceDepotId)));
            FreeText.Require("note", note, multiLine: true);
            var item = await db.Items.SingleOrDefaultAsync(i => i.Id == itemId) ?? throw new DomainException(Errors.UnknownCode($"#{itemId}"));
            if (!item.Returnable)
                throw new DomainException(new("NotReturnable", $"{item.Label} is consumed, not returned.", item.Label));
            var entry = dispatch.Return(itemId, unitId, quantity, condition, actor.UserName, clock.UtcNow, note);
            var unit = unitId is null ? null : await db.EquipmentUnits.SingleAsync(u => u.Id == unitId);
            if (condition == ReturnCondition.Lost)
            {
                unit?.Issue(EquipmentStatus.Lost);
            }
            else
            {
                var pick = dispatch.Picks.First(p => p.ItemId == itemId && (unitId == null || p.EquipmentUnitId == unitId));
                var source = await db.StockBalances.AsNoTracking().SingleAsync(b => b.Id == pick.BalanceId);
                var balance = await ledger.BalanceAsync(new BalanceKey(dispatch.SourceDepotId, source.LocationId, itemId, source.BatchId, unitId, source.Mode), default);
                var document = await NewDocumentAsync(DocumentKind.Receipt, StockReason.Return, dispatch.SourceDepotId,
                    $"return-{dispatch.Number}-{dispatch.Returns.Count}", actor, $"{dispatch.Number} {condition}");
                document.Record(balance, quantity, await ledger.IncreaseAsync(balance.Id, quantity, default));
                if (unit is not null)
                {
                    if (condition == ReturnCondition.NeedsRepair)
                        unit.ReceiveForRepair(dispatch.SourceDepotId);
                    else
                        unit.Receive(dispatch.SourceDepotId);
                }
            }
            Audit(actor, "allocation.return", dispatch.Number, $"#{itemId}×{quantity} {condition}");
            return entry;
        }, _ => dispatchId);

    private async Task ReceiveTransferAsync(AllocationRequest request, Dispatch dispatch, WorkflowActor actor)
    {
        var depotId = request.DestinationDepotId!.Value;
        var document = await NewDocumentAsync(DocumentKind.Receipt, StockReason.TransferIn, depotId, $"delivery-{dispatch.Number}", actor,
            $"{request.Number} ← {dispatch.Number}");
        foreach (var line in dispatch.Lines)
        {
            var good = (line.Received ?? 0) - (line.Damaged ?? 0);
            foreach (var pick in dispatch.Picks.Where(p => p.ItemId == line.ItemId))
            {
                if (good <= 0)
                    break;
                var take = Math.Min(good, pick.Quantity);
                var source = await db.StockBalances.AsNoTracking().SingleAsync(b => b.Id == pick.BalanceId);
                var balance = await ledger.BalanceAsync(new BalanceKey(depotId, null, pick.ItemId, pick.BatchId, pick.EquipmentUnitId, source.Mode), default);
                document.Record(balance, take, await ledger.IncreaseAsync(balance.Id, take, default));
                good -= take;
                if (pick.EquipmentUnitId is { } unitId)
                    (await db.EquipmentUnits.SingleAsync(u => u.Id == unitId)).Receive(depotId);
            }
        }
    }

    /// Promises stock at the dispatch's depot, first-expiring batches first, skipping expired ones.
    private async Task<int> ReserveAsync(Dispatch dispatch, int itemId, int quantity, bool allOrNothing)
    {
        var today = clock.Today;
        var candidates = await (
            from b in db.StockBalances
            where b.DepotId == dispatch.SourceDepotId && b.ItemId == itemId && b.OnHand - b.Reserved > 0
            join bt in db.Batches on b.BatchId equals bt.Id into batches
            from bt in batches.DefaultIfEmpty()
            join u in db.EquipmentUnits on b.EquipmentUnitId equals u.Id into units
            from u in units.DefaultIfEmpty()
            where (bt == null || bt.Expiry >= today) && (u == null || u.Status == EquipmentStatus.InStock)
            orderby bt == null ? DateOnly.MaxValue : bt.Expiry, b.Id
            select new { b.Id, Free = b.OnHand - b.Reserved })
            .ToListAsync();
        var remaining = quantity;
        foreach (var candidate in candidates)
        {
            if (remaining == 0)
                break;
            var take = Math.Min(remaining, candidate.Free);
            if (!await ledger.ReserveAsync(candidate.Id, take, default))
                continue;
            dispatch.Reserve(candidate.Id, itemId, take);
            remaining -= take;
        }
        if (remaining > 0 && allOrNothing)
        {
            var item = await db.Items.AsNoTracking().SingleAsync(i => i.Id == itemId);
            throw new DomainException(Errors.NotEnoughStock($"{item.Label} @ {await DepotCodeAsync(dispatch.SourceDepotId)}", quantity, quantity - remaining));
        }
        return quantity - remaining;
    }

    private async Task ReleaseReservationsAsync(AllocationRequest request)
    {
        foreach (var reservation in request.Dispatches.SelectMany(d => d.Reservations).Where(r => !r.Released))
        {
            await ledger.ReleaseAsync(reservation.BalanceId, reservation.Quantity, default);
            reservation.Release();
        }
    }

    /// Which balance a scan takes from, and the first-expiry-first-out check for batches.
    private async Task<(int BalanceId, int? BatchId)> PickableBalanceAsync(Dispatch dispatch, Item item, ScannedGoods goods, int quantity,
        int? locationId, string? fefoOverride)
    {
        var depotId = dispatch.SourceDepotId;
        var today = clock.Today;
        if (item.Tracking == TrackingMode.Serial)
        {
            if (goods.EquipmentUnitId is not { } unitId)
                throw new DomainException(Errors.SerialRequired(item.Label));
            if (quantity != 1)
                throw new DomainException(Errors.SerialQuantityMustBeOne(item.Label));
            var unit = await db.EquipmentUnits.AsNoTracking().SingleAsync(u => u.Id == unitId);
            var balanceId = await db.StockBalances.Where(b => b.DepotId == depotId && b.EquipmentUnitId == unitId && b.OnHand > 0)
                .Select(b => (int?)b.Id).FirstOrDefaultAsync();
            if (unit.Status != EquipmentStatus.InStock || unit.DepotId != depotId || balanceId is null)
                throw new DomainException(Errors.UnitNotInStock(unit.SerialNumber, await DepotCodeAsync(depotId)));
            return (balanceId.Value, null);
        }

        var rows = await (
            from b in db.StockBalances
            where b.DepotId == depotId && b.ItemId == item.Id && b.OnHand > 0 && (locationId == null || b.LocationId == locationId)
            join bt in db.Batches on b.BatchId equals bt.Id into batches
            from bt in batches.DefaultIfEmpty()
            select new { b.Id, b.BatchId, b.OnHand, Expiry = bt == null ? (DateOnly?)null : bt.Expiry, Number = bt == null ? null : bt.Number })
            .ToListAsync();
        var pickedFrom = dispatch.Picks.GroupBy(p => p.BalanceId).ToDictionary(g => g.Key, g => g.Sum(p => p.Quantity));
        var usable = rows.Where(r => r.OnHand - pickedFrom.GetValueOrDefault(r.Id) >= quantity && (r.Expiry is null || r.Expiry >= today))
            .OrderBy(r => r.Expiry ?? DateOnly.MaxValue).ThenBy(r => dispatch.Reservations.Any(v => v.BalanceId == r.Id) ? 0 : 1).ThenBy(r => r.Id)
            .ToList();
        if (goods.BatchId is { } batchId)
        {
            var chosen = rows.FirstOrDefault(r => r.BatchId == batchId);
            if (chosen?.Expiry is { } expiry && expiry < today)
                throw new DomainException(Errors.BatchExpired(chosen.Number!));
            var fit = usable.FirstOrDefault(r => r.BatchId == batchId)
                ?? throw new DomainException(Errors.NotEnoughStock(item.Label, quantity, chosen is null ? 0 : chosen.OnHand - pickedFrom.GetValueOrDefault(chosen.Id)));
            var earliest = usable.First();
            if (earliest.Expiry < fit.Expiry && string.IsNullOrWhiteSpace(fefoOverride))
                throw new DomainException(new("FefoViolation",
                    $"Batch {fit.Number} expires {fit.Expiry:yyyy-MM-dd}, later than batch {earliest.Number} ({earliest.Expiry:yyyy-MM-dd}): pick that one first, or give a reason.",
                    fit.Number!, earliest.Number!));
            return (fit.Id, batchId);
        }
        var first = usable.FirstOrDefault()
            ?? throw new DomainException(Errors.NotEnoughStock(item.Label, quantity, rows.Sum(r => r.OnHand) - pickedFrom.Values.Sum()));
        return (first.Id, first.BatchId);
    }

    /// The request form's free text, held to the one rule for text people type.
    private static void CheckText(DraftInput input)
    {
        FreeText.Require("incident", input.Incident);
        FreeText.Require("destinationName", input.DestinationName);
        FreeText.Require("contactName", input.ContactName);
        FreeText.Require("contactPhone", input.ContactPhone);
        FreeText.Require("note", input.Note, multiLine: true);
    }

    private static int LineOf(Dispatch dispatch, int itemId) => dispatch.Lines.FirstOrDefault(l => l.ItemId == itemId)?.Quantity ?? 0;

    private AllocationRequest NewRequest(string number, WorkflowActor actor, int? departmentId) =>
        new(number, actor.UserName, departmentId, clock.UtcNow);

    private async Task<StockDocument> NewDocumentAsync(DocumentKind kind, StockReason reason, int depotId, string clientId, WorkflowActor actor, string note)
    {
        var prefix = StockReasons.NumberPrefix(kind) + clock.Today.ToString("yyyyMMdd");
        // The workflow's own documents live in the product's key space, out of every caller's reach.
        var document = new StockDocument($"{prefix}-{await numbers.NextAsync(prefix, default):0000}", kind, reason, depotId,
            new ClientKey(ClientScopes.Product, clientId), actor.UserName, null, clock.UtcNow, note);
        db.StockDocuments.Add(document);
        db.AuditEntries.Add(new AuditEntry(clock.UtcNow, actor.UserName, kind == DocumentKind.Receipt ? AuditActions.StockReceipt : AuditActions.StockIssue,
            document.Number, note, null));
        return document;
    }

    private async Task<string> NextNumberAsync(string prefix)
    {
        var name = prefix + clock.Today.ToString("yyyyMMdd");
        return $"{name}-{await numbers.NextAsync(name, default):0000}";
    }

    private async Task<string> DepotCodeAsync(int depotId) =>
        await db.Depots.Where(d => d.Id == depotId).Select(d => d.Code).SingleAsync();

    private void Audit(WorkflowActor actor, string action, string subject, string? detail) =>
        db.AuditEntries.Add(new AuditEntry(clock.UtcNow, actor.UserName, action, subject, detail, null));

    /// Loads a request for a step: who may take the step is checked before whether the form is stale.
    private async Task<AllocationRequest> LoadAsync(int id, int? version, Action<AllocationRequest>? authorize = null)
    {
        var request = await Graph().SingleOrDefaultAsync(r => r.Id == id)
            ?? throw new DomainException(new("UnknownRequest", $"Request #{id} does not exist.", id));
        authorize?.Invoke(request);
        if (version is { } v && v != request.Version)
            throw new DomainException(Stale());
        return request;
    }

    private async Task<AllocationRequest> LoadByDispatchAsync(int dispatchId, int? version = null, Action<AllocationRequest>? authorize = null)
    {
        var requestId = await db.Dispatches.Where(d => d.Id == dispatchId).Select(d => (int?)d.RequestId).SingleOrDefaultAsync()
            ?? throw new DomainException(new("UnknownDispatch", $"Dispatch #{dispatchId} does not exist.", dispatchId));
        return await LoadAsync(requestId, version, authorize);
    }

    private IQueryable<AllocationRequest> Graph() => db.AllocationRequests
        .Include(r => r.Lines)
        .Include(r => r.DestinationDepot)
        .Include(r => r.Transitions)
        .Include(r => r.Dispatches).ThenInclude(d => d.Lines)
        .Include(r => r.Dispatches).ThenInclude(d => d.Picks)
        .Include(r => r.Dispatches).ThenInclude(d => d.Reservations)
        .Include(r => r.Dispatches).ThenInclude(d => d.Returns)
        .AsSplitQuery();

    /// One step = one transaction: the request's version moves on, so a concurrent step on the same request loses
    /// with a clear message instead of overwriting.
    private async Task<Outcome<TResult>> RunAsync<TState, TResult>(Func<Task<TState>> step, Func<TState, TResult> result)
    {
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(() => SqliteWriteGate.RunAsync(db, async () =>
            {
                db.ChangeTracker.Clear();
                // The demo seed walks its requests inside its own one transaction, so that a killed first start leaves nothing.
                await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;
                var state = await step();
                foreach (var entry in db.ChangeTracker.Entries<AllocationRequest>())
                    entry.Entity.Touch();
                await db.SaveChangesAsync();
                if (transaction is not null)
                    await transaction.CommitAsync();
                return (Outcome<TResult>)result(state);
            }, CancellationToken.None));
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            return refused.Error;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale();
        }
        catch (DbUpdateException)
        {
            // A unique index refused the step: someone else's step of the same moment got there first.
            db.ChangeTracker.Clear();
            return Errors.ConcurrentChange();
        }
    }
}
