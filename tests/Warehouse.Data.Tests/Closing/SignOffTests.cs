using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Closing;

namespace Warehouse.Data.Tests.Closing;

public sealed class SignOffTests
{
    private static readonly DateOnly RealToday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    private static readonly DateOnly From = RealToday.AddDays(-40);
    private static readonly DateOnly To = RealToday.AddDays(-10);

    [Fact]
    public async Task The_auditor_signs_off_once_with_comments_and_the_sign_off_is_audited()
    {
        using var f = await ClosingFixture.CreateAsync();
        var id = await ClosedWithThreeReceiptsAsync(f);

        var signed = await f.SignOffAsync(id, "核对无误");

        Assert.True(signed.Succeeded, signed.Error?.Message);
        Assert.Equal("PeriodAlreadySignedOff", (await f.SignOffAsync(id, "again")).Error?.Code);
        await using var db = f.Counts.NewContext();
        var period = await db.ClosedPeriods.SingleAsync();
        Assert.Equal(("auditor", "核对无误"), (period.SignedOffBy, period.SignOffComment));
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.PeriodSignedOff);
        Assert.Equal((period.Label, "核对无误"), (audit.Subject, audit.Detail));
        Assert.Empty(await f.DifferencesAsync(id));
    }

    [Fact]
    public async Task Rows_altered_behind_the_application_name_their_documents_as_changed_removed_and_added()
    {
        using var f = await ClosingFixture.CreateAsync();
        var id = await ClosedWithThreeReceiptsAsync(f);
        await using (var db = f.Counts.NewContext())
        {
            var numbers = await db.StockDocuments.OrderBy(d => d.Id).Select(d => d.Number).ToListAsync();
            await AlterLedgerAsync(db);
            var differences = await f.DifferencesAsync(id);

            Assert.Equal(
                new[] { (numbers[0], DocumentChange.Added), (numbers[1], DocumentChange.Changed), (numbers[2], DocumentChange.Removed) }
                    .OrderBy(d => d.Item1, StringComparer.Ordinal),
                differences.Select(d => (d.Number, d.Change)));
        }
        Assert.Equal("PeriodLedgerChanged", (await f.SignOffAsync(id, null)).Error?.Code);
    }

    /// The fixture's opening stock (document 1, posted today) is moved into the period; the first receipt of the period
    /// (document 2) gets another quantity; the second's row moves out of it. The append-only triggers are dropped first,
    /// as someone with the database file in hand could.
    private static async Task AlterLedgerAsync(WarehouseDbContext db)
    {
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER TR_StockMovements_NoUpdate");
        var documents = await db.StockDocuments.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync();
        var (today, inPeriod, movedOut) = (documents[0], documents[1], documents[2]);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE StockMovements SET OccurredAt = (SELECT OccurredAt FROM StockMovements WHERE DocumentId = {today} LIMIT 1)
            WHERE DocumentId = {movedOut}
            """);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE StockMovements SET OccurredAt = (SELECT OccurredAt FROM StockMovements WHERE DocumentId = {inPeriod} LIMIT 1)
            WHERE DocumentId = {today}
            """);
        await db.Database.ExecuteSqlAsync($"UPDATE StockMovements SET Quantity = Quantity + 1 WHERE DocumentId = {inPeriod}");
    }

    private static async Task<int> ClosedWithThreeReceiptsAsync(ClosingFixture f)
    {
        f.SetToday(From.AddDays(1));
        await f.ReceiveAsync("in-1", 5);
        await f.ReceiveAsync("in-2", 7);
        f.SetToday(RealToday);
        var closed = await f.CloseAsync(From, To);
        Assert.True(closed.Succeeded, closed.Error?.Message);
        return closed.Value!.Id;
    }
}
