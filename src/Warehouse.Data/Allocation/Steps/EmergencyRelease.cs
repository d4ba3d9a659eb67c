using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation.Steps;

/// Level I/II: a keeper starts picking at their own depot before approval; a manager ratifies later.
public sealed class EmergencyRelease(AllocationStepRunner runner, WorkflowNumbers numbers, Reservations reservations, AuditTrail audit,
    BureauClock clock)
{
    public Task<Outcome<int>> ReleaseAsync(int id, int version, int depotId, WorkflowActor actor) =>
        runner.RunAsync(async () =>
        {
            if (!actor.KeepsDepot(depotId))
                throw new DomainException(Errors.DepotNotYours($"#{depotId}"));
            var request = await runner.LoadAsync(id, version);
            var workflow = new AllocationWorkflow(request, actor, clock.UtcNow);
            workflow.EnsureCanFire(RequestTrigger.EmergencyRelease);
            var dispatch = request.AddDispatch(await numbers.NextAsync("DP"), depotId);
            foreach (var line in request.Lines)
            {
                var reserved = await reservations.ReserveAsync(dispatch, line.ItemId, line.Requested, allOrNothing: false);
                if (reserved > 0)
                    dispatch.Plan(line.ItemId, reserved);
            }
            if (dispatch.Lines.Count == 0)
                throw new DomainException(Errors.NothingAtDepot());
            workflow.Fire(RequestTrigger.EmergencyRelease);
            dispatch.StartPicking(clock.UtcNow);
            audit.Record(AuditActor.Of(actor), "allocation.emergency-release", request.Number, $"from depot #{depotId}");
            return dispatch;
        }, dispatch => dispatch.Id);
}
