using Npgsql;

namespace Warehouse.Data.Tests;

/// How the app connects to PostgreSQL: statements it sends again and again are prepared once per connection, and a pooled
/// connection is handed back without a session reset, unless the operator's connection string says otherwise.
public sealed class PostgresConnectionTests
{
    [Fact]
    public void A_server_connection_prepares_the_statements_a_posting_repeats()
    {
        var used = new NpgsqlConnectionStringBuilder(
            DataServiceCollectionExtensions.WithAutoPrepare("Host=127.0.0.1;Port=5432;Username=warehouse;Database=warehouse"));

        Assert.True(used.MaxAutoPrepare > 0);
        Assert.Equal("warehouse", used.Database);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Database=warehouse;Max Auto Prepare=0", 0)]
    [InlineData("Host=127.0.0.1;Database=warehouse;MaxAutoPrepare=7", 7)]
    public void A_connection_string_that_sets_its_own_preparing_keeps_it(string connectionString, int expected)
    {
        var used = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.WithAutoPrepare(connectionString));

        Assert.Equal(expected, used.MaxAutoPrepare);
    }

    [Fact]
    public void A_server_connection_goes_back_to_the_pool_without_a_session_reset()
    {
        var used = new NpgsqlConnectionStringBuilder(
            DataServiceCollectionExtensions.WithoutSessionReset("Host=127.0.0.1;Port=5432;Username=warehouse;Database=warehouse"));

        Assert.True(used.NoResetOnClose);
        Assert.Equal("warehouse", used.Username);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Database=warehouse;No Reset On Close=false")]
    [InlineData("Host=127.0.0.1;Database=warehouse;NoResetOnClose=false")]
    public void A_connection_string_that_asks_for_the_reset_keeps_it(string connectionString)
    {
        var used = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.WithoutSessionReset(connectionString));

        Assert.False(used.NoResetOnClose);
    }
}
