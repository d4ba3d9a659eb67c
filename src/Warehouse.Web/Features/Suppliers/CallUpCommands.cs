using Warehouse.Data.Stock;
using Warehouse.Data.Suppliers;
using Warehouse.Domain.Suppliers;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Suppliers;

/// Carries out a call-up's steps as the signed-in user; sending answers the order sheet with its fresh delivery code.
public sealed class CallUpCommands(CallUpDeliveries deliveries, CallUpCancellations cancellations, CallUpPages pages, CurrentUser user)
{
    public async Task<Outcome<CallUpDetailPage>> SendAsync(int id, CancellationToken cancellationToken)
    {
        var sent = await deliveries.SendAsync(id, user.ToWorkflowActor());
        if (!sent.Succeeded)
            return sent.Error!;
        var page = (await pages.DetailAsync(id, cancellationToken))!;
        return page with { QrCode = sent.Value.QrCode, ShortCode = sent.Value.ShortCode };
    }

    public Task<Outcome<CallUp>> ConfirmAtSiteAsync(CallUpDeliveryForm form) =>
        deliveries.ConfirmAtSiteAsync(form.Code ?? "", form.Note, user.ToWorkflowActor());

    public Task<Outcome<CallUp>> ReceiveAsync(int id, CallUpReceiveForm form) =>
        deliveries.ReceiveAsync(id, form.Version, form.Lines.Select(l => l.ToArrival()).ToList(), user.ToWorkflowActor());

    public Task<Outcome<CallUp>> CancelAsync(int id, CallUpCancelForm form) =>
        cancellations.CancelAsync(id, form.Version, form.Reason, user.ToWorkflowActor());
}
