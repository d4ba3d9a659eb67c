using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Tests.Shared;
using ZXing;

namespace Warehouse.Web.Tests.Kits;

/// A kit's label carries its WK- code twice, as Code 128 and as QR, and both read back with ZXing.Net.
public sealed partial class KitLabelTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task A_kits_label_reads_back_as_its_code_in_Code_128_and_in_QR()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var kitId = await new KitScenario(factory).StartKitAsync(keeper, "FLOOD-DUTY-PACK");
        await using var db = factory.NewDbContext();
        var code = "WK-" + await db.Kits.Where(k => k.Id == kitId).Select(k => k.Number).SingleAsync();

        var sheet = await keeper.GetStringAsync($"/Labels/Sheet?kind=Kit&ids={kitId}");

        var read = SvgPattern().Matches(sheet).Select(m => SvgRaster.Decode(m.Value)).Select(r => (r?.Format, r?.Text)).ToList();
        Assert.Contains((BarcodeFormat.CODE_128, code), read);
        Assert.Contains((BarcodeFormat.QR_CODE, code), read);
    }

    [GeneratedRegex("<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgPattern();
}
