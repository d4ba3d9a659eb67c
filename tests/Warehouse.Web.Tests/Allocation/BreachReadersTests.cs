using Microsoft.EntityFrameworkCore;

namespace Warehouse.Web.Tests.Allocation;

/// The transfer-time report lists the breaches with the manager's notes: a department user reads only its own requests'
/// breaches; managers, keepers and auditors, who see every request, read them all.
public sealed class BreachReadersTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private const string Note = "便道被山洪冲毁，绕行 18 公里";

    [Fact]
    public async Task A_department_reads_only_its_own_requests_breaches_and_notes_while_a_manager_reads_every_one()
    {
        await using var db = factory.NewDbContext();
        var departmentId = await db.Users.Where(u => u.UserName == "dept").Select(u => u.DepartmentId).SingleAsync();
        var blocked = await db.AllocationRequests.SingleAsync(r => r.Incident == "山洪冲毁便道");
        var late = await db.AllocationRequests.SingleAsync(r => r.Incident == "台风“海葵”转移安置");
        var before = await PageAsync("dept");
        Assert.Contains(Note, before);
        Assert.Contains(blocked.Number, before);

        var other = await db.Departments.Where(d => d.Id != departmentId).Select(d => (int?)d.Id).FirstAsync();
        await db.AllocationRequests.Where(r => r.Id == blocked.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.DepartmentId, other));

        var mine = await PageAsync("dept");
        Assert.DoesNotContain(Note, mine);
        Assert.DoesNotContain(blocked.Number, mine);
        Assert.Contains(late.Number, mine);
        foreach (var reader in new[] { "manager", "keeper", "auditor", "admin" })
        {
            var page = await PageAsync(reader);
            Assert.Contains(Note, page);
            Assert.Contains(late.Number, page);
        }
    }

    // The report's default period, the last thirty days, holds every delivery of the demo.
    private async Task<string> PageAsync(string user) =>
        await (await factory.SignedInClientAsync(user)).GetStringAsync("/Reports/TransferTimes");
}
