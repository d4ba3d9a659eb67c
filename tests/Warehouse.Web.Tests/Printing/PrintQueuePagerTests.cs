using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Web.Features.Printing;

namespace Warehouse.Web.Tests.Printing;

/// The print queue pages through years of printed jobs without counting every one of them on each look.
public sealed partial class PrintQueuePagerTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task A_queue_longer_than_is_counted_says_more_than_and_still_pages_on()
    {
        await using (var db = factory.NewDbContext())
            await db.Database.ExecuteSqlRawAsync($"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {PrintJobDesk.CountedAhead + 100})
                INSERT INTO "PrintJobs" ("Kind", "Title", "DepotId", "State", "Attempts", "NextAttemptAt", "CreatedBy", "CreatedAt", "PrintedAt")
                SELECT 'IssueNote', '旧出库单 ' || i, (SELECT MIN("Id") FROM "Depots"), 'Printed', 0, '2025-01-01 00:00:00',
                    'keeper', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM n
                """);
        var admin = await factory.SignedInClientAsync("admin");

        var first = await admin.GetStringAsync("/PrintJobs");
        var pages = (PrintJobDesk.CountedAhead + PrintJobDesk.PageSize - 1) / PrintJobDesk.PageSize;
        Assert.Contains($"第 1 页，共 {pages} 页以上（{PrintJobDesk.CountedAhead} 条以上）", first);
        Assert.Equal(PrintJobDesk.PageSize, JobRow().Matches(first).Count);

        // A page further on counts on from there, and so comes to the end of the queue.
        var last = await admin.GetStringAsync($"/PrintJobs?page={pages}");
        var total = await factory.NewDbContext().PrintJobs.CountAsync();
        var allPages = (total + PrintJobDesk.PageSize - 1) / PrintJobDesk.PageSize;
        Assert.Contains($"第 {pages}/{allPages} 页（共 {total} 条）", last);
        Assert.Contains($"href=\"/PrintJobs?page={pages + 1}\"", last);
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("-5")]
    [InlineData("0")]
    public async Task A_page_number_out_of_every_range_answers_a_page_and_not_an_error(string page)
    {
        var admin = await factory.SignedInClientAsync("admin");

        var response = await admin.GetAsync($"/PrintJobs?page={page}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [GeneratedRegex("<tr[^>]*data-job=")]
    private static partial Regex JobRow();
}
