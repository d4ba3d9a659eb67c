using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Domain.Readiness;

/// A named equipment standard (配备标准): items with a quantity per unit of coverage, such as the village "5+X" set or
/// the four small items of every flood-duty person.
public sealed class EquipmentStandard : IVersioned
{
    private readonly List<StandardLine> _lines = [];

    private EquipmentStandard() { }

    public EquipmentStandard(string code, string name)
    {
        Code = CatalogCodes.Normalize(code, nameof(Code));
        Rename(name);
    }

    public int Id { get; private set; }
    public int Version { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public IReadOnlyList<StandardLine> Lines => _lines;

    public void Rename(string name) => Name = CatalogText.Required(name, nameof(Name), 100);

    /// Replaces the lines. A quantity is a whole number above zero; an item is on the standard once per basis.
    public void SetLines(IEnumerable<(int ItemId, CoverageBasis Basis, decimal Quantity)> lines)
    {
        var list = lines.ToList();
        if (list.Count > StockRules.MaxLines)
            throw new DomainException(Errors.TooManyLines(StockRules.MaxLines));
        foreach (var (_, basis, quantity) in list)
        {
            if (!Enum.IsDefined(basis))
                throw new DomainException(Errors.CoverageBasisInvalid());
            if (quantity <= 0 || quantity != decimal.Truncate(quantity) || quantity > StockRules.MaxLineQuantity)
                throw new DomainException(Errors.StandardQuantityInvalid(quantity.ToString("0.####"), StockRules.MaxLineQuantity));
        }
        if (list.GroupBy(l => (l.ItemId, l.Basis)).Any(g => g.Count() > 1))
            throw new DomainException(Errors.DuplicateItem());
        _lines.Clear();
        _lines.AddRange(list.Select(l => new StandardLine(l.ItemId, l.Basis, (int)l.Quantity)));
    }

    public void Touch() => Version++;
}

/// One item of a standard and how many of it each unit of coverage needs.
public sealed class StandardLine
{
    private StandardLine() { }

    internal StandardLine(int itemId, CoverageBasis basis, int quantity)
    {
        ItemId = itemId;
        Basis = basis;
        Quantity = quantity;
    }

    public int Id { get; private set; }
    public int StandardId { get; private set; }
    public int ItemId { get; private set; }
    public Item? Item { get; private set; }
    public CoverageBasis Basis { get; private set; }
    public int Quantity { get; private set; }

    /// How many of the item this place needs by this line: per village or township of its kind, per flood-duty person,
    /// or per storage point it has.
    public int RequiredAt(Place place) => Basis switch
    {
        CoverageBasis.PerVillage => place.Kind == PlaceKind.Village ? Quantity : 0,
        CoverageBasis.PerTownship => place.Kind == PlaceKind.Township ? Quantity : 0,
        CoverageBasis.PerDutyPerson => Quantity * place.DutyPersons,
        CoverageBasis.PerDepot => place.DepotId is null ? 0 : Quantity,
        _ => 0,
    };
}
