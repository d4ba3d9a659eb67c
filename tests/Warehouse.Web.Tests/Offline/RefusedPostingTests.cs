using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Tests.Offline;

/// A posting a handheld queued offline and the server refused on sync is kept once for the depot's keepers, listed on
/// the depot's page and dismissed only with a note, audited. Postings made online are answered as before and kept nowhere.
public sealed class RefusedPostingTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static object Issue(string clientId, int quantity) =>
        new { depot = "CR", reason = "InternalUse", clientId, lines = new[] { new { code = "FH-0006", quantity } } };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient keeper, object body, bool queuedOffline)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/issues") { Content = JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", await keeper.AntiforgeryTokenAsync("/Stock/Issue"));
        if (queuedOffline)
            request.Headers.Add("Offline-Queued-At", "2026-11-30T08:15:00+08:00");
        return await keeper.SendAsync(request);
    }

    [Fact]
    public async Task A_refused_offline_posting_is_kept_once_however_often_the_device_sends_it()
    {
        var keeper = await factory.SignedInClientAsync("keeper");

        var first = await PostAsync(keeper, Issue("offline-refused-1", 999_999), queuedOffline: true);
        var again = await PostAsync(keeper, Issue("offline-refused-1", 999_999), queuedOffline: true);

        Assert.Equal(HttpStatusCode.Conflict, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        await using var db = factory.NewDbContext();
        var kept = await db.RefusedPostings.Where(r => r.ClientId == "offline-refused-1").ToListAsync();
        var refusal = Assert.Single(kept);
        Assert.Equal("NotEnoughStock", refusal.ErrorCode);
        Assert.Equal(await db.Depots.Where(d => d.Code == "CR").Select(d => d.Id).SingleAsync(), refusal.DepotId);
        Assert.Equal(new DateTime(2026, 11, 30, 0, 15, 0, DateTimeKind.Utc), refusal.QueuedAt);
        Assert.Contains("FH-0006", refusal.Payload);
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.OfflinePostingRefused
            && a.Subject.Contains("offline-refused-1")));
    }

    [Fact]
    public async Task A_posting_refused_while_online_is_answered_but_kept_nowhere()
    {
        var keeper = await factory.SignedInClientAsync("keeper");

        var response = await PostAsync(keeper, Issue("online-refused-1", 999_999), queuedOffline: false);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await using var db = factory.NewDbContext();
        Assert.False(await db.RefusedPostings.AnyAsync(r => r.ClientId == "online-refused-1"));
    }

    [Fact]
    public async Task An_offline_posting_that_still_fits_is_posted_once_and_kept_as_no_refusal()
    {
        var keeper = await factory.SignedInClientAsync("keeper");

        var first = await PostAsync(keeper, Issue("offline-fits-1", 1), queuedOffline: true);
        var replay = await PostAsync(keeper, Issue("offline-fits-1", 1), queuedOffline: true);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        await using var db = factory.NewDbContext();
        Assert.Equal(1, await db.StockDocuments.CountAsync(d => d.ClientId == "offline-fits-1"));
        Assert.False(await db.RefusedPostings.AnyAsync(r => r.ClientId == "offline-fits-1"));
    }

    [Fact]
    public async Task The_depots_page_lists_the_refusal_until_a_keeper_dismisses_it_with_a_note_which_is_audited()
    {
        var keeper = await factory.SignedInClientAsync("keeper", "en-US");
        await PostAsync(keeper, Issue("offline-refused-page", 888_888), queuedOffline: true);
        await using var db = factory.NewDbContext();
        var id = await db.RefusedPostings.Where(r => r.ClientId == "offline-refused-page").Select(r => r.Id).SingleAsync();

        var page = await keeper.GetStringAsync("/RefusedPostings?depot=CR");
        Assert.Contains("FH-0006 × 888888", page);
        Assert.Contains("Not enough stock", page);

        var noNote = await keeper.PostFormAsync("/RefusedPostings?depot=CR", $"/RefusedPostings/Dismiss/{id}", new() { ["note"] = " " });
        Assert.Equal(HttpStatusCode.Redirect, noNote.StatusCode);
        Assert.Null((await db.RefusedPostings.AsNoTracking().SingleAsync(r => r.Id == id)).ResolvedAt);

        var dismissed = await keeper.PostFormAsync("/RefusedPostings?depot=CR", $"/RefusedPostings/Dismiss/{id}",
            new() { ["note"] = "Issued 8 from the next delivery instead" });
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        var resolved = await db.RefusedPostings.AsNoTracking().SingleAsync(r => r.Id == id);
        Assert.Equal("keeper", resolved.ResolvedBy);
        Assert.Equal("Issued 8 from the next delivery instead", resolved.ResolutionNote);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.OfflineRefusalDismissed
            && a.Detail == "Issued 8 from the next delivery instead" && a.UserName == "keeper"));

        var twice = await keeper.PostFormAsync("/RefusedPostings?depot=CR", $"/RefusedPostings/Dismiss/{id}", new() { ["note"] = "again" });
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Equal("Issued 8 from the next delivery instead",
            (await db.RefusedPostings.AsNoTracking().SingleAsync(r => r.Id == id)).ResolutionNote);
        var after = await keeper.GetStringAsync("/RefusedPostings?depot=CR");
        Assert.Contains("Resolved by keeper", after);
    }
}
