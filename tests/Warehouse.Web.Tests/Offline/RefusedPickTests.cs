using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Tests.Offline;

/// A pick a handheld queued offline and the server refused on sync is kept on the server too: once per client id, under
/// the dispatch's source depot, listed on /RefusedPostings and dismissed there with a note like a refused posting.
public sealed class RefusedPickTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private async Task<(int Id, string Number, int Depot)> DispatchAsync()
    {
        await using var db = factory.NewDbContext();
        var dispatch = await db.Dispatches.AsNoTracking().Where(d => d.Request!.Incident == "西山山体滑坡")
            .Select(d => new { d.Id, d.Number, d.SourceDepotId }).SingleAsync();
        return (dispatch.Id, dispatch.Number, dispatch.SourceDepotId);
    }

    private static async Task<HttpResponseMessage> PickAsync(HttpClient keeper, int dispatch, string code, string clientId,
        bool queuedOffline)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/dispatches/{dispatch}/picks")
        {
            Content = JsonContent.Create(new { code, quantity = 2, location = "A-01-01", clientId }),
        };
        request.Headers.Add("RequestVerificationToken", await keeper.AntiforgeryTokenAsync($"/Dispatches/Pick/{dispatch}"));
        if (queuedOffline)
            request.Headers.Add("Offline-Queued-At", "2026-11-30T08:15:00+08:00");
        return await keeper.SendAsync(request);
    }

    [Fact]
    public async Task A_pick_refused_on_sync_is_kept_once_under_the_dispatchs_depot_and_a_pick_refused_online_nowhere()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var dispatch = await DispatchAsync();

        var first = await PickAsync(keeper, dispatch.Id, "FH-0002", "offline-pick-1", queuedOffline: true);
        var again = await PickAsync(keeper, dispatch.Id, "FH-0002", "offline-pick-1", queuedOffline: true);
        var online = await PickAsync(keeper, dispatch.Id, "FH-0002", "online-pick-1", queuedOffline: false);

        Assert.False(first.IsSuccessStatusCode);
        Assert.Equal(first.StatusCode, again.StatusCode);
        Assert.Equal(first.StatusCode, online.StatusCode);
        await using var db = factory.NewDbContext();
        var refusal = Assert.Single(await db.RefusedPostings.Where(r => r.ClientId == "offline-pick-1").ToListAsync());
        Assert.Equal(("WrongItem", dispatch.Depot, new DateTime(2026, 11, 30, 0, 15, 0, DateTimeKind.Utc)),
            (refusal.ErrorCode, refusal.DepotId, refusal.QueuedAt));
        Assert.Contains(dispatch.Number, refusal.Payload);
        Assert.False(await db.RefusedPostings.AnyAsync(r => r.ClientId == "online-pick-1"));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.OfflinePostingRefused
            && a.Subject.Contains("offline-pick-1")));
    }

    [Fact]
    public async Task The_refused_pick_is_listed_on_the_depots_page_and_dismissed_with_a_note()
    {
        var keeper = await factory.SignedInClientAsync("keeper", "en-US");
        var dispatch = await DispatchAsync();
        await PickAsync(keeper, dispatch.Id, "FH-0002", "offline-pick-page", queuedOffline: true);
        await using var db = factory.NewDbContext();
        var refusal = await db.RefusedPostings.AsNoTracking().SingleAsync(r => r.ClientId == "offline-pick-page");
        var depot = await db.Depots.Where(d => d.Id == dispatch.Depot).Select(d => d.Code).SingleAsync();

        var page = await keeper.GetStringAsync($"/RefusedPostings?depot={depot}");
        Assert.Contains($"Pick for dispatch {dispatch.Number}", page);
        Assert.Contains("FH-0002 × 2", page);
        var chinese = await (await factory.SignedInClientAsync("keeper")).GetStringAsync($"/RefusedPostings?depot={depot}");
        Assert.Contains($"发车单 {dispatch.Number} 拣货", chinese);

        var dismissed = await keeper.PostFormAsync($"/RefusedPostings?depot={depot}", $"/RefusedPostings/Dismiss/{refusal.Id}",
            new() { ["note"] = "Picked the right item instead" });

        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        var resolved = await db.RefusedPostings.AsNoTracking().SingleAsync(r => r.Id == refusal.Id);
        Assert.Equal(("keeper", "Picked the right item instead"), (resolved.ResolvedBy, resolved.ResolutionNote));
    }
}
