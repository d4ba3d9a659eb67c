using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Suppliers;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.Requests;

/// A request as the command platform follows it: its state, approval steps, dispatches and its clock against the target.
public sealed record RequestAnswer(string Number, string Incident, EmergencyLevel Level, RequestState State, string? Department,
    string Destination, DateTime NeededBy, DateTime? SubmittedAt, double? ElapsedMinutes, double TargetMinutes, bool? WithinTarget,
    IReadOnlyList<RequestLineAnswer> Lines, IReadOnlyList<StepAnswer> Steps, IReadOnlyList<DispatchAnswer> Dispatches,
    [property: Description("Present when the goods arrived outside the target: by how much, and the reason the manager gave at close.")]
    BreachAnswer? Breach = null,
    [property: Description("The call-up orders drawn from supplier agreements for this request; the request is delivered once they and the dispatches are.")]
    IReadOnlyList<CallUpAnswer>? CallUps = null);

/// A call-up order (调用单) as the command platform follows it.
public sealed record CallUpAnswer(string Number, CallUpState State,
    [property: Description("True when the supplier delivers straight to the site; false when it delivers into the destination depot.")]
    bool ToSite, DateTime DueAt, DateTime? DeliveredAt);

/// A delivery outside the target as the command platform reads it.
[Description("A delivery outside the target: the minutes over it and, once the manager closed the request, the reason and note.")]
public sealed record BreachAnswer(
    [property: Description("Minutes from submission to the last delivery beyond the target (Allocation:TargetMinutes), one decimal.")]
    double MinutesOver,
    [property: Description("The reason given at close; null while the request is not closed yet.")]
    BreachReason? Reason,
    [property: Description("The manager's note on the breach (required for Other); null when none was given.")]
    string? Note)
{
    /// The breach of a request delivered outside the target; null for one delivered within it or not delivered yet.
    public static BreachAnswer? Of(AllocationRequest request, TimeSpan target) =>
        request.DeliveredLate(target) && request.DeliveryTime is { } time
            ? new(Math.Round((time - target).TotalMinutes, 1), request.BreachReason, request.BreachNote)
            : null;
}

public sealed record RequestLineAnswer(string ItemCode, string ItemName, int Requested, int? Approved);

public sealed record StepAnswer(int Number, string Level, StepDecision Decision, string? DecidedBy, string? OnBehalfOf, DateTime? DecidedAt,
    string? Comment, bool Escalated);

public sealed record DispatchAnswer(string Number, string? SourceDepot, DispatchState State, DateTime? DispatchedAt, DateTime? DeliveredAt);

/// The requests the caller may see, newest first, of one state when asked.
public sealed record RequestListAnswer(IReadOnlyList<RequestRow> Requests);

/// Requests for the city's command platform to follow: the same visibility as the pages (a department sees its own).
/// A department's system may call it with its department key; a signed-in department user with the cookie and the token.
[Route("api/requests")]
[AcceptsDepartmentKey]
public sealed class RequestsApiController(AllocationQueries queries, RequestIntakeApi intake, BureauClock clock,
    IStringLocalizer<SharedResource> localizer) : WarehouseApiController(localizer)
{
    /// Raises a request (a draft, or submitted for approval): 201 with the request; the same client id again answers 200
    /// with the first request and the Idempotent-Replayed header, and raises nothing.
    [HttpPost, Authorize(Policy = Policies.RequestSupplies)]
    public async Task<ActionResult<RequestAnswer>> Raise(RequestBody body, CancellationToken cancellationToken)
    {
        var outcome = await intake.RaiseAsync(body, cancellationToken);
        if (!outcome.Succeeded)
            return ApiProblems.From(outcome.Error!, Localizer);
        var answer = await AnswerAsync(outcome.Value!.Number, cancellationToken);
        if (answer is null)
            return ApiProblems.From(Errors.UnknownRequestNumber(outcome.Value.Number), Localizer);
        if (!outcome.Value.Replayed)
            return CreatedAtAction(nameof(Get), new { number = answer.Number }, answer);
        Response.Headers["Idempotent-Replayed"] = "true";
        return answer;
    }

    [HttpGet]
    public async Task<ActionResult<RequestListAnswer>> List(string? state, CancellationToken cancellationToken)
    {
        RequestState? wanted = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            if (!Enum.TryParse<RequestState>(state.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)
                || char.IsDigit(state.Trim()[0]))
                return ApiProblems.From(Errors.UnknownRequestState(), Localizer);
            wanted = parsed;
        }
        return new RequestListAnswer(await queries.ListAsync(wanted, null, false, cancellationToken));
    }

    [HttpGet("{number}")]
    public async Task<ActionResult<RequestAnswer>> Get(string number, CancellationToken cancellationToken) =>
        await AnswerAsync(number, cancellationToken) is { } answer
            ? answer : ApiProblems.From(Errors.UnknownRequestNumber(number), Localizer);

    private async Task<RequestAnswer?> AnswerAsync(string number, CancellationToken cancellationToken)
    {
        if (await queries.DetailsByNumberAsync(number, cancellationToken) is not { } request)
            return null;
        var submitted = request.SubmittedAt;
        var elapsed = submitted is { } start ? ((request.LastArrival ?? clock.UtcNow) - start).TotalMinutes : (double?)null;
        return new RequestAnswer(request.Number, request.Incident, request.Level, request.State, request.Department?.Name,
            request.DestinationName, request.NeededBy, submitted, elapsed is { } e ? Math.Round(e, 1) : null, queries.Target.TotalMinutes,
            elapsed is { } minutes ? minutes <= queries.Target.TotalMinutes : null,
            request.Lines.Select(l => new RequestLineAnswer(l.Item?.Code ?? "", l.Item?.Name ?? "", l.Requested, l.Approved)).ToList(),
            request.Steps.OrderBy(s => s.Number).Select(s => new StepAnswer(s.Number, s.Level.ToString(), s.Decision, s.DecidedBy,
                s.OnBehalfOf, s.DecidedAt, s.Comment, s.EscalatedAt is not null)).ToList(),
            request.Dispatches.OrderBy(d => d.Id).Select(d => new DispatchAnswer(d.Number, d.SourceDepot?.Code, d.State, d.DispatchedAt,
                d.DeliveredAt)).ToList(),
            BreachAnswer.Of(request, queries.Target),
            request.CallUps.OrderBy(c => c.Id).Select(c => new CallUpAnswer(c.Number, c.State, c.ToSite, c.DueAt, c.DeliveredAt)).ToList());
    }
}
