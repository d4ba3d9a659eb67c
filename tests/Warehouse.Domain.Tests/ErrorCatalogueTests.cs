using System.Reflection;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Tests;

public sealed class ErrorCatalogueTests
{
    // A code two factories share on purpose: the same refusal, worded for where it happens.
    private static readonly Dictionary<string, string[]> SharedCodes = new()
    {
        ["IllegalStep"] = ["IllegalStep", "StepNotDoneHere"],
    };

    private static IEnumerable<MethodInfo> Factories() =>
        typeof(Errors).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(DomainError));

    private static DomainError Make(MethodInfo factory) =>
        (DomainError)factory.Invoke(null, factory.GetParameters().Select(p => Dummy(p.ParameterType)).ToArray())!;

    private static object? Dummy(Type type) =>
        type == typeof(string) ? "x"
        : type == typeof(IEnumerable<string>) ? new[] { "x" }
        : Nullable.GetUnderlyingType(type) is not null ? null
        : Activator.CreateInstance(type);

    public static TheoryData<string> FactoryNames() => [.. Factories().Select(m => m.Name).Distinct()];

    [Fact]
    public void The_catalogue_is_found_by_reflection()
    {
        Assert.True(Factories().Count() >= 80);
    }

    [Theory]
    [MemberData(nameof(FactoryNames))]
    public void Every_factory_gives_an_error_with_a_code_a_message_and_a_known_kind(string name)
    {
        foreach (var factory in Factories().Where(m => m.Name == name))
        {
            var error = Make(factory);
            Assert.False(string.IsNullOrWhiteSpace(error.Code));
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            Assert.True(Enum.IsDefined(error.Kind), $"{name} has kind {error.Kind}");
        }
    }

    [Fact]
    public void Each_code_comes_from_one_factory_unless_it_is_a_documented_shared_code()
    {
        var factoriesByCode = Factories().GroupBy(f => Make(f).Code)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Name).Distinct().Order().ToArray());
        foreach (var (code, names) in factoriesByCode.Where(p => p.Value.Length > 1))
            Assert.Equal(SharedCodes.GetValueOrDefault(code, []).Order(), names);
    }

    [Fact]
    public void Each_factory_gives_one_code_whatever_its_arguments()
    {
        foreach (var group in Factories().GroupBy(f => f.Name))
            Assert.Single(group.Select(f => Make(f).Code).Distinct());
    }

    [Theory]
    [InlineData(nameof(Errors.NotEnoughStock), ErrorKind.Conflict)]
    [InlineData(nameof(Errors.Stale), ErrorKind.Conflict)]
    [InlineData(nameof(Errors.DepotNotYours), ErrorKind.Forbidden)]
    [InlineData(nameof(Errors.Forbidden), ErrorKind.Forbidden)]
    [InlineData(nameof(Errors.UnknownCode), ErrorKind.Unprocessable)]
    [InlineData(nameof(Errors.BodyTooLarge), ErrorKind.TooLarge)]
    [InlineData(nameof(Errors.QuantityNotPositive), ErrorKind.Invalid)]
    public void A_factory_states_the_kind_of_its_refusal(string name, ErrorKind kind)
    {
        Assert.Equal(kind, Make(Factories().Single(m => m.Name == name)).Kind);
    }
}
