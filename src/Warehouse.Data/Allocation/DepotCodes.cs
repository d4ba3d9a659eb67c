using Microsoft.EntityFrameworkCore;

namespace Warehouse.Data.Allocation;

public static class DepotCodes
{
    /// A depot's code, for the messages that name it.
    public static Task<string> DepotCodeAsync(this WarehouseDbContext db, int depotId) =>
        db.Depots.Where(d => d.Id == depotId).Select(d => d.Code).SingleAsync();
}
