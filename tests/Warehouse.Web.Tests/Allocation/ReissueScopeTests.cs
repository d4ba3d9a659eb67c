using System.Net;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Tests.Allocation;

/// A re-issue names the request and one of its dispatches; a dispatch of another request is refused before its
/// codes change, so a slip on the road keeps working.
public sealed class ReissueScopeTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task A_manager_cannot_reissue_the_codes_of_a_dispatch_through_another_request()
    {
        var manager = await factory.SignedInClientAsync("manager");
        await using var db = factory.NewDbContext();
        var dispatch = await db.Dispatches.AsNoTracking().FirstAsync(d => d.State == DispatchState.Dispatched);
        var other = await db.AllocationRequests.AsNoTracking().Where(r => r.Id != dispatch.RequestId).Select(r => r.Id).FirstAsync();

        var answer = await manager.PostFormAsync($"/Requests/Details/{other}", $"/Requests/Reissue/{other}",
            new() { ["dispatchId"] = dispatch.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal($"/Requests/Details/{other}", answer.Headers.Location?.OriginalString);
        var after = await db.Dispatches.AsNoTracking().SingleAsync(d => d.Id == dispatch.Id);
        Assert.Equal(dispatch.DeliveryCodeHash, after.DeliveryCodeHash);
        Assert.Equal(dispatch.ShortCodeHash, after.ShortCodeHash);
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.DeliveryCodeReissued && a.Subject == dispatch.Number));
    }

    [Fact]
    public async Task The_request_page_offers_a_reissue_only_to_managers_and_only_for_a_dispatch_on_the_road()
    {
        var manager = await factory.SignedInClientAsync("manager");
        var keeper = await factory.SignedInClientAsync("keeper");
        await using var db = factory.NewDbContext();
        var onRoad = await db.Dispatches.AsNoTracking().FirstAsync(d => d.State == DispatchState.Dispatched);
        var page = await manager.GetStringAsync($"/Requests/Details/{onRoad.RequestId}");

        Assert.Contains($"data-testid=\"reissue-{onRoad.Id}\"", page);
        Assert.Contains($"action=\"/Requests/Reissue/{onRoad.RequestId}\"", page);
        Assert.DoesNotContain("data-testid=\"reissue-", await keeper.GetStringAsync($"/Requests/Details/{onRoad.RequestId}"));
    }
}
