using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Auditing;
using Warehouse.Data.Closing;
using Warehouse.Data.Stock;
using Warehouse.Data.Tests.Counting;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Closing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests.Closing;

/// The count fixture's depot with its clock under the test's hand: stock is received on chosen days, periods are closed
/// and signed off through the app's own steps.
public sealed class ClosingFixture : IDisposable
{
    public static readonly WorkflowActor Auditor = new("auditor", new HashSet<string> { Roles.Auditor }, [], null);
    private readonly MovableTime _time = new();

    private ClosingFixture(CountFixture counts)
    {
        Counts = counts;
        counts.Database.Clock = new BureauClock(_time, BureauClock.FindZone("Asia/Shanghai"));
    }

    public CountFixture Counts { get; }

    public static async Task<ClosingFixture> CreateAsync() => new(await CountFixture.CreateAsync());

    public void Dispose() => Counts.Dispose();

    /// Moves the clock to noon of the bureau's day.
    public void SetToday(DateOnly day) => _time.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8));

    public DateOnly Today => Counts.Database.Clock.Today;

    public async Task<Outcome<PostedDocument>> ReceiveAsync(string clientId, int quantity, string? note = null)
    {
        await using var db = Counts.NewContext();
        return await Counts.Database.Posting(db).PostAsync(new PostingRequest(DocumentKind.Receipt, Counts.Depot, StockReason.Purchase,
            clientId, [new PostingLine(Counts.Tent, quantity, Counts.Bins["A-01-01"])], new Actor("keeper", null, null), note));
    }

    public async Task<Outcome<ClosedPeriod>> CloseAsync(DateOnly from, DateOnly to, string snapshot = "{}")
    {
        await using var db = Counts.NewContext();
        return await Steps(db).GetRequiredService<PeriodClosing>().CloseAsync(new ReportPeriod(from, to), () => Task.FromResult(snapshot),
            Auditor);
    }

    public async Task<Outcome<ClosedPeriod>> SignOffAsync(int id, string? comment)
    {
        await using var db = Counts.NewContext();
        return await Steps(db).GetRequiredService<PeriodSignOff>().SignOffAsync(id, comment, Auditor);
    }

    public async Task<IReadOnlyList<DocumentDifference>> DifferencesAsync(int id)
    {
        await using var db = Counts.NewContext();
        var period = await db.ClosedPeriods.AsNoTracking().SingleAsync(p => p.Id == id);
        return await new LedgerDigests(db).DifferencesAsync(id, period.StartsAt, period.EndsAt, default);
    }

    private ServiceProvider Steps(WarehouseDbContext db) =>
        new ServiceCollection().AddSingleton(db).AddSingleton(Counts.Database.Clock).AddScoped<AuditTrail>()
            .AddScoped<LedgerDigests>().AddScoped<PeriodClosing>().AddScoped<PeriodSignOff>().BuildServiceProvider();

    private sealed class MovableTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
    }
}
