using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Common;
using Warehouse.Domain.Readiness;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Readiness;

/// Records, with a posted document, the place it issued goods to or took them back from.
internal static class PlaceDocuments
{
    public static async Task LinkAsync(WarehouseDbContext db, StockDocument document, int? placeId, CancellationToken cancellationToken)
    {
        if (placeId is not { } id)
            return;
        if (!await db.Places.AnyAsync(p => p.Id == id, cancellationToken))
            throw new DomainException(Errors.UnknownPlace($"#{id}"));
        db.PlaceDocuments.Add(new PlaceDocument(document, id));
    }
}
