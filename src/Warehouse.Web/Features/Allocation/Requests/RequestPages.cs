using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Data.Approvals;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;
using Warehouse.Hardware.Scanning;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.Requests;

/// Builds the request pages and forms for the current caller, and reads a form's item codes back into lines.
public sealed class RequestPages(AllocationQueries queries, SourceProposals proposals, WarehouseDbContext db, CurrentUser user,
    BureauClock clock, Deputies deputies, SignatureBook signatures,
    Suppliers.CallUpPages callUps)
{
    /// The request's page with what the caller may do on it; null when the caller may not see it.
    public async Task<RequestPage?> DetailsAsync(int id, CancellationToken cancellationToken)
    {
        var request = await queries.DetailsAsync(id, cancellationToken);
        if (request is null)
            return null;
        var actor = await deputies.StandingAsync(user.ToWorkflowActor());
        var permitted = new AllocationWorkflow(request, actor, clock.UtcNow).Permitted;
        var depots = await db.Depots.AsNoTracking().Where(d => user.Depots.Contains(d.Id) || user.IsInRole(Roles.Administrator))
            .OrderBy(d => d.Code).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        var signed = await signatures.OfAsync(request.Dispatches.Select(d => d.Id).ToList(), cancellationToken);
        return new RequestPage(request, AllocationQueries.Timeline(request), permitted,
            depots.Select(d => (d.Id, d.Name)).ToList(), queries.Target, actor,
            signed.Select(s => SignatureView.Of(s, request.Dispatches.Single(d => d.Id == s.DispatchId))).ToList())
            { CallUps = await callUps.OfRequestAsync(id, cancellationToken) };
    }

    /// The approval page: the request with a proposal of sources per line; <paramref name="problem"/> from a refused decision.
    public async Task<ApprovalPage?> ApprovalAsync(int id, string? problem, CancellationToken cancellationToken)
    {
        var request = await queries.DetailsAsync(id, cancellationToken);
        return request is null ? null : new ApprovalPage(request, await proposals.ProposeAsync(id), problem);
    }

    /// A new request's form: needed two hours from now, the caller as contact, three empty lines.
    public RequestForm NewForm() => new()
    {
        NeededBy = clock.LocalNow.AddHours(2).AddSeconds(-clock.LocalNow.Second),
        ContactName = user.DisplayName,
        Lines = [new RequestLineForm(), new RequestLineForm(), new RequestLineForm()],
    };

    /// The form of a draft being edited, with one empty line to add to; null when the caller may not see the request.
    public async Task<RequestForm?> EditFormAsync(int id, CancellationToken cancellationToken)
    {
        var request = await queries.DetailsAsync(id, cancellationToken);
        if (request is null)
            return null;
        return new RequestForm
        {
            Id = request.Id, Version = request.Version, Incident = request.Incident, Level = request.Level,
            NeededBy = clock.ToLocal(request.NeededBy), DestinationKind = request.DestinationKind,
            DestinationDepotId = request.DestinationDepotId,
            DestinationName = request.DestinationKind == DestinationKind.Depot ? null : request.DestinationName,
            Latitude = request.DestinationLatitude, Longitude = request.DestinationLongitude, ContactName = request.ContactName,
            ContactPhone = request.ContactPhone, Note = request.Note,
            Lines = request.Lines.Select(l => new RequestLineForm { ItemCode = l.Item!.Code, Quantity = l.Requested })
                .Append(new RequestLineForm()).ToList(),
        };
    }

    /// The destination depots a request may name.
    public async Task<IReadOnlyList<Stock.DepotOption>> DestinationDepotsAsync(CancellationToken cancellationToken) =>
        await db.Depots.AsNoTracking().OrderBy(d => d.Kind).ThenBy(d => d.Code)
            .Select(d => new Stock.DepotOption(d.Id, d.Code, d.Name)).ToListAsync(cancellationToken);

    /// The form's filled lines as items and quantities; each line that names no known item or no quantity is an error.
    public async Task<(List<(int ItemId, int Quantity)> Lines, List<DomainError> Errors)> LinesAsync(RequestForm form,
        CancellationToken cancellationToken)
    {
        var lines = new List<(int, int)>();
        var errors = new List<DomainError>();
        foreach (var line in form.Lines.Where(l => !string.IsNullOrWhiteSpace(l.ItemCode) || l.Quantity is not null))
        {
            var code = OwnCodes.KeyOf(OwnCodeKind.Item, line.ItemCode ?? "");
            var itemId = await db.Items.Where(i => i.Code == code).Select(i => (int?)i.Id).SingleOrDefaultAsync(cancellationToken);
            if (itemId is null)
                errors.Add(Errors.UnknownCode(line.ItemCode ?? ""));
            else if (line.Quantity is not { } quantity)
                errors.Add(Errors.QuantityNotPositive(0));
            else
                lines.Add((itemId.Value, quantity));
        }
        return (lines, errors);
    }

    /// The needed-by time the form gives in the bureau's local time, in UTC.
    public DateTime NeededByUtc(RequestForm form) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(form.NeededBy!.Value, DateTimeKind.Unspecified), clock.Zone);
}
