using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Importing;

namespace Warehouse.Web.Tests.Import;

/// Jobs an earlier run of the application left reading or writing are marked failed when it starts again, with
/// nothing of them written; a preview that was ready stays ready.
public sealed class ImportJobRestartTests(ImportJobRestartTests.InterruptedJobsFactory factory)
    : IClassFixture<ImportJobRestartTests.InterruptedJobsFactory>
{
    [Fact]
    public async Task Jobs_interrupted_by_a_restart_are_failed_with_nothing_written_and_say_so()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var page = await admin.GetStringAsync($"/Admin/Import/Job/{InterruptedJobsFactory.Writing}");

        Assert.Contains("此导入因应用重启而中断，未写入任何内容", page);
        await using var db = factory.NewDbContext();
        var stages = await db.ImportJobs.AsNoTracking().ToDictionaryAsync(j => j.Key, j => j.Stage);
        Assert.Equal(ImportStage.Failed, stages[InterruptedJobsFactory.Reading]);
        Assert.Equal(ImportStage.Failed, stages[InterruptedJobsFactory.Writing]);
        Assert.Equal(ImportStage.Previewed, stages[InterruptedJobsFactory.Ready]);
        Assert.False(await db.StockDocuments.AnyAsync(d => d.Note == "interrupted"));
    }

    /// The seeded database with three jobs left as a stopped run left them, before the application starts.
    public sealed class InterruptedJobsFactory : WarehouseFactory
    {
        public const string Reading = "11111111111111111111111111111111";
        public const string Writing = "22222222222222222222222222222222";
        public const string Ready = "33333333333333333333333333333333";

        public InterruptedJobsFactory()
        {
            foreach (var (key, stage) in new[] { (Reading, "Previewing"), (Writing, "Committing"), (Ready, "Previewed") })
                ExecuteBeforeStart($"""
                    INSERT INTO "ImportJobs" ("Key", "FileName", "Content", "StartedBy", "Culture", "StartedAt", "Stage", "RowsDone", "RowsTotal")
                    VALUES ('{key}', 'stopped.xlsx', x'00', 'admin', 'zh-CN', '2026-01-05 08:00:00', '{stage}', 0, 0)
                    """);
        }
    }
}
