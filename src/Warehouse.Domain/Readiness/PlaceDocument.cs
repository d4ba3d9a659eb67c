using Warehouse.Domain.Stock;

namespace Warehouse.Domain.Readiness;

/// Ties a posted stock document to the place it issued goods to (an issue note with the reason "issued to a place") or
/// took them back from (a return): what the place holds is counted from these.
public sealed class PlaceDocument
{
    private PlaceDocument() { }

    public PlaceDocument(StockDocument document, int placeId)
    {
        Document = document;
        PlaceId = placeId;
    }

    public int Id { get; private set; }
    public int StockDocumentId { get; private set; }
    public StockDocument? Document { get; private set; }
    public int PlaceId { get; private set; }
}
