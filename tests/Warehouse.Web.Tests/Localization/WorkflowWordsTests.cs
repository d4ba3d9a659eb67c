using Warehouse.Domain.Allocation;

namespace Warehouse.Web.Tests.Localization;

/// The workflow's states, triggers and guard sentences all have their Chinese words.
public sealed class WorkflowWordsTests
{
    [Fact]
    public void Every_state_trigger_guard_and_refusal_of_the_workflow_has_a_chinese_resource()
    {
        var chinese = ResourceFiles.Load("zh-CN");
        var request = new AllocationRequest("SQ1", "dept", 7, DateTime.UtcNow);
        var actor = new WorkflowActor("x", new HashSet<string>(), [], null);
        var words = Enum.GetValues<RequestState>().Select(s => $"State.{s}")
            .Concat(Enum.GetValues<RequestTrigger>().Select(t => $"Trigger.{t}"))
            .Concat(AllocationWorkflow.Edges().SelectMany(e => e.Guards))
            .Concat(Enum.GetValues<RequestTrigger>().Select(t => AllocationWorkflow.Authority(t, request, actor).Refusal));

        var missing = words.Distinct().Where(w => !chinese.ContainsKey(w)).ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }
}
