using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Features.Admin;

/// The audit trail as the audit page reads it: newest first, filtered by user and by action, a page at a time.
public sealed class AuditLog(WarehouseDbContext db)
{
    public const int PageSize = 100;

    public async Task<(IReadOnlyList<AuditEntry> Rows, int Total, int Page)> PageAsync(string? user, string? action, int page,
        CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(user))
            query = query.Where(a => a.UserName.Contains(user.Trim()));
        if (!string.IsNullOrWhiteSpace(action))
            query = query.Where(a => a.Action.StartsWith(action.Trim()));
        // The whole trail's length is its chain's: a count would walk every row of it.
        var total = string.IsNullOrWhiteSpace(user) && string.IsNullOrWhiteSpace(action)
            ? await ChainLengths.OfAsync(db, HashChain.Audit, cancellationToken)
            : await query.CountAsync(cancellationToken);
        page = Math.Max(1, page);
        var rows = await query.OrderByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return (rows, total, page);
    }
}
