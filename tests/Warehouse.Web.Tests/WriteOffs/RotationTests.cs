using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Allocation;

namespace Warehouse.Web.Tests.WriteOffs;

/// The rotation list on the demo data: batches that expire within the window at the caller's depots, soonest first, and
/// each action opening the matching document.
public sealed partial class RotationTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static List<string> Batches(string page) => BatchRow().Matches(page).Select(m => m.Groups[1].Value).ToList();

    private async Task<string> BatchNumberAsync(string lot)
    {
        await using var db = factory.NewDbContext();
        return await db.Batches.Where(b => b.Lot == lot).Select(b => b.Number).SingleAsync();
    }

    [Fact]
    public async Task A_keeper_sees_their_depots_expiring_batches_soonest_first_with_the_expired_one_offered_only_for_write_off()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var manager = await factory.SignedInClientAsync("manager");

        var page = WebUtility.HtmlDecode(await keeper.GetStringAsync("/Rotation"));
        var all = WebUtility.HtmlDecode(await manager.GetStringAsync("/Rotation"));

        var expired = await BatchNumberAsync("L2023022777");
        var soon = await BatchNumberAsync("L2025091471");
        var elsewhere = await BatchNumberAsync("L2024091573");
        var late = await BatchNumberAsync("L2024010518");
        var listed = Batches(page);
        Assert.Equal(expired, listed[0]);
        Assert.Contains(soon, listed);
        Assert.DoesNotContain(elsewhere, listed);
        Assert.DoesNotContain(late, listed);
        Assert.Contains(elsewhere, Batches(all));
        var expiredRow = page[page.IndexOf($"data-batch=\"{expired}\"", StringComparison.Ordinal)..];
        expiredRow = expiredRow[..expiredRow.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("已过期", expiredRow);
        Assert.Contains("cause=Expired", expiredRow);
        Assert.DoesNotContain("用于演练", expiredRow);
        Assert.Contains(late, Batches(WebUtility.HtmlDecode(await keeper.GetStringAsync("/Rotation?days=400"))));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("99999")]
    [InlineData("abc")]
    public async Task A_window_out_of_range_is_refused_with_a_message_and_the_default_window_shown(string days)
    {
        var keeper = await factory.SignedInClientAsync("keeper");

        var response = await keeper.GetAsync($"/Rotation?days={days}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("时限须为 1 至 3650 天", page);
        Assert.Contains("value=\"90\"", page);
    }

    [Fact]
    public async Task A_manager_turns_an_expiring_batch_into_a_draft_transfer_request_to_another_depot()
    {
        var batch = await BatchNumberAsync("L2025091471");
        await using var db = factory.NewDbContext();
        var (central, district) = (await db.Depots.SingleAsync(d => d.Code == "CR"), await db.Depots.SingleAsync(d => d.Code == "SC2"));
        var batchId = await db.Batches.Where(b => b.Number == batch).Select(b => b.Id).SingleAsync();
        var manager = await factory.SignedInClientAsync("manager");

        var response = await manager.PostFormAsync("/Rotation", "/Rotation/Transfer", new()
        {
            ["depotId"] = central.Id.ToString(), ["batchId"] = batchId.ToString(), ["toDepotId"] = district.Id.ToString(), ["quantity"] = "20",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        var request = await db.AllocationRequests.AsNoTracking().Include(r => r.Lines).SingleAsync(r => r.Id == id);
        Assert.Equal((RequestState.Draft, district.Id, 20), (request.State, request.DestinationDepotId, request.Lines.Single().Requested));
        Assert.Contains(batch, request.Note);
        var tooMany = await manager.PostFormAsync("/Rotation", "/Rotation/Transfer", new()
        {
            ["depotId"] = central.Id.ToString(), ["batchId"] = batchId.ToString(), ["toDepotId"] = district.Id.ToString(), ["quantity"] = "100000",
        });
        Assert.Equal("/Rotation", tooMany.Headers.Location!.OriginalString);
        Assert.Equal(id, await db.AllocationRequests.MaxAsync(r => r.Id));
    }

    [Fact]
    public async Task The_drill_and_donation_links_open_the_issue_page_with_the_depot_reason_and_note_chosen()
    {
        var keeper = await factory.SignedInClientAsync("keeper");

        var page = WebUtility.HtmlDecode(await keeper.GetStringAsync("/Stock/Issue?depot=SC1&reason=DonationOut&note=捐赠：批次 X"));

        Assert.Matches("<option value=\"SC1\" selected=\"selected\">", page);
        Assert.Matches("<option value=\"DonationOut\" selected=\"selected\">对外捐赠</option>", page);
        Assert.Contains("value=\"捐赠：批次 X\"", page);
    }

    [Fact]
    public async Task The_list_comes_in_pages_of_fifty_that_together_hold_every_expiring_batch_once_soonest_first()
    {
        await using var app = new WarehouseFactory();
        var (central, _) = await DepotsAsync(app);
        var item = await app.NewLotItemAsync("RT-PAGED");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await app.ReceiveLotsAsync(central, Enumerable.Range(0, 60).Select(i => (item, $"L{i:00}", 3, today.AddDays(5 + i))).ToArray());
        var manager = await app.SignedInClientAsync("manager", "en");

        var first = WebUtility.HtmlDecode(await manager.GetStringAsync("/Rotation"));
        var total = int.Parse(TotalRows().Match(first).Groups[1].Value);
        var pages = new List<List<(string Batch, string Expiry)>>();
        for (var page = 1; page <= (total + 49) / 50; page++)
            pages.Add(Expiring(WebUtility.HtmlDecode(await manager.GetStringAsync($"/Rotation?page={page}"))));
        var pastTheLast = Expiring(WebUtility.HtmlDecode(await manager.GetStringAsync($"/Rotation?page={pages.Count + 3}")));

        Assert.True(total > 60, $"only {total} batches");
        Assert.Equal(Expiring(first), pages[0]);
        Assert.All(pages.SkipLast(1), p => Assert.Equal(50, p.Count));
        var all = pages.SelectMany(p => p).ToList();
        Assert.Equal(total, all.Count);
        Assert.Equal(all.Count, all.Select(r => r.Batch).Distinct().Count());
        Assert.Equal(all.Select(r => r.Expiry).Order(StringComparer.Ordinal), all.Select(r => r.Expiry));
        Assert.Equal(pages[^1], pastTheLast);
        Assert.Contains("Page 1 of", first);
    }

    [Fact]
    public async Task A_batch_listed_past_the_first_page_can_still_be_turned_into_a_transfer_request()
    {
        await using var app = new WarehouseFactory();
        var (central, district) = await DepotsAsync(app);
        var item = await app.NewLotItemAsync("RT-LATE");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await app.ReceiveLotsAsync(central, Enumerable.Range(0, 60).Select(i => (item, $"L{i:00}", 4, today.AddDays(5 + i))).ToArray());
        await using var db = app.NewDbContext();
        var last = await db.Batches.Where(b => b.ItemId == item).OrderByDescending(b => b.Expiry).Select(b => b.Id).FirstAsync();
        var manager = await app.SignedInClientAsync("manager");

        var response = await manager.PostFormAsync("/Rotation", "/Rotation/Transfer", new()
        {
            ["depotId"] = central.ToString(), ["batchId"] = last.ToString(), ["toDepotId"] = district.ToString(), ["quantity"] = "4",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        var request = await db.AllocationRequests.AsNoTracking().Include(r => r.Lines).SingleAsync(r => r.Id == id);
        Assert.Equal((item, 4), (request.Lines.Single().ItemId, request.Lines.Single().Requested));
    }

    private static async Task<(int Central, int District)> DepotsAsync(WarehouseFactory app)
    {
        await using var db = app.NewDbContext();
        return (await db.Depots.Where(d => d.Code == "CR").Select(d => d.Id).SingleAsync(),
            await db.Depots.Where(d => d.Code == "SC2").Select(d => d.Id).SingleAsync());
    }

    /// Each listed batch with its expiry, in the order listed.
    private static List<(string Batch, string Expiry)> Expiring(string page) =>
        ListedRow().Matches(page).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();

    [GeneratedRegex("<tr data-batch=\"([^\"]+)\".*?<td>(\\d{4}-\\d{2}-\\d{2})</td>", RegexOptions.Singleline)]
    private static partial Regex ListedRow();

    [GeneratedRegex("Page \\d+ of \\d+ \\((\\d+) rows\\)")]
    private static partial Regex TotalRows();

    [GeneratedRegex("data-batch=\"([^\"]+)\"")]
    private static partial Regex BatchRow();
}
