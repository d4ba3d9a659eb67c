using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Web.Features.Reports.ReserveSummary;

namespace Warehouse.Web.Features.Reports.Periods;

/// A pack ready to send: the ZIP (a temporary file, gone when the stream is closed) and its file name.
public sealed record PackFile(Stream Content, string Name);

/// The auditor pack of a closed period: one ZIP with the frozen report's workbook and the period's CSV files, written
/// into a temporary file as the rows stream past, and a manifest listing each file's SHA-256 in the form `sha256sum -c`
/// checks.
public sealed class AuditorPack(WarehouseDbContext db, ReserveSummaryWorkbook workbook, PackSections sections, PackTimelines timelines)
{
    public const string Manifest = "manifest.sha256";

    /// The pack, or null when there is no such closed period.
    public async Task<PackFile?> WriteAsync(int id, CancellationToken cancellationToken)
    {
        var period = await db.ClosedPeriods.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.From, p.To, p.StartsAt, p.EndsAt, p.Snapshot, p.Digest, p.Rows, p.ClosedBy, p.SignedOffBy })
            .SingleOrDefaultAsync(cancellationToken);
        if (period is null)
            return null;
        var range = new PackRange(period.StartsAt, period.EndsAt);
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"warehouse-pack-{Guid.NewGuid():N}.zip"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var sums = new List<string>();
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
            {
                var report = PeriodSnapshot.Thaw(period.Snapshot);
                await AddAsync(zip, sums, "reserve-summary.xlsx", s => s.WriteAsync(workbook.Render(report), cancellationToken).AsTask());
                await AddCsvAsync(zip, sums, "ledger.csv", c => sections.LedgerAsync(c, range, cancellationToken));
                await AddCsvAsync(zip, sums, "count-variances.csv", c => sections.CountVariancesAsync(c, range, cancellationToken));
                await AddCsvAsync(zip, sums, "write-offs.csv", c => sections.WriteOffsAsync(c, range, cancellationToken));
                await AddCsvAsync(zip, sums, "emergency-releases.csv", c => timelines.EmergencyReleasesAsync(c, range, cancellationToken));
                await AddCsvAsync(zip, sums, "dispatch-timelines.csv", c => timelines.DispatchTimelinesAsync(c, range, cancellationToken));
                await AddCsvAsync(zip, sums, "audit-trail.csv", c => sections.AuditTrailAsync(c, range, cancellationToken));
                var about = $"{sections.L("Period")}: {period.From:yyyy-MM-dd} – {period.To:yyyy-MM-dd}\n"
                    + $"{sections.L("Closed by")}: {period.ClosedBy}\n{sections.L("Ledger rows")}: {period.Rows}\n"
                    + $"{sections.L("Ledger digest")}: SHA-256 {period.Digest}\n{sections.L("Sign-off")}: {period.SignedOffBy ?? "-"}\n";
                await AddAsync(zip, sums, "period.txt", s => s.WriteAsync(Encoding.UTF8.GetBytes(about), cancellationToken).AsTask());
                await using var manifest = zip.CreateEntry(Manifest).Open();
                await manifest.WriteAsync(Encoding.UTF8.GetBytes(string.Concat(sums)), cancellationToken);
            }
            file.Position = 0;
            return new PackFile(file, $"auditor-pack-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.zip");
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static Task AddCsvAsync(ZipArchive zip, List<string> sums, string name, Func<CsvSheet, Task> write) =>
        AddAsync(zip, sums, name, async stream =>
        {
            await using var csv = new CsvSheet(stream);
            await write(csv);
        });

    /// Writes one file into the ZIP through a SHA-256 on the way, and notes its line for the manifest.
    private static async Task AddAsync(ZipArchive zip, List<string> sums, string name, Func<Stream, Task> write)
    {
        await using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var sha = SHA256.Create();
        await using (var hashing = new CryptoStream(entry, sha, CryptoStreamMode.Write, leaveOpen: true))
            await write(hashing);
        sums.Add($"{Convert.ToHexStringLower(sha.Hash!)}  {name}\n");
    }
}
