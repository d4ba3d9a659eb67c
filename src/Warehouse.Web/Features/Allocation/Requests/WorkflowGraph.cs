using System.Text;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Counting;

namespace Warehouse.Web.Features.Allocation.Requests;

/// The workflow graph as Mermaid in the page's language: the machine's own arrows, each state, trigger and guard
/// named by its resource. State ids stay the code's names so the arrows join up; only the labels are translated.
public static class WorkflowGraph
{
    /// The Mermaid text of the graph, its labels read through the localizer.
    public static string Mermaid(IStringLocalizer localizer)
    {
        var text = new StringBuilder("stateDiagram-v2\n");
        foreach (var state in Enum.GetValues<RequestState>())
            text.Append($"\tstate \"{Label(localizer[$"State.{state}"])}\" as {state}\n");
        foreach (var edge in AllocationWorkflow.Edges())
        {
            var guards = string.Concat(edge.Guards.Select(g => $" [{Label(localizer[g])}]"));
            text.Append($"\t{edge.From} --> {edge.To} : {Label(localizer[$"Trigger.{edge.Trigger}"])}{guards}\n");
        }
        return text.Append($"[*] --> {AllocationWorkflow.Initial}").ToString();
    }

    /// The count's graph the same way: its states and triggers named by their resources.
    public static string CountMermaid(IStringLocalizer localizer)
    {
        var text = new StringBuilder("stateDiagram-v2\n");
        foreach (var state in Enum.GetValues<CountState>())
            text.Append($"\tstate \"{Label(localizer[$"CountState.{state}"])}\" as {state}\n");
        foreach (var (from, trigger, to) in CountWorkflow.Edges())
            text.Append($"\t{from} --> {to} : {Label(localizer[$"CountTrigger.{trigger}"])}\n");
        return text.Append($"[*] --> {CountState.Planned}").ToString();
    }

    // Mermaid ends a statement at ';' and a label at '"'; neither belongs in a label.
    private static string Label(string text) => text.Replace(';', ',').Replace('"', '\'');
}
