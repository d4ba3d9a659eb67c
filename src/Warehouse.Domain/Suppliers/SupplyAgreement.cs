using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Suppliers;

/// A supplier agreement (储备协议, 市场协议储存): the supplier guarantees each item's quantity within the validity and
/// delivers a call-up within the response hours. The goods are the supplier's until called up, so they are never in
/// our balances; each line counts what has been drawn.
public sealed class SupplyAgreement : IVersioned
{
    public const int MaxLines = 100;
    public const int MaxResponseHours = 720;

    private readonly List<AgreementLine> _lines = [];

    private SupplyAgreement() { }

    public SupplyAgreement(string number, int supplierId, DateOnly validFrom, DateOnly validTo, int responseHours,
        IEnumerable<(int ItemId, int Guaranteed)> lines)
    {
        Number = CatalogText.Required(number, "Number", 40);
        SupplierId = supplierId;
        Revise(validFrom, validTo, responseHours, lines);
    }

    public int Id { get; private set; }
    public string Number { get; private set; } = "";
    public int SupplierId { get; private set; }
    public Supplier? Supplier { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly ValidTo { get; private set; }
    public int ResponseHours { get; private set; }
    public int Version { get; private set; }

    /// The day a manager ended the agreement before its validity ran out; nothing is called up from that day on.
    public DateOnly? EndedOn { get; private set; }
    public IReadOnlyList<AgreementLine> Lines => _lines;

    /// Whether goods may be called up under it on this day of the bureau.
    public bool IsValidOn(DateOnly day) => ValidFrom <= day && day <= ValidTo;

    /// Ends the agreement early: its last valid day becomes yesterday, so nothing more is called up under it; call-ups
    /// already ordered stay. One that has already run out cannot be ended.
    public void End(DateOnly today)
    {
        if (ValidTo < today)
            throw new DomainException(Errors.AgreementAlreadyEnded(Number));
        EndedOn = today;
        ValidTo = today.AddDays(-1);
        if (ValidFrom > ValidTo)
            ValidFrom = ValidTo;
    }

    public void Touch() => Version++;

    /// Sets the validity, the response time and the guaranteed quantities. A line already drawn keeps its draw and may
    /// not guarantee less than was drawn, nor leave the agreement.
    public void Revise(DateOnly validFrom, DateOnly validTo, int responseHours, IEnumerable<(int ItemId, int Guaranteed)> lines)
    {
        if (validTo < validFrom)
            throw new DomainException(Errors.AgreementValidityInvalid());
        if (responseHours is < 1 or > MaxResponseHours)
            throw new DomainException(Errors.AgreementResponseHoursInvalid(MaxResponseHours));
        var list = lines.ToList();
        if (list.Count is 0 or > MaxLines)
            throw new DomainException(Errors.AgreementLinesInvalid(MaxLines));
        if (list.GroupBy(l => l.ItemId).Any(g => g.Count() > 1))
            throw new DomainException(Errors.AgreementDuplicateItem());
        foreach (var (_, guaranteed) in list)
        {
            if (Stock.StockRules.CheckQuantity(guaranteed) is { } error)
                throw new DomainException(error);
        }
        if (_lines.FirstOrDefault(l => l.Drawn > 0 && list.All(n => n.ItemId != l.ItemId || n.Guaranteed < l.Drawn)) is { } drawn)
            throw new DomainException(Errors.AgreementBelowDrawn(drawn.Drawn));
        (ValidFrom, ValidTo, ResponseHours) = (validFrom, validTo, responseHours);
        _lines.RemoveAll(l => list.All(n => n.ItemId != l.ItemId));
        foreach (var (itemId, guaranteed) in list)
        {
            if (_lines.FirstOrDefault(l => l.ItemId == itemId) is { } line)
                line.Guarantee(guaranteed);
            else
                _lines.Add(new AgreementLine(itemId, guaranteed));
        }
    }
}

/// One item an agreement guarantees: how many, and how many have been called up so far.
public sealed class AgreementLine
{
    private AgreementLine() { }

    internal AgreementLine(int itemId, int guaranteed) => (ItemId, Guaranteed) = (itemId, guaranteed);

    public int Id { get; private set; }
    public int AgreementId { get; private set; }
    public int ItemId { get; private set; }
    public Item? Item { get; private set; }
    public int Guaranteed { get; private set; }

    /// Moved only by the atomic conditional update that draws a call-up, never written back from memory.
    public int Drawn { get; private set; }

    public int Remaining => Guaranteed - Drawn;

    internal void Guarantee(int quantity) => Guaranteed = quantity;
}
