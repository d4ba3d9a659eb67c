using System.Collections.Frozen;
using System.Reflection;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Api.Documentation;

/// The HTTP status of each code in the Errors catalogue, read off the catalogue itself so the document cannot drift from it.
public static class ErrorStatuses
{
    private static readonly Lazy<FrozenDictionary<string, int>> ByCode = new(Read);

    /// The status a refusal with this code answers, or null when no factory or pipeline refusal has the code.
    public static int? Of(string code) =>
        ByCode.Value.TryGetValue(code, out var status) ? status
        : ApiProblemCatalogue.PipelineCodes.TryGetValue(code, out var pipeline) ? pipeline : null;

    // A factory's kind does not depend on its arguments, so any placeholder serves to build one.
    private static FrozenDictionary<string, int> Read() =>
        typeof(Errors).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(DomainError))
            .Select(m => (DomainError)m.Invoke(null, [.. m.GetParameters().Select(Placeholder)])!)
            .GroupBy(e => e.Code, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => ApiProblems.StatusFor(g.First().Kind), StringComparer.Ordinal);

    private static object? Placeholder(ParameterInfo parameter) =>
        parameter.ParameterType == typeof(string) ? "…"
        : parameter.ParameterType.IsAssignableFrom(typeof(string[])) ? Array.Empty<string>()
        : parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType)
        : null;
}
