using Warehouse.Data.Stock;
using Warehouse.Data.WriteOffs;
using Warehouse.Domain.Common;
using Warehouse.Domain.WriteOffs;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.WriteOffs;

/// Turns the scanned codes of a proposal into goods and calls the write-off steps as the signed-in user.
public sealed class WriteOffCommands(CodeLookup lookup, CurrentUser user, WriteOffProposals proposals, WriteOffDecisions decisions)
{
    public async Task<Outcome<WriteOff>> ProposeAsync(WriteOffForm form, CancellationToken cancellationToken)
    {
        var rows = GoodsLines.Parse(form.Goods);
        if (rows.Count is 0 or > WriteOff.MaxLines)
            return Errors.WriteOffLinesInvalid(WriteOff.MaxLines);
        var goods = new List<WriteOffGoods>();
        foreach (var row in rows)
        {
            if (row.Quantity is not { } quantity)
                return Errors.WriteOffQuantityInvalid(row.QuantityText);
            var info = await lookup.IdentifyAsync(row.Code, cancellationToken);
            if (info.Item is null)
                return info.Kind == CodeKinds.Location ? Errors.CodeIsNotItem(info.Code) : Errors.UnknownCode(info.Code);
            goods.Add(new WriteOffGoods(info.Item.Id, quantity, info.Batch?.Id, info.Unit?.Id));
        }
        return await proposals.ProposeAsync(new WriteOffProposal(form.DepotId, form.Cause, form.Note, goods), user.ToWorkflowActor());
    }

    public Task<Outcome<WriteOff>> ApproveAsync(int id) => decisions.ApproveAsync(id, user.ToWorkflowActor());

    public Task<Outcome<WriteOff>> RejectAsync(int id, string? reason) => decisions.RejectAsync(id, reason, user.ToWorkflowActor());
}
