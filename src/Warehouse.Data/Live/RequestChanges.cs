using Warehouse.Domain.Allocation;

namespace Warehouse.Data.Live;

/// What changed about a request, told once the step's transaction has committed.
public enum RequestChangeKind
{
    /// A workflow step moved the request on (submitted, approved, picked, dispatched, delivered...).
    Stepped,

    /// Its waiting approval step was escalated for waiting past its limit.
    Escalated,
}

/// One request a committed step or an escalation changed.
public sealed record RequestChange(int RequestId, string Number, RequestState State, RequestChangeKind Kind);

/// Where committed request changes go: the web tier pushes them to open boards and request pages. Called after the
/// commit, never inside the transaction, so a slow or failing listener cannot undo or hold up a step.
public interface IRequestChanges
{
    Task PublishAsync(IReadOnlyList<RequestChange> changes);
}

/// Tells no one: what the data tests and the command-line tools use.
public sealed class NoRequestChanges : IRequestChanges
{
    public Task PublishAsync(IReadOnlyList<RequestChange> changes) => Task.CompletedTask;
}
