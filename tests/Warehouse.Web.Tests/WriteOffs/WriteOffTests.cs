using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Printing;
using Warehouse.Domain.Stock;
using Warehouse.Domain.WriteOffs;

namespace Warehouse.Web.Tests.WriteOffs;

/// Write-off notes on the demo data through the real pipeline: a keeper proposes, nothing moves; another manager approves,
/// which posts one scrap note and queues the slip; bad proposals and illegal decisions change nothing.
public sealed class WriteOffTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<(int DepotId, string Batch, int Free)> BatchAsync(string depot, string lot)
    {
        await using var db = factory.NewDbContext();
        var batch = await db.Batches.AsNoTracking().SingleAsync(b => b.Lot == lot);
        var depotId = await db.Depots.Where(d => d.Code == depot).Select(d => d.Id).SingleAsync();
        var free = await db.StockBalances.Where(b => b.BatchId == batch.Id && b.DepotId == depotId).SumAsync(b => b.OnHand - b.Reserved);
        return (depotId, batch.Number, free);
    }

    private static async Task<int> OnHandAsync(WarehouseDbContext db, string batch) =>
        await db.StockBalances.Where(b => db.Batches.Any(x => x.Id == b.BatchId && x.Number == batch)).SumAsync(b => b.OnHand);

    private async Task<HttpResponseMessage> ProposeAsync(HttpClient client, int depotId, WriteOffCause cause, string goods) =>
        await client.PostFormAsync("/WriteOffs/Create", "/WriteOffs/Create", new()
        {
            ["DepotId"] = depotId.ToString(), ["Cause"] = cause.ToString(), ["Goods"] = goods, ["Note"] = "霉变",
        });

    private async Task<WriteOff> LatestAsync()
    {
        await using var db = factory.NewDbContext();
        return await db.WriteOffs.AsNoTracking().Include(w => w.Lines).OrderByDescending(w => w.Id).FirstAsync();
    }

    [Fact]
    public async Task An_expired_batch_proposed_by_a_keeper_moves_nothing_until_a_manager_approves_then_posts_one_scrap_note_and_a_slip()
    {
        var (depotId, batch, free) = await BatchAsync("CR", "L2023022777");
        Assert.True(free > 0);
        var keeper = await factory.SignedInClientAsync("keeper");

        var proposed = await ProposeAsync(keeper, depotId, WriteOffCause.Expired, $"{batch} {free}");

        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var writeOff = await LatestAsync();
        Assert.Equal((WriteOffState.Pending, "keeper", free), (writeOff.State, writeOff.RequestedBy, writeOff.Lines.Single().Quantity));
        Assert.StartsWith("BF", writeOff.Number);
        await using (var db = factory.NewDbContext())
            Assert.Equal(free, await OnHandAsync(db, batch));
        var page = WebUtility.HtmlDecode(await keeper.GetStringAsync($"/WriteOffs/Details/{writeOff.Id}"));
        Assert.Contains("待审批", page);
        Assert.DoesNotContain("批准并出库", page);

        var manager = await factory.SignedInClientAsync("manager");
        Assert.Contains("批准并出库", await manager.GetStringAsync($"/WriteOffs/Details/{writeOff.Id}"));
        var approved = await manager.PostFormAsync($"/WriteOffs/Details/{writeOff.Id}", $"/WriteOffs/Approve/{writeOff.Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        await using var check = factory.NewDbContext();
        var decided = await check.WriteOffs.AsNoTracking().SingleAsync(w => w.Id == writeOff.Id);
        Assert.Equal((WriteOffState.Approved, "manager"), (decided.State, decided.DecidedBy));
        var document = await check.StockDocuments.AsNoTracking().Include(d => d.Movements).SingleAsync(d => d.Number == decided.DocumentNumber);
        Assert.Equal((DocumentKind.Issue, StockReason.Scrap, writeOff.Number), (document.Kind, document.Reason, document.Note));
        Assert.Equal(-free, document.Movements.Sum(m => m.Quantity));
        Assert.Equal(0, await OnHandAsync(check, batch));
        var slip = await check.PrintJobs.AsNoTracking().SingleAsync(j => j.Kind == PrintJobKind.WriteOffSlip && j.Title == writeOff.Number);
        Assert.Contains(batch, System.Text.Encoding.ASCII.GetString(slip.Content!));
        Assert.False(await check.PrintJobs.AnyAsync(j => j.DocumentId == document.Id));
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Action == AuditActions.WriteOffApproved && a.Subject == writeOff.Number));
        Assert.Equal(await check.StockMovements.SumAsync(m => m.Quantity), await check.StockBalances.SumAsync(b => b.OnHand));
    }

    [Fact]
    public async Task Scrap_and_loss_cannot_be_posted_directly_and_an_expired_batch_cannot_be_issued()
    {
        var (_, batch, _) = await BatchAsync("CR", "L2023022777");
        var keeper = await factory.SignedInClientAsync("keeper");

        var station = factory.StationClient();
        var scrap = await station.PostAsJsonAsync("/api/issues", new
        {
            depot = "CR", reason = "Scrap", clientId = "scrap-direct", lines = new[] { new { code = "SZ-0206", quantity = 1 } },
        });
        var expired = await station.PostAsJsonAsync("/api/issues", new
        {
            depot = "CR", reason = "InternalUse", clientId = "expired-use", lines = new[] { new { code = batch, quantity = 1 } },
        });

        Assert.Equal("ReasonNotAllowed", (await scrap.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal("BatchExpired", (await expired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.DoesNotContain("value=\"Scrap\"", await keeper.GetStringAsync("/Stock/Issue"));
    }

    [Theory]
    [InlineData("SZ-0205", "L2024032872", WriteOffCause.Damaged, "{0} 100000", "WriteOffMoreThanHeld", "可用库存只有")]
    [InlineData("SZ-0205", "L2024032872", WriteOffCause.Damaged, "{0} 2.5", "WriteOffQuantityInvalid", "2.5")]
    [InlineData("SZ-0205", "L2024032872", WriteOffCause.Damaged, "{0} 0", "WriteOffQuantityInvalid", "收到的是 0")]
    [InlineData("SZ-0205", "L2024032872", WriteOffCause.Expired, "{0} 1", "WriteOffNotExpired", "尚未过期")]
    [InlineData("SZ-0205", "L2024032872", WriteOffCause.Damaged, "NO-SUCH-CODE-9 1", "UnknownCode", "NO-SUCH-CODE-9")]
    [InlineData("SZ-0205", "L2024032872", WriteOffCause.Damaged, "  ", "WriteOffLinesInvalid", "1 至 200 行")]
    public async Task A_bad_proposal_is_refused_with_a_message_and_creates_nothing(string item, string lot, WriteOffCause cause, string goods,
        string code, string message)
    {
        _ = (item, code);
        var (depotId, batch, _) = await BatchAsync("CR", lot);
        await using var db = factory.NewDbContext();
        var before = await db.WriteOffs.CountAsync();
        var keeper = await factory.SignedInClientAsync("keeper");

        var response = await ProposeAsync(keeper, depotId, cause, string.Format(goods, batch));

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, await db.WriteOffs.CountAsync());
    }

    [Fact]
    public async Task A_keeper_cannot_propose_at_a_depot_not_theirs_nor_decide_and_a_proposer_cannot_approve_their_own()
    {
        var (sc2, batch, _) = await BatchAsync("SC2", "L2024091573");
        var keeper = await factory.SignedInClientAsync("keeper");
        var foreign = await ProposeAsync(keeper, sc2, WriteOffCause.Damaged, $"{batch} 1");
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);

        var admin = await factory.SignedInClientAsync("admin");
        Assert.Equal(HttpStatusCode.Redirect, (await ProposeAsync(admin, sc2, WriteOffCause.Damaged, $"{batch} 1")).StatusCode);
        var writeOff = await LatestAsync();
        Assert.Equal(HttpStatusCode.Forbidden,
            (await keeper.PostFormAsync("/WriteOffs", $"/WriteOffs/Approve/{writeOff.Id}", [])).StatusCode);
        await admin.PostFormAsync($"/WriteOffs/Details/{writeOff.Id}", $"/WriteOffs/Approve/{writeOff.Id}", []);

        Assert.Equal(WriteOffState.Pending, (await LatestAsync()).State);
        Assert.Contains("须由另一位管理员审批", WebUtility.HtmlDecode(await admin.GetStringAsync($"/WriteOffs/Details/{writeOff.Id}")));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_posts_nothing_and_a_decided_write_off_cannot_be_approved_afterwards()
    {
        var (depotId, batch, _) = await BatchAsync("CR", "L2024032872");
        var keeper = await factory.SignedInClientAsync("keeper");
        await ProposeAsync(keeper, depotId, WriteOffCause.LostInUse, $"{batch} 2");
        var writeOff = await LatestAsync();
        var manager = await factory.SignedInClientAsync("manager");
        var details = $"/WriteOffs/Details/{writeOff.Id}";

        await manager.PostFormAsync(details, $"/WriteOffs/Reject/{writeOff.Id}", new() { ["reason"] = " " });
        Assert.Equal(WriteOffState.Pending, (await LatestAsync()).State);
        await manager.PostFormAsync(details, $"/WriteOffs/Reject/{writeOff.Id}", new() { ["reason"] = "数量核实有误" });
        await manager.PostFormAsync(details, $"/WriteOffs/Approve/{writeOff.Id}", []);

        var decided = await LatestAsync();
        Assert.Equal((WriteOffState.Rejected, "数量核实有误", null), (decided.State, decided.DecisionNote, decided.DocumentNumber));
        Assert.Contains("已经审批过", WebUtility.HtmlDecode(await manager.GetStringAsync(details)));
    }

    [Fact]
    public async Task An_approval_after_the_goods_were_issued_meanwhile_is_refused_and_leaves_the_write_off_pending()
    {
        var (depotId, batch, free) = await BatchAsync("CR", "L2025040874");
        var keeper = await factory.SignedInClientAsync("keeper");
        await ProposeAsync(keeper, depotId, WriteOffCause.Damaged, $"{batch} {free}");
        var writeOff = await LatestAsync();
        var issued = await factory.StationClient().PostAsJsonAsync("/api/issues", new
        {
            depot = "CR", reason = "InternalUse", clientId = "meanwhile", lines = new[] { new { code = batch, quantity = 1 } },
        });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);

        var manager = await factory.SignedInClientAsync("manager");
        await manager.PostFormAsync($"/WriteOffs/Details/{writeOff.Id}", $"/WriteOffs/Approve/{writeOff.Id}", []);

        Assert.Equal(WriteOffState.Pending, (await LatestAsync()).State);
        await using var db = factory.NewDbContext();
        Assert.Equal(free - 1, await OnHandAsync(db, batch));
        Assert.False(await db.StockDocuments.AnyAsync(d => d.Note == writeOff.Number));
    }
}
