using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Agents;

/// The station agent's calls. The agent only ever calls out (plain HTTPS through any proxy): it announces its printers,
/// then asks for the next job, and the server holds that request open until a job comes or the wait is over.
[Route("api/agent")]
[Authorize(AuthenticationSchemes = ApiAuthentication.Scheme, Policy = Policies.RunStationAgent)]
public sealed class AgentController(AgentDesk desk, IStringLocalizer<SharedResource> localizer) : WarehouseApiController(localizer)
{
    /// Announces the agent's printers and their status; answers each printer's address in /Printers.
    [HttpPost("hello")]
    public async Task<ActionResult<AgentWelcome>> Hello(AgentHello body, CancellationToken cancellationToken) =>
        Answer(await desk.AnnounceAsync(body, cancellationToken));

    /// Fresh statuses of the agent's printers.
    [HttpPost("status")]
    public async Task<ActionResult> Status(AgentStatus body, CancellationToken cancellationToken)
    {
        await desk.ReportAsync(body.Printers, cancellationToken);
        return NoContent();
    }

    /// Leases the next print job of the agent's printers, waiting for one up to `wait` seconds; 204 when none came.
    [HttpPost("jobs/next")]
    public async Task<ActionResult<AgentJob>> Next(AgentPoll? body, int? wait, CancellationToken cancellationToken) =>
        await desk.NextAsync(body?.Printers, wait, cancellationToken) is { } job ? job : NoContent();

    /// The job is on paper: the bytes were written and the printer's status read back fine.
    [HttpPost("jobs/{id:long}/printed")]
    public async Task<ActionResult> Printed(long id, AgentJobReport body, CancellationToken cancellationToken) =>
        Done(await desk.PrintedAsync(id, body, cancellationToken));

    /// The job could not be printed (the printer is out of paper, offline…): it is tried again later.
    [HttpPost("jobs/{id:long}/failed")]
    public async Task<ActionResult> Failed(long id, AgentJobReport body, CancellationToken cancellationToken) =>
        Done(await desk.FailedAsync(id, body, cancellationToken));

    /// A code the agent's serial scanner read: it goes to the station's open scan box pages, parsed there like a wedge scan.
    [HttpPost("scans")]
    public async Task<ActionResult> Scan(AgentScan body, CancellationToken cancellationToken) =>
        Done(await desk.ForwardAsync(body.Code, cancellationToken));

    private ActionResult Answer<T>(Data.Stock.Outcome<T> outcome) =>
        outcome.Succeeded ? Ok(outcome.Value) : ApiProblems.From(outcome.Error!, Localizer);

    private ActionResult Done(Domain.Common.DomainError? error) => error is null ? NoContent() : ApiProblems.From(error, Localizer);
}
