using System.Security.Cryptography;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Allocation;

/// What one source depot sends for a request: its own lines, picks, slip, transit clock and delivery.
public sealed class Dispatch
{
    private const string CodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private readonly List<DispatchLine> _lines = [];
    private readonly List<DispatchPick> _picks = [];
    private readonly List<Reservation> _reservations = [];
    private readonly List<DispatchReturn> _returns = [];

    private Dispatch() { }

    internal Dispatch(AllocationRequest request, string number, int sourceDepotId)
    {
        Request = request;
        Number = number;
        SourceDepotId = sourceDepotId;
        State = DispatchState.Planned;
    }

    public int Id { get; private set; }
    public int RequestId { get; private set; }
    public AllocationRequest? Request { get; private set; }
    public string Number { get; private set; } = "";
    public int SourceDepotId { get; private set; }
    public Depot? SourceDepot { get; private set; }
    public DispatchState State { get; private set; }
    public string? Vehicle { get; private set; }
    public string? Driver { get; private set; }
    public string? DriverPhone { get; private set; }
    public DateTime? PickingStartedAt { get; private set; }
    public DateTime? DispatchedAt { get; private set; }
    public string? DispatchedBy { get; private set; }
    public string? DeliveryCodeHash { get; private set; }
    public string? ShortCodeHash { get; private set; }
    public DateTime? DeliveredAt { get; private set; }
    public string? DeliveredBy { get; private set; }
    public string? DeliveryNote { get; private set; }

    public IReadOnlyList<DispatchLine> Lines => _lines;
    public IReadOnlyList<DispatchPick> Picks => _picks;
    public IReadOnlyList<Reservation> Reservations => _reservations;
    public IReadOnlyList<DispatchReturn> Returns => _returns;

    public bool IsFullyPicked => _lines.All(l => PickedOf(l.ItemId) >= l.Quantity);

    public int PickedOf(int itemId) => _picks.Where(p => p.ItemId == itemId).Sum(p => p.Quantity);

    public void Plan(int itemId, int quantity)
    {
        if (State != DispatchState.Planned)
            throw new DomainException(Errors.DispatchNotPlanned());
        var line = _lines.FirstOrDefault(l => l.ItemId == itemId);
        if (line is null)
            _lines.Add(new DispatchLine(itemId, quantity));
        else
            line.Add(quantity);
    }

    public void Reserve(int balanceId, int itemId, int quantity) => _reservations.Add(new Reservation(balanceId, itemId, quantity));

    public void StartPicking(DateTime atUtc)
    {
        if (State == DispatchState.Planned)
        {
            State = DispatchState.Picking;
            PickingStartedAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        }
    }

    /// Checks a scan against the dispatch lines on the spot: the item must be on the slip, the unit not yet picked,
    /// and the total never more than planned. FEFO is checked by the caller, who knows the stock.
    public DispatchPick Pick(Item item, int quantity, int balanceId, int? batchId, int? unitId, int? locationId, ClientKey clientKey,
        string by, DateTime atUtc, string? fefoOverride)
    {
        if (State is not (DispatchState.Planned or DispatchState.Picking))
            throw new DomainException(Errors.DispatchClosedForPicking(Number));
        var line = _lines.FirstOrDefault(l => l.ItemId == item.Id)
            ?? throw new DomainException(Errors.WrongItem(item.Label, Number));
        if (unitId is not null && _picks.Any(p => p.EquipmentUnitId == unitId))
            throw new DomainException(Errors.UnitAlreadyPicked());
        var picked = PickedOf(item.Id);
        if (picked + quantity > line.Quantity)
            throw new DomainException(Errors.OverPick(item.Label, line.Quantity, picked));
        StartPicking(atUtc);
        var pick = new DispatchPick(item.Id, quantity, balanceId, batchId, unitId, locationId, clientKey, by, atUtc, fefoOverride);
        _picks.Add(pick);
        return pick;
    }

    public void Unpick(DispatchPick pick)
    {
        if (State is not (DispatchState.Planned or DispatchState.Picking))
            throw new DomainException(Errors.DispatchClosedForPicking(Number));
        _picks.Remove(pick);
    }

    /// Marks the dispatch as gone and hands back the two delivery codes: a long one for the QR code and a short one
    /// to type. Only their hashes are kept, so the slip is the only place they can be read.
    public (string QrCode, string ShortCode) Send(string vehicle, string driver, string driverPhone, string by, DateTime atUtc)
    {
        if (State != DispatchState.Picking || _picks.Count == 0)
            throw new DomainException(Errors.NothingPicked(Number));
        Vehicle = CatalogText.Required(vehicle, "Vehicle", 20);
        Driver = CatalogText.Required(driver, "Driver", 50);
        DriverPhone = CatalogText.Required(driverPhone, "Driver phone", 30);
        State = DispatchState.Dispatched;
        DispatchedAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        DispatchedBy = by;
        return NewCodes();
    }

    /// A lost slip: new codes replace the old ones, which stop working at once. Only while the goods are on the road.
    public (string QrCode, string ShortCode) ReissueCodes()
    {
        if (State != DispatchState.Dispatched)
            throw new DomainException(Errors.CodeNotReissuable(Number));
        return NewCodes();
    }

    private (string QrCode, string ShortCode) NewCodes()
    {
        var secret = RandomNumberGenerator.GetString(CodeAlphabet, 26);
        var shortCode = RandomNumberGenerator.GetString(CodeAlphabet, 10);
        DeliveryCodeHash = HashCode(secret);
        ShortCodeHash = HashCode(shortCode);
        return ($"{Number}.{secret}", $"{shortCode[..5]}-{shortCode[5..]}");
    }

    public void ConfirmDelivery(string by, DateTime atUtc, string? note, IReadOnlyDictionary<int, (int Received, int Damaged)> received)
    {
        if (State == DispatchState.Delivered)
            throw new DomainException(Errors.AlreadyDelivered(Number, DeliveredAt));
        if (State != DispatchState.Dispatched)
            throw new DomainException(Errors.NotDispatched(Number));
        foreach (var line in _lines)
        {
            var sent = PickedOf(line.ItemId);
            var (got, damaged) = received.TryGetValue(line.ItemId, out var r) ? r : (sent, 0);
            if (got < 0 || damaged < 0 || got > sent || damaged > got)
                throw new DomainException(Errors.ReceivedOutOfRange(sent));
            line.Receive(sent, got, damaged);
        }
        State = DispatchState.Delivered;
        DeliveredAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        DeliveredBy = by;
        DeliveryNote = CatalogText.Optional(note, "Note", 500);
    }

    public DispatchReturn Return(int itemId, int? unitId, int quantity, ReturnCondition condition, string by, DateTime atUtc, string? note)
    {
        if (State is not (DispatchState.Dispatched or DispatchState.Delivered))
            throw new DomainException(Errors.NotDispatched(Number));
        var sent = unitId is null
            ? PickedOf(itemId) - _returns.Where(r => r.ItemId == itemId).Sum(r => r.Quantity)
            : _picks.Any(p => p.EquipmentUnitId == unitId) && _returns.All(r => r.EquipmentUnitId != unitId) ? 1 : 0;
        if (quantity <= 0 || quantity > sent)
            throw new DomainException(Errors.ReturnOutOfRange(sent));
        var entry = new DispatchReturn(itemId, unitId, quantity, condition, by, atUtc, note);
        _returns.Add(entry);
        return entry;
    }

    public bool Matches(string code)
    {
        var text = Normalize(code);
        var dot = text.IndexOf('.');
        return dot > 0
            ? text[..dot] == Number && HashCode(text[(dot + 1)..]) == DeliveryCodeHash
            : HashCode(text) == ShortCodeHash;
    }

    /// Typed codes forgive case, dashes, spaces, and the letters people read as digits (Crockford base 32).
    public static string Normalize(string code)
    {
        var text = code.Trim().ToUpperInvariant();
        if (text.StartsWith("WD-", StringComparison.Ordinal))
            text = text[3..];
        if (text.Contains('.'))
            return text;
        return new string(text.Where(char.IsLetterOrDigit).Select(c => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c }).ToArray());
    }

    public static string HashCode(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Normalize(code))));
}

public sealed class DispatchLine
{
    private DispatchLine() { }

    internal DispatchLine(int itemId, int quantity)
    {
        ItemId = itemId;
        Quantity = quantity;
    }

    public int Id { get; private set; }
    public int DispatchId { get; private set; }
    public int ItemId { get; private set; }
    public Item? Item { get; private set; }
    public int Quantity { get; private set; }
    public int? Received { get; private set; }
    public int? Short { get; private set; }
    public int? Damaged { get; private set; }

    internal void Add(int quantity) => Quantity += quantity;

    internal void Receive(int sent, int received, int damaged)
    {
        Received = received;
        Short = sent - received;
        Damaged = damaged;
    }
}

/// One scan at the source depot: what was taken from which balance (batch, unit, bin).
public sealed class DispatchPick
{
    private DispatchPick() { }

    internal DispatchPick(int itemId, int quantity, int balanceId, int? batchId, int? unitId, int? locationId, ClientKey clientKey,
        string by, DateTime atUtc, string? fefoOverride)
    {
        ItemId = itemId;
        Quantity = quantity;
        BalanceId = balanceId;
        BatchId = batchId;
        EquipmentUnitId = unitId;
        LocationId = locationId;
        ClientId = clientKey.Id;
        ClientScope = clientKey.Scope;
        RequestFingerprint = clientKey.Fingerprint;
        PickedBy = by;
        PickedAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        FefoOverride = fefoOverride;
    }

    public int Id { get; private set; }
    public int DispatchId { get; private set; }
    public int ItemId { get; private set; }
    public int Quantity { get; private set; }
    public int BalanceId { get; private set; }
    public int? BatchId { get; private set; }
    public int? EquipmentUnitId { get; private set; }
    public int? LocationId { get; private set; }
    public string ClientId { get; private set; } = "";
    public string ClientScope { get; private set; } = "";
    public string? RequestFingerprint { get; private set; }
    public string PickedBy { get; private set; } = "";
    public DateTime PickedAt { get; private set; }
    public string? FefoOverride { get; private set; }
}

/// Stock promised to a dispatch at approval: counted in the balance's reserved quantity until dispatch releases it.
public sealed class Reservation
{
    private Reservation() { }

    internal Reservation(int balanceId, int itemId, int quantity)
    {
        BalanceId = balanceId;
        ItemId = itemId;
        Quantity = quantity;
    }

    public int Id { get; private set; }
    public int DispatchId { get; private set; }
    public int BalanceId { get; private set; }
    public int ItemId { get; private set; }
    public int Quantity { get; private set; }
    public bool Released { get; private set; }

    public void Release() => Released = true;
}

public sealed class DispatchReturn
{
    private DispatchReturn() { }

    internal DispatchReturn(int itemId, int? unitId, int quantity, ReturnCondition condition, string by, DateTime atUtc, string? note)
    {
        ItemId = itemId;
        EquipmentUnitId = unitId;
        Quantity = quantity;
        Condition = condition;
        ReturnedBy = by;
        ReturnedAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        Note = CatalogText.Optional(note, "Note", 500);
    }

    public int Id { get; private set; }
    public int DispatchId { get; private set; }
    public int ItemId { get; private set; }
    public int? EquipmentUnitId { get; private set; }
    public int Quantity { get; private set; }
    public ReturnCondition Condition { get; private set; }
    public string ReturnedBy { get; private set; } = "";
    public DateTime ReturnedAt { get; private set; }
    public string? Note { get; private set; }
}
