using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Domain.Auditing;
using Warehouse.Web.Features.Allocation;

namespace Warehouse.Web.Tests.Approvals;

/// The demo's request submitted three hours ago has waited far past its step's limit: escalation marks it on the board.
public sealed class EscalationBoardTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task A_step_waiting_past_its_limit_is_escalated_and_marked_on_the_board_and_the_request()
    {
        var worker = factory.Services.GetRequiredService<EscalationWorker>();
        await worker.RunOnceAsync(CancellationToken.None);
        await using var db = factory.NewDbContext();
        var overdue = await db.AllocationRequests.Include(r => r.Steps).SingleAsync(r => r.Incident == "南湖水位超警");

        Assert.NotNull(overdue.CurrentStep!.EscalatedAt);
        Assert.Empty(await worker.RunOnceAsync(CancellationToken.None));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ApprovalStepEscalated && a.Subject == overdue.Number));
        // The manager's bell names the request too, so the row is looked for in the board's table.
        var page = await (await factory.SignedInClientAsync("manager", "en")).GetStringAsync("/Board");
        var board = page[page.IndexOf("data-testid=\"board\"", StringComparison.Ordinal)..];
        var row = board[board.IndexOf(overdue.Number, StringComparison.Ordinal)..];
        Assert.Contains("data-testid=\"escalated\">Escalated<", row[..row.IndexOf("</tr>", StringComparison.Ordinal)]);
        Assert.Contains("已升级催办", await (await factory.SignedInClientAsync("manager")).GetStringAsync($"/Requests/Details/{overdue.Id}"));
    }
}
