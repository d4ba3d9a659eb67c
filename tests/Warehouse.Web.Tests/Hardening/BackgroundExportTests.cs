using System.Net;
using System.Net.Http.Json;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Tests.Hardening;

/// An export of more rows than `Exports:BackgroundFromRows` is written in the background: the request answers at once
/// with the job's page, the page shows progress, then the file, which holds what a direct download holds; the job is
/// audited and nobody but its starter sees it.
public sealed class BackgroundExportTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task A_large_catalog_export_runs_in_the_background_and_its_file_holds_what_a_direct_download_holds()
    {
        var direct = await (await factory.SignedInClientAsync("admin")).GetByteArrayAsync("/Admin/Import/Export");
        using var background = Background();
        var admin = await SignInAsync(background, "admin");

        var started = await admin.GetAsync("/Admin/Import/Export");

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var job = started.Headers.Location!.OriginalString;
        Assert.StartsWith("/Exports/Job/", job);
        var file = await DownloadWhenReadyAsync(admin, job);
        Assert.Equal(Cells(direct), Cells(file));
        await using var db = factory.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.ExportStarted && a.UserName == "admin"
            && a.Subject == "warehouse-catalog.xlsx"));
    }

    [Fact]
    public async Task A_large_ledger_export_by_an_auditor_holds_every_row_a_direct_one_holds()
    {
        var direct = await (await factory.SignedInClientAsync("auditor")).GetByteArrayAsync("/Stock/ExportLedger?item=FH-0001");
        using var background = Background();
        var auditor = await SignInAsync(background, "auditor");

        var started = await auditor.GetAsync("/Stock/ExportLedger?item=FH-0001");

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var file = await DownloadWhenReadyAsync(auditor, started.Headers.Location!.OriginalString);
        Assert.True(Cells(direct).Count > 20);
        Assert.Equal(Cells(direct), Cells(file));
    }

    [Fact]
    public async Task Another_user_can_neither_see_download_nor_cancel_someone_elses_export()
    {
        using var background = Background();
        var admin = await SignInAsync(background, "admin");
        var job = (await admin.GetAsync("/Admin/Import/ExportStock")).Headers.Location!.OriginalString;
        var key = job[(job.LastIndexOf('/') + 1)..];
        var other = await SignInAsync(background, "manager");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(job)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Exports/Download/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Exports/Progress/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync("/", $"/Exports/Cancel/{key}", [])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(job)).StatusCode);
    }

    [Fact]
    public async Task A_small_export_still_downloads_at_once()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var response = await admin.GetAsync("/Admin/Import/ExportStock");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        Assert.True(book.Worksheet("期初库存").RowsUsed().Count() > 2);
    }

    private WebApplicationFactory<Program> Background() =>
        factory.WithWebHostBuilder(b => b.UseSetting("Exports:BackgroundFromRows", "1"));

    internal static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> host, string user)
    {
        var client = host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = user, ["Password"] = WarehouseFactory.Password });
        return client;
    }

    internal static async Task<byte[]> DownloadWhenReadyAsync(HttpClient client, string job)
    {
        var key = job[(job.LastIndexOf('/') + 1)..];
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(job)).StatusCode);
        for (var poll = 0; poll < 600; poll++)
        {
            var progress = await client.GetFromJsonAsync<Progress>($"/Exports/Progress/{key}");
            if (progress is { Running: false })
            {
                Assert.Equal("Ready", progress.Stage);
                Assert.Equal(progress.Total, progress.Done);
                Assert.Contains("data-export-download", await client.GetStringAsync(job));
                return await client.GetByteArrayAsync($"/Exports/Download/{key}");
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The export did not end within a minute.");
    }

    internal static Dictionary<string, string> Cells(byte[] workbook)
    {
        using var book = new XLWorkbook(new MemoryStream(workbook));
        return book.Worksheets.SelectMany(s => s.CellsUsed().Select(c => (Key: $"{s.Name}!{c.Address}", Text: c.GetString())))
            .ToDictionary(c => c.Key, c => c.Text);
    }

    internal sealed record Progress(string Stage, string StageText, int Done, int Total, bool Running);
}
