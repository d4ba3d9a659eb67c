using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;

namespace Warehouse.Data.Auditing;

/// Who an audit row names and where they acted from (a remote address; none for the workflow's own steps).
public sealed record AuditActor(string UserName, string? Origin)
{
    /// A caller of the stock posting: their name and the address they posted from.
    public static AuditActor Of(Actor actor) => new(actor.UserName, actor.Origin);

    /// Whoever fires an allocation trigger; the workflow does not know their address.
    public static AuditActor Of(WorkflowActor actor) => new(actor.UserName, null);
}

/// The caller of the current request or run, as audit rows name them. The web host provides it from the signed-in
/// user and the request's address; hosts without one pass an <see cref="AuditActor"/> to each record instead.
public interface ICurrentAuditActor
{
    /// The person or station acting now, and from where.
    AuditActor Current { get; }
}
