using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Domain.Readiness;

namespace Warehouse.Web.Features.Readiness;

/// What the standards pages read, and the lines of a form turned into the domain's terms.
public sealed class StandardQueries(WarehouseDbContext db)
{
    public async Task<IReadOnlyList<StandardRow>> ListAsync(CancellationToken cancellationToken)
    {
        var standards = await db.EquipmentStandards.AsNoTracking().Include(s => s.Lines).ThenInclude(l => l.Item)
            .OrderBy(s => s.Code).ToListAsync(cancellationToken);
        return standards.Select(s => new StandardRow(s.Id, s.Code, s.Name, s.Lines
            .OrderBy(l => l.Basis).ThenBy(l => l.Item!.Code)
            .Select(l => new StandardLineRow(l.Item!.Code, l.Item.Name, l.Item.Unit, l.Basis, l.Quantity)).ToList())).ToList();
    }

    /// The standard with its lines, tracked for a change; null when there is none.
    public Task<EquipmentStandard?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.EquipmentStandards.Include(s => s.Lines).ThenInclude(l => l.Item).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// The form's non-blank lines with their items' ids; the first unknown code or unreadable quantity is refused.
    public async Task<Outcome<List<(int ItemId, CoverageBasis Basis, decimal Quantity)>>> LinesAsync(StandardForm form,
        CancellationToken cancellationToken)
    {
        var typed = form.Lines.Where(l => !l.IsBlank).ToList();
        var codes = typed.Select(l => (l.ItemCode ?? "").Trim().ToUpperInvariant()).ToList();
        var items = await db.Items.AsNoTracking().Where(i => codes.Contains(i.Code))
            .ToDictionaryAsync(i => i.Code, i => i.Id, cancellationToken);
        var lines = new List<(int, CoverageBasis, decimal)>();
        foreach (var (line, code) in typed.Zip(codes))
        {
            if (!items.TryGetValue(code, out var itemId))
                return Errors.UnknownCode(line.ItemCode ?? "");
            if (!decimal.TryParse(line.Quantity, NumberStyles.Number, CultureInfo.InvariantCulture, out var quantity))
                return Errors.StandardQuantityInvalid(line.Quantity ?? "", Domain.Stock.StockRules.MaxLineQuantity);
            lines.Add((itemId, line.Basis, quantity));
        }
        return lines;
    }
}
