using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Importing;
using static Warehouse.Web.Tests.Import.OpeningStockWorkbooks;

namespace Warehouse.Web.Tests.Import;

/// An upload runs as a background job stored in the database: found again after a reload, with its progress while it
/// runs, cancelled before it is written and not after, and one at a time.
public sealed class ImportJobTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static byte[] Stock(string serial) => Build(Row("TP1", "A-01-01", "SJ-0107", "1", serial: serial));

    [Fact]
    public async Task An_upload_is_a_stored_job_that_the_import_page_and_a_reload_find_again_with_its_preview()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var preview = await admin.UploadAsync(Stock("JOB-SN-1"), "first.xlsx");

        var key = ImportWorkbooks.ConfirmId(preview)!;
        await using var db = factory.NewDbContext();
        var job = await db.ImportJobs.AsNoTracking().SingleAsync(j => j.Key == key);
        Assert.Equal((ImportStage.Previewed, "first.xlsx", "admin", "zh-CN"), (job.Stage, job.FileName, job.StartedBy, job.Culture));
        Assert.Equal(Stock("JOB-SN-1").Length, job.Content.Length);
        Assert.Equal((1, 1), (job.RowsDone, job.RowsTotal));
        Assert.Contains("新增：1", await admin.GetStringAsync($"/Admin/Import/Job/{key}"));
        Assert.Contains($"/Admin/Import/Job/{key}", await admin.GetStringAsync("/Admin/Import"));
        var progress = await admin.GetFromJsonAsync<Progress>($"/Admin/Import/Progress/{key}");
        Assert.Equal(new Progress("Previewed", "预览就绪", 1, 1, false), progress);
    }

    [Fact]
    public async Task A_previewed_job_cancelled_is_never_written_and_cannot_be_confirmed_afterwards()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var preview = await admin.UploadAsync(Stock("JOB-SN-2"));
        var key = ImportWorkbooks.ConfirmId(preview)!;

        var cancelled = await admin.FinishedJobPageAsync(await admin.PostFormAsync("/Admin/Import", $"/Admin/Import/Cancel/{key}", []));
        var confirmed = await admin.ConfirmAsync(preview);

        Assert.Contains("已取消", cancelled);
        Assert.Contains("此导入已结束", confirmed);
        await using var db = factory.NewDbContext();
        Assert.Equal(ImportStage.Cancelled, await db.ImportJobs.Where(j => j.Key == key).Select(j => j.Stage).SingleAsync());
        Assert.False(await db.EquipmentUnits.AnyAsync(u => u.SerialNumber == "JOB-SN-2"));
    }

    [Fact]
    public async Task A_job_being_written_or_written_refuses_to_be_cancelled_and_says_why()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var written = await admin.ConfirmAsync(await admin.UploadAsync(Stock("JOB-SN-3")));
        var key = Key(written);
        var stuck = await AddJobAsync(ImportStage.Committing);

        var afterWriting = await admin.PostFormAsync("/Admin/Import", $"/Admin/Import/Cancel/{key}", []);
        var whileWriting = await admin.PostFormAsync("/Admin/Import", $"/Admin/Import/Cancel/{stuck}", []);

        Assert.Contains("此导入已结束", await afterWriting.Content.ReadAsStringAsync());
        Assert.Contains("此导入正在写入，已不能取消", await whileWriting.Content.ReadAsStringAsync());
        await using var db = factory.NewDbContext();
        Assert.Equal(ImportStage.Written, await db.ImportJobs.Where(j => j.Key == key).Select(j => j.Stage).SingleAsync());
        Assert.True(await db.EquipmentUnits.AnyAsync(u => u.SerialNumber == "JOB-SN-3"));
        await db.ImportJobs.Where(j => j.Key == stuck).ExecuteUpdateAsync(s => s.SetProperty(j => j.Stage, ImportStage.Failed));
    }

    [Fact]
    public async Task While_one_job_runs_another_upload_is_refused_and_starts_nothing()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var running = await AddJobAsync(ImportStage.Previewing);
        await using var db = factory.NewDbContext();
        var jobs = await db.ImportJobs.CountAsync();

        var page = await admin.UploadAsync(Stock("JOB-SN-4"));

        Assert.Contains("另一个导入正在运行", page);
        Assert.Contains($"/Admin/Import/Job/{running}", page);
        Assert.Equal(jobs, await db.ImportJobs.CountAsync());
        await db.ImportJobs.Where(j => j.Key == running).ExecuteUpdateAsync(s => s.SetProperty(j => j.Stage, ImportStage.Failed));
    }

    [Fact]
    public async Task An_unknown_job_is_not_found()
    {
        var admin = await factory.SignedInClientAsync("admin");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Admin/Import/Job/{new string('b', 32)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Admin/Import/Progress/{new string('b', 32)}")).StatusCode);
    }

    private async Task<string> AddJobAsync(ImportStage stage)
    {
        await using var db = factory.NewDbContext();
        var key = Guid.NewGuid().ToString("N");
        db.ImportJobs.Add(new ImportJob(key, "other.xlsx", [1, 2, 3], "manager", "zh-CN", DateTime.UtcNow));
        await db.SaveChangesAsync();
        await db.ImportJobs.Where(j => j.Key == key).ExecuteUpdateAsync(s => s.SetProperty(j => j.Stage, stage));
        return key;
    }

    private static string Key(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "data-import-job=\"([0-9a-f]{32})\"").Groups[1].Value;

    private sealed record Progress(string Stage, string StageText, int Done, int Total, bool Running);
}
