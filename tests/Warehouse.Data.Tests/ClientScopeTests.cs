using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Stock;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests;

/// Client ids belong to their caller: each station and user has a key space of its own, the product has one no
/// caller reaches, and a key reused for a different request is refused instead of answered with the first.
public sealed class ClientScopeTests : IDisposable
{
    private static readonly Actor StationOne = new("station:CR-01", 1, null);
    private static readonly Actor StationTwo = new("station:CR-02", 2, null);
    private TestDatabase _database = new();
    private int _depot, _tent, _water;

    public void Dispose() => _database.Dispose();

    private async Task SetUpAsync()
    {
        await using var db = _database.NewContext();
        _depot = (await Build.DepotAsync(db)).Id;
        _tent = (await Build.ItemAsync(db)).Id;
        _water = (await Build.ItemAsync(db, "SS-0001", TrackingMode.Batch, "饮用水")).Id;
    }

    private async Task<Outcome<PostedDocument>> ReceiveAsync(Actor actor, string clientId, int quantity, string? note = null,
        PostingLine? line = null, StockReason reason = StockReason.Purchase, bool settingUp = false)
    {
        await using var db = _database.NewContext();
        return await _database.Posting(db).PostAsync(new PostingRequest(DocumentKind.Receipt, _depot, reason, clientId,
            [line ?? new PostingLine(_tent, quantity)], actor, note), settingUp: settingUp);
    }

    private async Task<(int Documents, int Batches, int OnHand)> CountsAsync()
    {
        await using var db = _database.NewContext();
        return (await db.StockDocuments.CountAsync(), await db.Batches.CountAsync(), await db.StockBalances.SumAsync(b => b.OnHand));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_stations_using_the_same_client_id_each_get_their_own_document(string provider)
    {
        _database = _database.On(provider);
        await SetUpAsync();
        var first = await ReceiveAsync(StationOne, "1", 3);
        var second = await ReceiveAsync(StationTwo, "1", 5);

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.False(second.Value!.Replayed);
        Assert.NotEqual(first.Value!.Number, second.Value.Number);
        Assert.Equal((2, 0, 8), await CountsAsync());
    }

    [Fact]
    public async Task A_user_and_a_station_never_share_a_key_space_and_the_products_own_is_out_of_reach()
    {
        await SetUpAsync();
        var seeded = await ReceiveAsync(Actor.Product("system", "seed"), "seed-opening-CR-1", 9, reason: StockReason.OpeningBalance, settingUp: true);
        var byUser = await ReceiveAsync(new Actor("keeper", null, null, "user-id-1"), "seed-opening-CR-1", 1);
        var byStation = await ReceiveAsync(StationOne, "seed-opening-CR-1", 1);

        Assert.True(seeded.Succeeded && byUser.Succeeded && byStation.Succeeded);
        Assert.False(byUser.Value!.Replayed || byStation.Value!.Replayed);
        Assert.Equal(1, byUser.Value.Lines.Single().Quantity);
        Assert.Equal((3, 0, 11), await CountsAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_retry_replays_but_the_same_key_with_a_different_body_is_refused_and_changes_nothing(string provider)
    {
        _database = _database.On(provider);
        await SetUpAsync();
        var first = await ReceiveAsync(StationOne, "scan-7", 3, "到货");
        var retry = await ReceiveAsync(StationOne, "scan-7", 3, "到货");
        var otherQuantity = await ReceiveAsync(StationOne, "scan-7", 4, "到货");
        var otherNote = await ReceiveAsync(StationOne, "scan-7", 3, "退货");

        Assert.True(retry.Value!.Replayed);
        Assert.Equal(first.Value!.Number, retry.Value.Number);
        Assert.Equal("IdempotencyKeyReused", otherQuantity.Error?.Code);
        Assert.Equal("IdempotencyKeyReused", otherNote.Error?.Code);
        Assert.Equal((1, 0, 3), await CountsAsync());
    }

    [Theory]
    [InlineData("note", "到货\\u0000")]
    [InlineData("note", "\\u001b[31m到货")]
    [InlineData("note", "到货\\u202e")]
    [InlineData("lot", "L\\u0000-1")]
    [InlineData("lot", "L\\u2066-1")]
    [InlineData("lot", "L\\u0085-1")]
    [InlineData("supplier", "甲\\u001b公司")]
    [InlineData("supplier", "甲\\u202d公司")]
    [InlineData("supplier", "甲\\u007f公司")]
    public async Task Control_and_text_direction_characters_in_posted_text_are_refused_and_nothing_is_stored(string field, string escaped)
    {
        await SetUpAsync();
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);
        var expiry = _database.Clock.Today.AddDays(100);
        var line = new PostingLine(_water, 2, Lot: field == "lot" ? text : "L-1", Expiry: expiry, Supplier: field == "supplier" ? text : "甲公司");

        var outcome = await ReceiveAsync(StationOne, "ctl", 2, field == "note" ? text : "第一行\n\t第二行", line);

        Assert.Equal("TextHasControlCharacters", outcome.Error?.Code);
        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task A_new_lot_that_has_already_expired_is_not_received_but_an_opening_balance_may_record_it()
    {
        await SetUpAsync();
        var expired = new PostingLine(_water, 2, Lot: "OLD", Expiry: _database.Clock.Today.AddDays(-1));

        var received = await ReceiveAsync(StationOne, "old-1", 2, line: expired);
        Assert.Equal("LotAlreadyExpired", received.Error?.Code);
        Assert.Equal((0, 0, 0), await CountsAsync());

        var opening = await ReceiveAsync(Actor.Product("system", "seed"), "opening", 2, line: expired, reason: StockReason.OpeningBalance,
            settingUp: true);
        Assert.True(opening.Succeeded, opening.Error?.Message);
    }

    [Fact]
    public async Task A_serial_longer_than_its_column_is_refused_before_it_reaches_the_database()
    {
        await SetUpAsync();
        var line = new PostingLine(_tent, 1, SerialNumber: new string('S', StockRules.MaxSerialLength + 1));

        var outcome = await ReceiveAsync(StationOne, "long", 1, line: line);

        Assert.Equal("TextTooLong", outcome.Error?.Code);
    }
}
