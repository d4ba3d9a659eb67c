using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Warehouse.Web.Tests.Counts;

/// The stocktaking pages in both languages: plan, the count's page (blind), the handheld scan page and the sheets.
public sealed class CountPageTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Theory]
    [InlineData("zh-CN", "盘点准确率", "扫码盘点", "盲盘中")]
    [InlineData("en", "Count accuracy", "Count by scan", "The count is blind")]
    public async Task A_keeper_plans_a_count_and_sees_its_pages_in_their_language(string language, string accuracy, string scan, string blind)
    {
        var keeper = await factory.SignedInClientAsync("keeper", language);

        var planned = await keeper.PostFormAsync("/Counts", "/Counts/Create",
            new() { ["Depot"] = "CR", ["Scope"] = "LocationRange", ["FromBin"] = "B-01-01", ["ToBin"] = "B-01-02" });

        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var details = planned.Headers.Location!.OriginalString;
        Assert.Contains(accuracy, await keeper.GetStringAsync("/Counts"));
        var page = await keeper.GetStringAsync(details);
        Assert.Contains(scan, page);
        Assert.Contains(blind, page);
        Assert.Contains("CR-B-01-02", page);
        Assert.Contains("scan-box", await keeper.GetStringAsync(details + "/Count"));
        var sheet = await keeper.GetStringAsync(details + "/Sheet");
        Assert.Equal(2, sheet.Split("data-testid=\"count-sheet\"").Length - 1);
        Assert.Contains("<svg", sheet);
    }

    [Fact]
    public async Task A_scope_without_locations_is_refused_with_a_message_and_plans_nothing()
    {
        var keeper = await factory.SignedInClientAsync("keeper", "en");
        await using var db = factory.NewDbContext();
        var before = await db.StockCounts.CountAsync();

        var refused = await keeper.PostFormAsync("/Counts", "/Counts/Create",
            new() { ["Depot"] = "CR", ["Scope"] = "LocationRange", ["FromBin"] = "Z-01-01", ["ToBin"] = "Z-09-09" });

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("The chosen scope has no locations to count.", await keeper.GetStringAsync("/Counts"));
        Assert.Equal(before, await db.StockCounts.CountAsync());
    }

    [Fact]
    public async Task The_workflow_page_draws_the_count_machine_too()
    {
        var auditor = await factory.SignedInClientAsync("auditor");

        var page = await auditor.GetStringAsync("/Workflow");

        Assert.Contains("data-testid=\"count-workflow-graph\"", page);
        Assert.Contains("Recounting", page);
    }

    [Fact]
    public async Task The_count_graph_names_its_states_and_steps_in_the_pages_language()
    {
        var auditor = await factory.SignedInClientAsync("auditor");

        var page = WebUtility.HtmlDecode(await auditor.GetStringAsync("/Workflow"));
        var graph = page[page.IndexOf("count-workflow-graph", StringComparison.Ordinal)..];

        Assert.Contains("state \"复盘中\" as Recounting", graph);
        Assert.Contains("Review --> Recounting : 复盘", graph);
        Assert.DoesNotContain(": Recount", graph);
    }
}
