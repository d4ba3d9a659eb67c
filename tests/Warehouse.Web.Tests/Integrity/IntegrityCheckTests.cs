using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Web.Features.Integrity;

namespace Warehouse.Web.Tests.Integrity;

public sealed class IntegrityCheckTests
{
    [Fact]
    public async Task The_background_check_stores_its_result_and_a_drift_raises_the_banner_for_administrators_and_auditors_only()
    {
        using var factory = new WarehouseFactory();
        var worker = factory.Services.GetRequiredService<IntegrityCheckWorker>();
        await worker.RunOnceAsync(CancellationToken.None);
        Assert.DoesNotContain("integrity-banner", await (await factory.SignedInClientAsync("admin")).GetStringAsync("/"));

        await using (var db = factory.NewDbContext())
            await db.Database.ExecuteSqlRawAsync("UPDATE \"StockBalances\" SET \"OnHand\" = \"OnHand\" + 1 WHERE \"Id\" = (SELECT MIN(\"Id\") FROM \"StockBalances\")");
        await worker.RunOnceAsync(CancellationToken.None);

        await using (var db = factory.NewDbContext())
        {
            var checks = await db.IntegrityChecks.OrderBy(c => c.Id).ToListAsync();
            Assert.Equal(2, checks.Count);
            Assert.True(checks[0].Intact);
            Assert.Equal(0, checks[0].DriftingBalances);
            Assert.True(checks[1].Intact);
            Assert.Equal(1, checks[1].DriftingBalances);
        }
        Assert.Contains("integrity-banner", await (await factory.SignedInClientAsync("admin")).GetStringAsync("/"));
        Assert.Contains("integrity-banner", await (await factory.SignedInClientAsync("auditor")).GetStringAsync("/Stock"));
        Assert.DoesNotContain("integrity-banner", await (await factory.SignedInClientAsync("keeper")).GetStringAsync("/"));
        Assert.Contains("integrity-checks", await (await factory.SignedInClientAsync("auditor")).GetStringAsync("/Audit"));
    }

    [Fact]
    public async Task A_quota_held_figure_off_its_balances_is_recounted_and_named_in_the_banner()
    {
        using var factory = new WarehouseFactory();
        var worker = factory.Services.GetRequiredService<IntegrityCheckWorker>();
        int quota, held;
        await using (var db = factory.NewDbContext())
        {
            (quota, held) = await db.Quotas.OrderBy(q => q.Id).Select(q => new ValueTuple<int, int>(q.Id, q.Held)).FirstAsync();
            await db.Quotas.Where(q => q.Id == quota).ExecuteUpdateAsync(s => s.SetProperty(q => q.Held, held + 7));
        }

        await worker.RunOnceAsync(CancellationToken.None);

        await using (var db = factory.NewDbContext())
        {
            Assert.Equal(held, await db.Quotas.Where(q => q.Id == quota).Select(q => q.Held).SingleAsync());
            Assert.Equal(1, (await db.IntegrityChecks.OrderByDescending(c => c.Id).FirstAsync()).DriftingQuotas);
        }
        var page = await (await factory.SignedInClientAsync("admin")).GetStringAsync("/");
        Assert.Contains("integrity-banner", page);
        Assert.Contains("1 个储备定额的在库数与其仓库余额不符", page);
    }
}
