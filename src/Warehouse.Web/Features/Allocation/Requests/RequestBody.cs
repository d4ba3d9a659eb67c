namespace Warehouse.Web.Features.Allocation.Requests;

/// A request as the command platform raises it. Every field binds as sent (enums as text), so what is wrong with it is
/// answered by <see cref="RequestIntakeApi"/> with the refusal's own code rather than as an unreadable body.
public sealed class RequestBody
{
    /// The caller's idempotency key: sending it again answers the first request.
    public string? ClientId { get; set; }

    /// I, II, III, IV or Routine.
    public string? EmergencyLevel { get; set; }

    /// The incident or event the supplies are for.
    public string? Incident { get; set; }

    /// Another name for <see cref="Incident"/>, for platforms that call it a title.
    public string? Title { get; set; }

    public RequestDestinationBody? Destination { get; set; }

    /// When the supplies are needed; two hours (the target) from now when left out.
    public DateTimeOffset? NeededBy { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? Note { get; set; }

    public List<RequestBodyLine>? Lines { get; set; }

    /// Submit the request for approval at once (true) or keep it as a draft (false).
    public bool Submit { get; set; }
}

/// Where the supplies go: a place (township or village) by its code, a depot by its code, or a township or address by name
/// with optional coordinates.
public sealed class RequestDestinationBody
{
    /// Place, Depot, Township or Address.
    public string? Kind { get; set; }

    public string? Text { get; set; }

    public string? Place { get; set; }

    public string? Depot { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}

/// One line: an item by its code or GTIN, and how many.
public sealed class RequestBodyLine
{
    public string? Item { get; set; }

    public int Quantity { get; set; }
}
