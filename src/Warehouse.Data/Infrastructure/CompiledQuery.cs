using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Warehouse.Data.Infrastructure;

/// A query compiled once per model. EF Core binds a compiled query to the model it first ran with and refuses any
/// other, and one process can hold several (the app's pooled contexts and a hand-made one; one per test host),
/// so each model gets its own compiled copy.
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
