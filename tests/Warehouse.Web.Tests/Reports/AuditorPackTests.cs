using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace Warehouse.Web.Tests.Reports;

public sealed class AuditorPackTests
{
    private static readonly string[] Files =
    [
        "reserve-summary.xlsx", "ledger.csv", "count-variances.csv", "write-offs.csv", "emergency-releases.csv", "dispatch-timelines.csv",
        "audit-trail.csv", "period.txt",
    ];

    [Fact]
    public async Task The_pack_holds_every_file_of_the_period_and_a_manifest_whose_sums_match_them()
    {
        using var factory = new WarehouseFactory();
        var auditor = await factory.SignedInClientAsync("auditor");
        var today = PeriodCloseTests.Today(factory);
        var id = await PeriodCloseTests.CloseAsync(auditor, today.AddDays(-30), today);

        var response = await auditor.GetAsync($"/Reports/Periods/{id}/Pack");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var contents = zip.Entries.ToDictionary(e => e.FullName, Read);
        var manifest = Encoding.UTF8.GetString(contents["manifest.sha256"]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split("  ")).ToDictionary(p => p[1], p => p[0]);
        Assert.Equal(Files.Order(), manifest.Keys.Order());
        foreach (var (file, sum) in manifest)
            Assert.Equal(sum, Convert.ToHexStringLower(SHA256.HashData(contents[file])));

        await using var db = factory.NewDbContext();
        var period = await db.ClosedPeriods.SingleAsync();
        var ledger = Lines(contents["ledger.csv"]);
        Assert.Equal(period.Rows, ledger.Length - 1);
        Assert.Equal(await db.AuditEntries.CountAsync(a => a.At >= period.StartsAt && a.At < period.EndsAt),
            Lines(contents["audit-trail.csv"]).Length - 1);
        var first = await db.StockDocuments.OrderBy(d => d.Id).Select(d => d.Number).FirstAsync();
        Assert.Contains(ledger.Skip(1), l => l.Contains(first));
        Assert.StartsWith("单据", Lines(contents["write-offs.csv"])[0]);
        using var book = new XLWorkbook(new MemoryStream(contents["reserve-summary.xlsx"]));
        Assert.Equal("应急物资储备综合情况", book.Worksheet(1).Cell(1, 1).GetString());
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string[] Lines(byte[] csv) =>
        Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
