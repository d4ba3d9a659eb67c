using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Maintenance;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Web.Tests.Maintenance;

/// Maintenance plans kept by managers through the real pipeline: add one for an item or a class, reschedule it and see
/// the due dates follow, drop one with no history, and every bad form refused with a message that changes nothing.
public sealed class MaintenancePlanTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private async Task<int> PlanCountAsync()
    {
        await using var db = factory.NewDbContext();
        return await db.MaintenancePlans.CountAsync();
    }

    [Fact]
    public async Task A_manager_adds_a_plan_for_an_item_reschedules_it_and_removes_it_while_no_check_was_recorded()
    {
        var manager = await factory.SignedInClientAsync("manager");
        var added = await manager.PostFormAsync("/Maintenance/Plans", "/Maintenance/Plans/Add", new()
        {
            ["ItemCode"] = "sz-0207", ["Kind"] = "Calibration", ["IntervalDays"] = "180",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await using var db = factory.NewDbContext();
        var item = await db.Items.SingleAsync(i => i.Code == "SZ-0207");
        var plan = await db.MaintenancePlans.AsNoTracking().SingleAsync(p => p.ItemId == item.Id && p.Kind == MaintenanceKind.Calibration);
        Assert.Equal((180, false), (plan.IntervalDays, plan.RecordsHours));
        Assert.Contains("自动体外除颤器", WebUtility.HtmlDecode(await manager.GetStringAsync("/Maintenance/Plans")));

        await manager.PostFormAsync("/Maintenance/Plans", $"/Maintenance/Plans/Reschedule/{plan.Id}", new()
        {
            ["intervalDays"] = "90", ["recordsHours"] = "true",
        });
        var rescheduled = await db.MaintenancePlans.AsNoTracking().SingleAsync(p => p.Id == plan.Id);
        Assert.Equal((90, true), (rescheduled.IntervalDays, rescheduled.RecordsHours));
        await manager.PostFormAsync("/Maintenance/Plans", $"/Maintenance/Plans/Remove/{plan.Id}", []);

        Assert.False(await db.MaintenancePlans.AnyAsync(p => p.Id == plan.Id));
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.MaintenancePlanSaved
            || (a.Action == AuditActions.MaintenancePlanRemoved && a.Subject == $"#{plan.Id}")));
    }

    [Theory]
    [InlineData("SZ-0207", "", "Calibration", "0", "周期")]
    [InlineData("SZ-0207", "", "Calibration", "2.5", "周期")]
    [InlineData("SZ-0207", "", "Polishing", "30", "请选择维护方式")]
    [InlineData("NO-SUCH", "", "Inspection", "30", "NO-SUCH")]
    [InlineData("FH-0001", "", "Inspection", "30", "不按序列号管理")]
    [InlineData("", "", "Inspection", "30", "一种物资或一个物资类别")]
    public async Task A_bad_plan_is_refused_with_a_message_and_adds_nothing(string item, string supplyClass, string kind, string days,
        string message)
    {
        var before = await PlanCountAsync();
        var manager = await factory.SignedInClientAsync("manager");

        var response = await manager.PostFormAsync("/Maintenance/Plans", "/Maintenance/Plans/Add", new()
        {
            ["ItemCode"] = item, ["Class"] = supplyClass, ["Kind"] = kind, ["IntervalDays"] = days,
        });

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, await PlanCountAsync());
    }

    [Fact]
    public async Task A_plan_with_recorded_checks_is_kept_and_a_second_plan_of_the_same_kind_is_refused()
    {
        await using var db = factory.NewDbContext();
        var central = await db.Depots.Where(d => d.Code == "CR").Select(d => d.Id).SingleAsync();
        using (var scope = factory.Services.CreateScope())
        {
            var due = (await scope.ServiceProvider.GetRequiredService<UnitDueDates>().ListAsync([central], CancellationToken.None))
                .First(r => !r.RecordsHours);
            var keeper = await factory.SignedInClientAsync("keeper");
            var saved = await keeper.PostFormAsync($"/Maintenance/Check?code=WE-{due.AssetNumber}", "/Maintenance/Check", new()
            {
                ["Code"] = $"WE-{due.AssetNumber}", ["UnitId"] = due.UnitId.ToString(), ["PlanId"] = due.PlanId.ToString(),
                ["Passed"] = "true", ["Notes"] = "外观完好",
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var checkedPlan = await db.MaintenancePlans.AsNoTracking().FirstAsync(p => db.MaintenanceChecks.Any(c => c.PlanId == p.Id));
        var manager = await factory.SignedInClientAsync("manager");

        await manager.PostFormAsync("/Maintenance/Plans", $"/Maintenance/Plans/Remove/{checkedPlan.Id}", []);
        var code = await db.Items.Where(i => i.Id == checkedPlan.ItemId).Select(i => i.Code).SingleOrDefaultAsync();
        var twice = await manager.PostFormAsync("/Maintenance/Plans", "/Maintenance/Plans/Add", new()
        {
            ["ItemCode"] = code ?? "", ["Class"] = checkedPlan.Class?.ToString() ?? "", ["Kind"] = checkedPlan.Kind.ToString(),
            ["IntervalDays"] = "10",
        });

        Assert.True(await db.MaintenancePlans.AnyAsync(p => p.Id == checkedPlan.Id));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("已有同类维护计划", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_keeper_reads_the_plans_but_is_offered_no_form()
    {
        var keeper = await factory.SignedInClientAsync("keeper");

        var page = await keeper.GetStringAsync("/Maintenance/Plans");

        Assert.Contains("data-testid=\"plans\"", page);
        Assert.DoesNotContain("id=\"plan-form\"", page);
    }

    [Fact]
    public async Task A_serial_items_catalog_interval_is_its_inspection_plan_when_the_item_is_added_or_its_interval_edited()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var created = await admin.PostFormAsync("/Items/Create", "/Items/Create", new()
        {
            ["Code"] = "JY-0399", ["Name"] = "救生抛投器", ["Class"] = "LifeRescue", ["Unit"] = "台", ["Tracking"] = "Serial",
            ["UnitPrice"] = "1200", ["MaintenanceIntervalDays"] = "120", ["Returnable"] = "true", ["Active"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var db = factory.NewDbContext();
        var item = await db.Items.AsNoTracking().SingleAsync(i => i.Code == "JY-0399");
        var plan = await db.MaintenancePlans.AsNoTracking().SingleAsync(p => p.ItemId == item.Id);
        Assert.Equal((MaintenanceKind.Inspection, 120), (plan.Kind, plan.IntervalDays));

        var edited = await admin.PostFormAsync($"/Items/Edit/{item.Id}", $"/Items/Edit/{item.Id}", new()
        {
            ["Code"] = item.Code, ["Name"] = item.Name, ["Class"] = "LifeRescue", ["Unit"] = "台", ["Tracking"] = "Serial",
            ["UnitPrice"] = "1200", ["MaintenanceIntervalDays"] = "60", ["Returnable"] = "true", ["Active"] = "true",
            ["Version"] = item.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(60, (await db.MaintenancePlans.AsNoTracking().SingleAsync(p => p.ItemId == item.Id)).IntervalDays);
    }
}
