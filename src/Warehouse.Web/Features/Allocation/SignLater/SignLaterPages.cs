using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Domain.Allocation;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.SignLater;

/// The page where a hand-over recorded without a signature gets it afterwards: the dispatch, the role and who signs.
/// <paramref name="Refusal"/> says why it can no longer be signed (signed already, request closed); the page then has no form.
public sealed record SignLaterPage(AllocationRequest Request, Dispatch Dispatch, HandOverRole Role, string? Signer, DomainError? Refusal)
{
    public bool WithPosition => Role == HandOverRole.Receiver;

    public bool CanSign => Refusal is null;
}

/// What the sign-later form sends: the signer's name, the pad's PNG data URL and, for the receiver, the browser's position.
public sealed class SignLaterForm : HandOverSigningForm
{
    public HandOverRole Role { get; set; }
}

/// Builds the sign-later page for who may take that role's signature, and takes it through <see cref="HandOverSigningStep"/>.
public sealed class SignLaterPages(AllocationQueries queries, SignatureBook signatures, HandOverSigningStep step, CurrentUser user)
{
    public async Task<PageLookup<SignLaterPage>> PageAsync(int dispatchId, HandOverRole role, CancellationToken cancellationToken)
    {
        var request = await queries.RequestOfDispatchAsync(dispatchId, cancellationToken);
        if (request is null)
            return PageLookup<SignLaterPage>.Missing;
        var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
        if (!SignLaterRules.MaySign(user.ToWorkflowActor(), request, dispatch, role))
            return PageLookup<SignLaterPage>.NotYours;
        var signed = (await signatures.OfAsync([dispatchId], cancellationToken)).Any(s => s.Role == role);
        return PageLookup<SignLaterPage>.Found(new(request, dispatch, role, role == HandOverRole.Driver ? dispatch.Driver : null,
            SignLaterRules.Refusal(request, dispatch, role, signed)));
    }

    /// Takes the signature; the request's id to go back to, or the refusal.
    public Task<Outcome<int>> SignAsync(int dispatchId, SignLaterForm form) =>
        step.SignAsync(dispatchId, form.Role, form.Signing, user.ToWorkflowActor());
}

/// When a hand-over may still be signed afterwards: it has happened (the goods left, or for the receiver arrived), that role
/// has not signed, and the request is neither closed nor cancelled.
public static class SignLaterRules
{
    public static bool Open(AllocationRequest request, Dispatch dispatch, HandOverRole role, bool signed) =>
        Refusal(request, dispatch, role, signed) is null;

    /// Why the hand-over cannot be signed afterwards; null when it can.
    public static DomainError? Refusal(AllocationRequest request, Dispatch dispatch, HandOverRole role, bool signed)
    {
        if (signed)
            return Errors.AlreadySigned(dispatch.Number);
        if (request.State is RequestState.Closed or RequestState.Cancelled)
            return Errors.SigningAfterClose(dispatch.Number);
        var handedOver = role == HandOverRole.Driver
            ? dispatch.State is DispatchState.Dispatched or DispatchState.Delivered
            : dispatch.State == DispatchState.Delivered;
        return handedOver ? null : Errors.SignatureBeforeDispatch(dispatch.Number);
    }

    /// Whether the actor may take that role's signature for the dispatch.
    public static bool MaySign(WorkflowActor actor, AllocationRequest request, Dispatch dispatch, HandOverRole role) =>
        role == HandOverRole.Driver ? actor.KeepsDepot(dispatch.SourceDepotId) : actor.MayConfirmDelivery(request);
}
