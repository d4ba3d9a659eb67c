using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;

namespace Warehouse.Web.Tests.Architecture;

/// Controllers bind, call one service and return: the database is reached through the feature's services.
public sealed class ThinControllerTests
{
    private static readonly Type[] Controllers = typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(ControllerBase).IsAssignableFrom(t))
        .ToArray();

    [Fact]
    public void The_web_assembly_has_controllers_to_check() =>
        Assert.True(Controllers.Length > 20, $"only {Controllers.Length} controllers found");

    [Fact]
    public void No_controller_takes_the_database_context_in_its_constructor()
    {
        var offenders = Controllers
            .SelectMany(c => c.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .SelectMany(k => k.GetParameters())
                .Where(p => IsDatabase(p.ParameterType))
                .Select(p => $"{c.Name}({p.ParameterType.Name} {p.Name})"))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void No_controller_action_takes_or_holds_the_database_context()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static
            | BindingFlags.DeclaredOnly;
        var offenders = Controllers
            .SelectMany(c => c.GetMethods(all).SelectMany(m => m.GetParameters()).Where(p => IsDatabase(p.ParameterType))
                .Select(p => $"{c.Name}.{p.Member.Name}({p.ParameterType.Name})")
                .Concat(c.GetFields(all).Where(f => IsDatabase(f.FieldType)).Select(f => $"{c.Name}.{f.Name}"))
                .Concat(c.GetProperties(all).Where(p => IsDatabase(p.PropertyType)).Select(p => $"{c.Name}.{p.Name}")))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_check_recognises_the_database_context_and_its_sets()
    {
        Assert.True(IsDatabase(typeof(SqliteWarehouseDbContext)));
        Assert.True(IsDatabase(typeof(DbSet<Warehouse.Domain.Catalog.Item>)));
        Assert.False(IsDatabase(typeof(string)));
    }

    private static bool IsDatabase(Type type) =>
        typeof(DbContext).IsAssignableFrom(type)
        || type.IsGenericType && type.GetGenericTypeDefinition() == typeof(DbSet<>);
}
