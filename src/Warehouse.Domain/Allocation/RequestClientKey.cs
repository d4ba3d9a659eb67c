using Warehouse.Domain.Common;

namespace Warehouse.Domain.Allocation;

/// The client id a request was raised under through the API, in its caller's key space, with the fingerprint of the
/// body it came with: the same id again answers this request, with another body it is refused.
public sealed class RequestClientKey
{
    private RequestClientKey() { }

    public RequestClientKey(ClientKey key, int requestId, DateTime atUtc)
    {
        ClientScope = key.Scope;
        ClientId = key.Id;
        Fingerprint = key.Fingerprint ?? "";
        RequestId = requestId;
        CreatedAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
    }

    public int Id { get; private set; }
    public string ClientScope { get; private set; } = "";
    public string ClientId { get; private set; } = "";
    public string Fingerprint { get; private set; } = "";
    public int RequestId { get; private set; }
    public DateTime CreatedAt { get; private set; }
}
