using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Maintenance;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Web.Tests.Maintenance;

/// The maintenance list on the demo data and checks recorded through the real pipeline: keepers see their own depots,
/// overdue units come first, a scanned label opens the check form, and a failed check puts the unit in repair.
public sealed class MaintenancePageTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private async Task<IReadOnlyList<UnitDue>> DueAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UnitDueDates>().ListAsync(null, CancellationToken.None);
    }

    private async Task<UnitDue> OverdueAtAsync(string depot, string item)
    {
        await using var db = factory.NewDbContext();
        var depotId = await db.Depots.Where(d => d.Code == depot).Select(d => d.Id).SingleAsync();
        return (await DueAsync()).First(r => r.DepotId == depotId && r.ItemCode == item && r.Readiness == UnitReadiness.Overdue);
    }

    [Fact]
    public async Task A_keeper_sees_the_due_units_of_their_own_depots_only_overdue_first_and_a_manager_sees_every_depot()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var manager = await factory.SignedInClientAsync("manager");

        var keeperPage = await keeper.GetStringAsync("/Maintenance");
        var managerPage = await manager.GetStringAsync("/Maintenance");

        Assert.Contains("data-depot=\"CR\"", keeperPage);
        Assert.Contains("data-depot=\"SC1\"", keeperPage);
        Assert.DoesNotContain("data-depot=\"SC2\"", keeperPage);
        Assert.Contains("data-depot=\"SC2\"", managerPage);
        Assert.Contains("超期未维护", keeperPage);
        Assert.Contains("id=\"code\"", keeperPage);
        Assert.DoesNotContain("id=\"code\"", managerPage);
        var central = keeperPage[keeperPage.IndexOf("data-depot=\"CR\"", StringComparison.Ordinal)..];
        var states = System.Text.RegularExpressions.Regex.Matches(central[..central.IndexOf("</table>", StringComparison.Ordinal)],
            "data-readiness=\"(\\w+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal("Overdue", states[0]);
        Assert.Equal(states.OrderBy(s => s == "Overdue" ? 0 : 1), states);
    }

    [Fact]
    public async Task A_check_recorded_by_scanning_a_units_label_is_stored_audited_and_takes_the_unit_off_the_overdue_list()
    {
        var unit = await OverdueAtAsync("CR", "DL-0601");
        var keeper = await factory.SignedInClientAsync("keeper");

        var form = await keeper.GetStringAsync($"/Maintenance/Check?code=WE-{unit.AssetNumber}");
        var saved = await keeper.PostFormAsync($"/Maintenance/Check?code=WE-{unit.AssetNumber}", "/Maintenance/Check", new()
        {
            ["Code"] = $"WE-{unit.AssetNumber}", ["UnitId"] = unit.UnitId.ToString(), ["PlanId"] = unit.PlanId.ToString(),
            ["Passed"] = "true", ["HoursRun"] = "1.5", ["Notes"] = "试运行正常",
        });

        Assert.Contains(unit.SerialNumber, form);
        Assert.Contains("试运行", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = factory.NewDbContext();
        var check = await db.MaintenanceChecks.AsNoTracking().SingleAsync(c => c.EquipmentUnitId == unit.UnitId);
        Assert.Equal(("keeper", true, 1.5m), (check.UserName, check.Passed, check.HoursRun));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.MaintenanceChecked && a.Subject == unit.AssetNumber));
        Assert.Equal(UnitReadiness.Ready, (await DueAsync()).Single(r => r.UnitId == unit.UnitId).Readiness);
    }

    [Fact]
    public async Task A_failed_check_opens_a_repair_job_and_closing_it_makes_the_unit_ready_again()
    {
        var unit = await OverdueAtAsync("CR", "GS-0701");
        var keeper = await factory.SignedInClientAsync("keeper");
        var page = $"/Maintenance/Check?code={unit.AssetNumber}";

        var failed = await keeper.PostFormAsync(page, "/Maintenance/Check", new()
        {
            ["Code"] = unit.AssetNumber, ["UnitId"] = unit.UnitId.ToString(), ["PlanId"] = unit.PlanId.ToString(),
            ["Passed"] = "false", ["HoursRun"] = "0", ["Notes"] = "叶轮卡死",
        });
        await using var db = factory.NewDbContext();
        var job = await db.RepairJobs.AsNoTracking().SingleAsync(r => r.EquipmentUnitId == unit.UnitId);
        var list = await keeper.GetStringAsync("/Maintenance");
        var closed = await keeper.PostFormAsync($"/Maintenance/Repair/{job.Id}", $"/Maintenance/Repair/{job.Id}",
            new() { ["WorkDone"] = "清理叶轮，试机正常", ["PartsNoteNumber"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, failed.StatusCode);
        Assert.Contains($"data-repair=\"{job.Id}\"", list);
        Assert.Contains("叶轮卡死", list);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(UnitReadiness.Ready, (await DueAsync()).Single(r => r.UnitId == unit.UnitId).Readiness);
        Assert.Equal(EquipmentStatus.InStock, (await db.EquipmentUnits.AsNoTracking().SingleAsync(u => u.Id == unit.UnitId)).Status);
        Assert.Equal("清理叶轮，试机正常", (await db.RepairJobs.AsNoTracking().SingleAsync(r => r.Id == job.Id)).WorkDone);
    }

    [Fact]
    public async Task A_check_without_the_hours_its_plan_asks_for_is_refused_in_the_callers_language_and_stores_nothing()
    {
        var unit = await OverdueAtAsync("SC1", "DL-0601");
        var keeper = await factory.SignedInClientAsync("keeper", "en");

        var refused = await keeper.PostFormAsync($"/Maintenance/Check?code={unit.AssetNumber}", "/Maintenance/Check", new()
        {
            ["Code"] = unit.AssetNumber, ["UnitId"] = unit.UnitId.ToString(), ["PlanId"] = unit.PlanId.ToString(), ["Passed"] = "true",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("This plan records the hours the unit ran", await refused.Content.ReadAsStringAsync());
        await using var db = factory.NewDbContext();
        Assert.False(await db.MaintenanceChecks.AnyAsync(c => c.EquipmentUnitId == unit.UnitId));
    }

    [Fact]
    public async Task A_scanned_code_that_is_no_unit_or_a_unit_of_another_depot_goes_back_to_the_list_with_the_reason()
    {
        var elsewhere = await OverdueAtAsync("SC2", "DL-0601");
        var keeper = await factory.SignedInClientAsync("keeper");

        var item = await keeper.GetAsync("/Maintenance/Check?code=DL-0601");
        var itemShown = await keeper.GetStringAsync("/Maintenance");
        var foreign = await keeper.GetAsync($"/Maintenance/Check?code={elsewhere.AssetNumber}");
        var foreignShown = await keeper.GetStringAsync("/Maintenance");

        Assert.Equal(HttpStatusCode.Redirect, item.StatusCode);
        Assert.Contains("“DL-0601”不是设备标签", itemShown);
        Assert.Equal(HttpStatusCode.Redirect, foreign.StatusCode);
        Assert.Contains("储备库 SC2 不在您的管辖范围", foreignShown);
    }

    [Fact]
    public async Task The_due_api_answers_the_pages_list_as_json_for_the_callers_depots_and_refuses_a_department()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var dept = await factory.SignedInClientAsync("dept");
        await using var db = factory.NewDbContext();
        var own = await db.Depots.Where(d => d.Code == "CR" || d.Code == "SC1").Select(d => d.Id).ToListAsync();

        var answer = await keeper.GetAsync("/api/maintenance/due");
        var refused = await dept.GetAsync("/api/maintenance/due");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(r.GetProperty("depotId").GetInt32(), own));
        Assert.DoesNotContain(rows, r => r.GetProperty("readiness").ToString() == "Ready");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_due_api_answers_one_depot_by_its_code_and_refuses_an_unknown_depot_or_one_not_the_keepers()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        await using var db = factory.NewDbContext();
        var central = await db.Depots.Where(d => d.Code == "CR").Select(d => d.Id).SingleAsync();

        var one = await keeper.GetAsync("/api/maintenance/due?depot=CR");
        var unknown = await keeper.GetAsync("/api/maintenance/due?depot=NOWHERE");
        var foreign = await keeper.GetAsync("/api/maintenance/due?depot=SC2");

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        using var json = JsonDocument.Parse(await one.Content.ReadAsStringAsync());
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(central, r.GetProperty("depotId").GetInt32()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal("UnknownDepot", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal("DepotNotYours", (await foreign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_dashboard_and_the_readiness_page_show_each_depots_ready_units_over_its_units()
    {
        var dept = await factory.SignedInClientAsync("dept");

        var home = await dept.GetStringAsync("/");
        var readiness = await dept.GetStringAsync("/Readiness");

        await using var db = factory.NewDbContext();
        var central = await db.Depots.Where(d => d.Code == "CR").Select(d => d.Id).SingleAsync();
        using var scope = factory.Services.CreateScope();
        var rate = (await scope.ServiceProvider.GetRequiredService<UnitDueDates>().ByDepotAsync(null, CancellationToken.None))
            .Single(r => r.DepotId == central);
        Assert.InRange(rate.ReadyUnits, 1, rate.Units - 1);
        foreach (var page in new[] { home, readiness })
        {
            var row = page[page.IndexOf("data-depot-readiness=\"CR\"", StringComparison.Ordinal)..];
            row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
            Assert.Contains($"<td class=\"num\">{rate.ReadyUnits}</td>", row);
            Assert.Contains($"<td class=\"num\">{rate.Units}</td>", row);
            Assert.Contains(rate.Rate.ToString("P1", System.Globalization.CultureInfo.GetCultureInfo("zh-CN")), row);
        }
    }
}
