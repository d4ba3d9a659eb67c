using Warehouse.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation.Steps;

/// A department (or a manager on its behalf) writes a request or changes its draft.
public sealed class Drafting(AllocationStepRunner runner, WarehouseDbContext db, WorkflowNumbers numbers, AuditTrail audit,
    BureauClock clock)
{
    public Task<Outcome<int>> SaveDraftAsync(int? id, int? version, DraftInput input, WorkflowActor actor, int? departmentId) =>
        runner.RunAsync(async () =>
        {
            CheckText(input);
            if (!actor.MayRequest)
                throw new DomainException(Errors.Forbidden("Only a department or a manager may request supplies."));
            var request = id is null
                ? new AllocationRequest(await numbers.NextAsync("SQ"), actor.UserName, departmentId, clock.UtcNow)
                : await runner.LoadAsync(id.Value, version, r =>
                {
                    if (!(actor.SpeaksFor(r) || actor.IsManager))
                        throw new DomainException(Errors.Forbidden("Only the requesting department or a manager may change this request."));
                });
            request.Describe(input.Incident, input.Level, input.NeededByUtc, input.ContactName, input.ContactPhone, input.Note);
            await SendToAsync(request, input);
            var itemIds = input.Lines.Select(l => l.ItemId).ToList();
            if (await db.Items.CountAsync(i => itemIds.Contains(i.Id)) != itemIds.Distinct().Count())
                throw new DomainException(Errors.UnknownCode("item"));
            request.SetLines(input.Lines);
            if (id is null)
                db.AllocationRequests.Add(request);
            audit.Record(AuditActor.Of(actor), id is null ? "allocation.created" : "allocation.updated", request.Number, null);
            return request;
        }, request => request.Id);

    private async Task SendToAsync(AllocationRequest request, DraftInput input)
    {
        if (input.DestinationPlaceId is { } placeId)
            request.SendTo(await db.Places.FindAsync(placeId) ?? throw new DomainException(Errors.UnknownPlace($"#{placeId}")));
        else if (input.DestinationKind == DestinationKind.Depot)
        {
            var depot = await db.Depots.FindAsync(input.DestinationDepotId ?? 0)
                ?? throw new DomainException(Errors.DestinationDepotRequired());
            request.SendTo(depot);
        }
        else
        {
            GeoPoint? point = input.Latitude is { } lat && input.Longitude is { } lon ? new GeoPoint(lat, lon) : null;
            request.SendTo(input.DestinationKind, input.DestinationName ?? "", point);
        }
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
}
