using System.Text;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;

namespace Warehouse.Data.Stock;

/// Adds many lines' quantities to their balances in a few statements (one per few hundred balances, within every
/// provider's parameter limit) and answers each line's balance after it. The on-hand is read back after the update,
/// under the update's own row locks, so the balances-after are exact even if another writer moved a balance before.
internal static class BalanceIncreases
{
    private const int BalancesPerStatement = 500;

    /// The on-hand each line leaves, in the lines' order; <paramref name="balanceIds"/> is each line's balance.
    public static async Task<int[]> ApplyAsync(WarehouseDbContext db, IReadOnlyList<int> balanceIds, IReadOnlyList<PostingLine> lines,
        CancellationToken cancellationToken)
    {
        var totals = new Dictionary<int, int>();
        for (var i = 0; i < lines.Count; i++)
            totals[balanceIds[i]] = totals.GetValueOrDefault(balanceIds[i]) + lines[i].Quantity;
        var sqlServer = db.Database.IsSqlServer();
        foreach (var chunk in totals.Chunk(BalancesPerStatement))
            await db.Database.ExecuteAsync(Statement(chunk.Length, sqlServer), cancellationToken,
                chunk.SelectMany(t => new object[] { t.Key, t.Value }).ToArray());
        var ids = totals.Keys.ToList();
        var final = await db.StockBalances.AsNoTracking().Where(b => ids.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => b.OnHand, cancellationToken);
        // Walk the lines in order from what each balance held before them all.
        var running = totals.ToDictionary(t => t.Key, t => final[t.Key] - t.Value);
        var afters = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
            afters[i] = running[balanceIds[i]] += lines[i].Quantity;
        return afters;
    }

    /// UPDATE … SET OnHand = OnHand + CASE Id WHEN @p0 THEN @p1 … END WHERE Id IN (@p0, @p2 …), in the provider's quoting.
    private static string Statement(int balances, bool sqlServer)
    {
        string Name(string name) => sqlServer ? $"[{name}]" : $"\"{name}\"";
        var text = new StringBuilder($"UPDATE {Name("StockBalances")} SET {Name("OnHand")} = {Name("OnHand")} + CASE {Name("Id")}");
        for (var i = 0; i < balances; i++)
            text.Append($" WHEN @p{2 * i} THEN @p{2 * i + 1}");
        text.Append($" END, {Name("Version")} = {Name("Version")} + 1 WHERE {Name("Id")} IN (");
        text.AppendJoin(", ", Enumerable.Range(0, balances).Select(i => $"@p{2 * i}"));
        return text.Append(')').ToString();
    }
}
