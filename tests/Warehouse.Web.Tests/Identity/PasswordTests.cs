using System.Buffers.Binary;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Data.Identity;

namespace Warehouse.Web.Tests.Identity;

public sealed class PasswordTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task An_old_100000_iteration_hash_is_rehashed_with_210000_at_the_next_sign_in()
    {
        var old = new PasswordHasher<WarehouseUser>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }))
            .HashPassword(new WarehouseUser(), WarehouseFactory.Password);
        await using (var db = factory.NewDbContext())
            await db.Users.Where(u => u.UserName == "auditor").ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, old));
        Assert.Equal(100_000, Iterations(old));

        var response = await IdentityFactory.LoginAsync(factory.ClientFrom("10.4.0.1"), "auditor", WarehouseFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var after = factory.NewDbContext();
        var stored = await after.Users.Where(u => u.UserName == "auditor").Select(u => u.PasswordHash).SingleAsync();
        Assert.Equal(210_000, Iterations(stored!));
    }

    [Theory]
    [InlineData("Short@2026", "密码至少需要 12 个字符")]
    [InlineData("Keeper@Keeper2026", "密码不能包含用户名")]
    public async Task A_new_password_too_short_or_containing_the_user_name_is_refused_in_the_users_language(string password, string message)
    {
        var client = factory.ClientFrom("10.4.0.2");
        await IdentityFactory.LoginAsync(client, "keeper", WarehouseFactory.Password);

        var response = await client.PostFormAsync("/Account/Password", "/Account/Password",
            new() { ["Current"] = WarehouseFactory.Password, ["New"] = password, ["Confirm"] = password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    // Format v3: marker byte, PRF (4 bytes), iteration count (4 bytes, big-endian), salt length, salt, subkey.
    private static int Iterations(string hash) => (int)BinaryPrimitives.ReadUInt32BigEndian(Convert.FromBase64String(hash).AsSpan(5, 4));
}
