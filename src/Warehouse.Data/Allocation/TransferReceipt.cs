using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Allocation;

/// A transfer's goods arrive at the receiving depot: what came in good goes on its books, each unit with it.
public sealed class TransferReceipt(WarehouseDbContext db, LedgerWriter ledger, WorkflowDocuments documents)
{
    public async Task ReceiveAsync(AllocationRequest request, Dispatch dispatch, WorkflowActor actor)
    {
        var depotId = request.DestinationDepotId!.Value;
        var document = await documents.OpenAsync(DocumentKind.Receipt, StockReason.TransferIn, depotId, $"delivery-{dispatch.Number}",
            actor,
            $"{request.Number} ← {dispatch.Number}");
        foreach (var line in dispatch.Lines)
        {
            var good = (line.Received ?? 0) - (line.Damaged ?? 0);
            foreach (var pick in dispatch.Picks.Where(p => p.ItemId == line.ItemId))
            {
                if (good <= 0)
                    break;
                var take = Math.Min(good, pick.Quantity);
                var source = await db.StockBalances.AsNoTracking().SingleAsync(b => b.Id == pick.BalanceId);
                var key = new BalanceKey(depotId, null, pick.ItemId, pick.BatchId, pick.EquipmentUnitId, source.Mode);
                var balance = await ledger.BalanceAsync(key, default);
                document.Record(balance, take, await ledger.IncreaseAsync(balance.Id, take, default));
                good -= take;
                if (pick.EquipmentUnitId is { } unitId)
                    (await db.EquipmentUnits.SingleAsync(u => u.Id == unitId)).Receive(depotId);
            }
        }
    }
}
