using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Domain.Exporting;
using Warehouse.Web.Features.Exports;
using Warehouse.Web.Features.Stock.Export;
using static Warehouse.Web.Tests.Hardening.BackgroundExportTests;

namespace Warehouse.Web.Tests.Hardening;

/// Background exports live in the database: two app hosts on one database file answer for each other's jobs, as two
/// instances behind a load balancer without sticky sessions must; expired jobs are deleted and a job whose instance
/// stopped reporting shows as failed.
public sealed class ExportAcrossInstancesTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task A_job_started_on_one_instance_is_followed_and_downloaded_on_another()
    {
        var direct = await (await factory.SignedInClientAsync("admin")).GetByteArrayAsync("/Admin/Import/Export");
        using var first = Instance();
        using var second = Instance();
        var onFirst = await SignInAsync(first, "admin");
        var onSecond = await SignInAsync(second, "admin");

        var job = (await onFirst.GetAsync("/Admin/Import/Export")).Headers.Location!.OriginalString;

        var file = await DownloadWhenReadyAsync(onSecond, job);
        Assert.Equal(Cells(direct), Cells(file));
    }

    [Fact]
    public async Task Another_user_on_another_instance_gets_not_found_for_someone_elses_job()
    {
        using var first = Instance();
        using var second = Instance();
        var job = (await (await SignInAsync(first, "admin")).GetAsync("/Admin/Import/ExportStock")).Headers.Location!.OriginalString;
        var key = job[(job.LastIndexOf('/') + 1)..];
        var other = await SignInAsync(second, "manager");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(job)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Exports/Progress/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Exports/Download/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync("/", $"/Exports/Cancel/{key}", [])).StatusCode);
    }

    [Fact]
    public async Task A_job_cancelled_on_another_instance_stops_where_it_runs_gives_back_its_slot_and_stores_no_workbook()
    {
        using var first = Instance();
        using var second = Instance();
        var board = first.Services.GetRequiredService<ExportJobBoard>();
        var gate = new ExportGate(1);
        var writing = new TaskCompletionSource();
        var order = new ExportOrder("slow.xlsx", _ => Task.FromResult(10), async (_, output, counted, token) =>
        {
            output.WriteByte(1);
            counted();
            writing.SetResult();
            await Task.Delay(Timeout.Infinite, token);
        });
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], "test"));
        var key = await board.StartAsync(order, 10, user, gate.TryEnter()!, CancellationToken.None);
        await writing.Task.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Null(gate.TryEnter());

        var cancelled = await (await SignInAsync(second, "admin")).PostFormAsync("/", $"/Exports/Cancel/{key}", []);

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        IDisposable? slot = null;
        for (var poll = 0; poll < 600 && (slot = gate.TryEnter()) is null; poll++)
            await Task.Delay(100);
        Assert.NotNull(slot);
        await using var db = factory.NewDbContext();
        var job = await db.ExportJobs.SingleAsync(j => j.Key == key);
        Assert.Equal(ExportJobState.Cancelled, job.State);
        Assert.False(await db.ExportWorkbooks.AnyAsync(w => w.ExportJobId == job.Id));
    }

    [Fact]
    public async Task An_ended_job_past_keeping_is_gone_with_its_workbook()
    {
        var (key, id) = await StoredJobAsync(ExportJobState.Ready, TimeSpan.FromHours(2));
        await using (var db = factory.NewDbContext())
        {
            db.ExportWorkbooks.Add(new ExportWorkbook(id, [1, 2, 3]));
            await db.SaveChangesAsync();
        }
        using var instance = Instance();
        var admin = await SignInAsync(instance, "admin");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Exports/Download/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Exports/Job/{key}")).StatusCode);
        await using var check = factory.NewDbContext();
        Assert.False(await check.ExportJobs.AnyAsync(j => j.Id == id));
        Assert.False(await check.ExportWorkbooks.AnyAsync(w => w.ExportJobId == id));
    }

    [Fact]
    public async Task A_running_job_whose_instance_stopped_reporting_shows_as_failed()
    {
        var (key, _) = await StoredJobAsync(ExportJobState.Running, TimeSpan.FromMinutes(5));
        using var instance = Instance();
        var admin = await SignInAsync(instance, "admin");

        var progress = await admin.GetFromJsonAsync<Progress>($"/Exports/Progress/{key}");
        var page = await admin.GetStringAsync($"/Exports/Job/{key}");

        Assert.Equal("Failed", progress!.Stage);
        Assert.False(progress.Running);
        Assert.DoesNotContain("data-export-cancel", page);
        Assert.DoesNotContain("data-export-download", page);
    }

    /// A job of admin's stored as an instance left it <paramref name="ago"/>: last heard of then, and ended then unless running.
    private async Task<(string Key, int Id)> StoredJobAsync(ExportJobState state, TimeSpan ago)
    {
        var key = Guid.NewGuid().ToString("N");
        var then = DateTime.UtcNow - ago;
        await using var db = factory.NewDbContext();
        var job = new ExportJob(key, "old.xlsx", "admin", 10, then);
        db.ExportJobs.Add(job);
        await db.SaveChangesAsync();
        if (state != ExportJobState.Running)
            await db.ExportJobs.Where(j => j.Id == job.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, state).SetProperty(j => j.EndedAt, then));
        return (key, job.Id);
    }

    /// One more app instance on the factory's database file, with its own board, gate and sweep.
    private WebApplicationFactory<Program> Instance() => factory.WithWebHostBuilder(b => b
        .UseSetting("Exports:BackgroundFromRows", "1").UseSetting("Exports:ProgressInterval", "00:00:00.100"));
}
