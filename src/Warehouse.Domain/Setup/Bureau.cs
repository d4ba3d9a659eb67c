using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Setup;

/// The bureau this installation serves: its name (shown in every page's header and title) and the time zone its
/// days and documents are counted in. One row, written once by the first-run set-up.
public sealed class Bureau
{
    /// The only row's key: there is one bureau per installation.
    public const int TheBureau = 1;

    private Bureau() { }

    public Bureau(string name, string timeZoneId, DateTime setUpAt)
    {
        Id = TheBureau;
        Name = CatalogText.Required(name, nameof(Name), 100);
        TimeZoneId = KnownZone(timeZoneId);
        SetUpAt = setUpAt;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string TimeZoneId { get; private set; } = "";
    public DateTime SetUpAt { get; private set; }

    /// The zone's id when this machine knows it; otherwise refused, so a typo never shifts every date by hours.
    public static string KnownZone(string? id)
    {
        var value = (id ?? "").Trim();
        try
        {
            return value.Length is > 0 and <= 64 ? TimeZoneInfo.FindSystemTimeZoneById(value).Id : throw new TimeZoneNotFoundException();
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new DomainException(Errors.UnknownTimeZone(value));
        }
    }
}
