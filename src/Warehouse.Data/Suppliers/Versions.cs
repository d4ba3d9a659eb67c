using Warehouse.Domain.Common;

namespace Warehouse.Data.Suppliers;

/// A change made from a form carries the version the form was opened at: an older one is refused at once, and the
/// concurrency token catches a change saved between the read and this save.
internal static class Versions
{
    public static void Expect<T>(WarehouseDbContext db, T record, int version, DomainError stale) where T : class, IVersioned
    {
        if (record.Version != version)
            throw new DomainException(stale);
        record.Touch();
        db.Entry(record).Property(r => r.Version).OriginalValue = version;
    }
}
