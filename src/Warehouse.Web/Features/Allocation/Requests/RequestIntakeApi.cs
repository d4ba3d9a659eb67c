using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.Requests;

/// Turns a request body (codes, not ids) into a draft the Drafting step takes, under the caller's client id, and raises it:
/// the same rules as the request form, with each refusal answered by its code.
public sealed class RequestIntakeApi(WarehouseDbContext db, CodeLookup lookup, CurrentUser user, RequestIntake intake,
    AllocationQueries queries, BureauClock clock)
{
    /// The request the body raised, or the one its client id raised before.
    public async Task<Outcome<RaisedRequest>> RaiseAsync(RequestBody body, CancellationToken cancellationToken)
    {
        if (!StockRules.IsValidClientId(body.ClientId))
            return Errors.ClientIdInvalid();
        var input = await InputAsync(body, cancellationToken);
        if (!input.Succeeded)
            return input.Error!;
        var actor = user.ToWorkflowActor();
        var key = new ClientKey(actor.ClientScope, body.ClientId!, Fingerprint(body));
        return await intake.RaiseAsync(input.Value!, body.Submit, key, actor, user.DepartmentId);
    }

    private async Task<Outcome<DraftInput>> InputAsync(RequestBody body, CancellationToken cancellationToken)
    {
        if (Named<EmergencyLevel>(body.EmergencyLevel ?? nameof(EmergencyLevel.Routine)) is not { } level)
            return Errors.UnknownLevel();
        var lines = await LinesAsync(body.Lines ?? [], cancellationToken);
        if (!lines.Succeeded)
            return lines.Error!;
        var destination = await DestinationAsync(body.Destination, cancellationToken);
        if (!destination.Succeeded)
            return destination.Error!;
        var (kind, depotId, placeId, name) = destination.Value!;
        var neededBy = body.NeededBy?.UtcDateTime ?? clock.UtcNow.Add(queries.Target);
        return new DraftInput(body.Incident ?? body.Title ?? "", level, neededBy, kind, depotId, name, body.Destination?.Latitude,
            body.Destination?.Longitude, body.ContactName ?? "", body.ContactPhone ?? "", body.Note, lines.Value!, placeId);
    }

    private async Task<Outcome<List<(int ItemId, int Quantity)>>> LinesAsync(List<RequestBodyLine> lines,
        CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
            return Errors.NoLines();
        if (lines.Count > StockRules.MaxLines)
            return Errors.TooManyLines(StockRules.MaxLines);
        var resolved = new List<(int, int)>();
        foreach (var line in lines)
        {
            if ((StockRules.CheckQuantity(line.Quantity) ?? StockRules.CheckText("item", line.Item, PostingShape.MaxCodeLength))
                is { } shapeError)
                return shapeError;
            var info = await lookup.IdentifyAsync(line.Item ?? "", cancellationToken);
            if (info.Refusal() is { } refusal)
                return refusal;
            if (info.Item is null)
                return info.Kind == CodeKinds.Location ? Errors.CodeIsNotItem(info.Code) : Errors.UnknownCode(info.Code);
            resolved.Add((info.Item.Id, line.Quantity));
        }
        return resolved;
    }

    private async Task<Outcome<Destination>> DestinationAsync(RequestDestinationBody? body, CancellationToken cancellationToken)
    {
        if (body is null)
            return Errors.DestinationRequired();
        var kind = body.Kind?.Trim() ?? (body.Place is not null ? "Place" : body.Depot is not null ? "Depot" : "Township");
        if (kind.Equals("Place", StringComparison.OrdinalIgnoreCase))
        {
            var code = (body.Place ?? body.Text ?? "").Trim().ToUpperInvariant();
            var placeId = await db.Places.Where(p => p.Code == code).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
            return placeId is null ? Errors.UnknownPlace(code) : new Destination(DestinationKind.Township, null, placeId, null);
        }
        if (Named<DestinationKind>(kind) is not { } parsed)
            return Errors.UnknownDestinationKind(kind);
        if (parsed != DestinationKind.Depot)
            return new Destination(parsed, null, null, body.Text);
        var depotCode = (body.Depot ?? body.Text ?? "").Trim().ToUpperInvariant();
        var depotId = await db.Depots.Where(d => d.Code == depotCode).Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken);
        return depotId is null ? Errors.UnknownDepot(depotCode) : new Destination(parsed, depotId, null, null);
    }

    /// The enum member the text names (any case); null for anything else, numbers included.
    private static T? Named<T>(string text) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (T?)v).FirstOrDefault(v => v.ToString()!.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase));

    private sealed record Destination(DestinationKind Kind, int? DepotId, int? PlaceId, string? Name);

    /// SHA-256 over the body as sent (not as resolved: a left-out needed-by time must fingerprint the same on a retry).
    private static string Fingerprint(RequestBody body)
    {
        var d = body.Destination;
        var text = new StringBuilder("request")
            .AppendJoin('|', Field(body.EmergencyLevel), Field(body.Incident), Field(body.Title), Field(d?.Kind), Field(d?.Text),
                Field(d?.Place), Field(d?.Depot), Number(d?.Latitude), Number(d?.Longitude),
                Field(body.NeededBy?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)), Field(body.ContactName),
                Field(body.ContactPhone), Field(body.Note), body.Submit);
        foreach (var line in body.Lines ?? [])
            text.Append("\nline|").Append(Field(line.Item)).Append('|').Append(line.Quantity);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    // Lengths first, so no text can imitate a field separator.
    private static string Field(string? text) => text is null ? "-" : $"{text.Length}:{text}";

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "-";
}
