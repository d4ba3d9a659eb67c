using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Importing;
using Warehouse.Domain.Importing;

namespace Warehouse.Web.Tests.Import;

/// On a server database several instances share the import jobs: an instance that starts gives up only the jobs whose
/// runner has gone silent, not one another instance is still running; the running instance's heartbeat carries its
/// rows so far to the others and learns of a cancellation made elsewhere.
public sealed class ImportJobInstancesTests
{
    [PostgresFact]
    public async Task A_starting_instance_fails_the_silent_job_and_leaves_the_one_another_instance_beats_for()
    {
        await using var app = new BeatingJobsFactory();

        await using var db = app.NewDbContext();
        Dictionary<string, ImportStage> stages = [];
        for (var tries = 0; tries < 100; tries++)
        {
            stages = await db.ImportJobs.AsNoTracking().ToDictionaryAsync(j => j.Key, j => j.Stage);
            if (stages[BeatingJobsFactory.Silent] == ImportStage.Failed)
                break;
            await Task.Delay(100);
        }

        Assert.Equal(ImportStage.Failed, stages[BeatingJobsFactory.Silent]);
        Assert.Equal(ImportStage.Previewing, stages[BeatingJobsFactory.Beating]);
    }

    [PostgresFact]
    public async Task A_heartbeat_writes_the_rows_so_far_and_answers_false_once_the_job_was_cancelled_elsewhere()
    {
        await using var app = new PostgresWarehouseFactory();
        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ImportJobStore>();
        var job = await store.AddAsync(new ImportJob(new string('a', 32), "far.xlsx", [0], "admin", "en", DateTime.UtcNow), default);
        Assert.True(await store.MoveAsync(job.Id, [ImportStage.Queued], ImportStage.Previewing, default));

        Assert.True(await store.BeatAsync(job.Id, 40, 100, default));
        var seen = await store.FindAsync(job.Key, default);
        Assert.Equal((40, 100), (seen!.RowsDone, seen.RowsTotal));

        Assert.True(await store.MoveAsync(job.Id, ImportJob.Cancellable, ImportStage.Cancelled, default));
        Assert.False(await store.BeatAsync(job.Id, 50, 100, default));
        Assert.Equal(40, (await store.FindAsync(job.Key, default))!.RowsDone);
    }

    /// Two jobs started an hour ago and still previewing: one whose runner beat a moment ago, one silent for an hour.
    private sealed class BeatingJobsFactory : WarehouseFactory
    {
        public const string Beating = "44444444444444444444444444444444";
        public const string Silent = "55555555555555555555555555555555";

        public BeatingJobsFactory() : base(Providers.Postgres)
        {
            foreach (var (key, beat) in new[] { (Beating, "now()"), (Silent, "now() - interval '1 hour'") })
                ExecuteBeforeStart($"""
                    INSERT INTO "ImportJobs" ("Key", "FileName", "Content", "StartedBy", "Culture", "StartedAt", "HeartbeatAt", "Stage",
                        "RowsDone", "RowsTotal")
                    VALUES ('{key}', 'elsewhere.xlsx', '\x00'::bytea, 'admin', 'en', now() - interval '1 hour', {beat}, 'Previewing', 0, 0)
                    """);
        }
    }
}
