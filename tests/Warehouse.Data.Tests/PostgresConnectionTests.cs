using Npgsql;

namespace Warehouse.Data.Tests;

/// How the app connects to PostgreSQL: statements it sends again and again are prepared once per connection, unless the
/// operator's connection string says otherwise.
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
}
