using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Rafael.Engine.Comptes;
using Rafael.Engine.Persistence;

namespace Rafael.Api.Infrastructure;

/// <summary>
/// Identity's store without its own saves: a command that creates an account and its request commits both in one
/// <c>SaveChanges</c>, with the journal, or neither.
/// </summary>
internal sealed class RafaelUserStore : UserOnlyStore<Compte, RafaelDbContext, Guid>
{
    public RafaelUserStore(RafaelDbContext context, IdentityErrorDescriber? describer = null)
        : base(context, describer)
    {
        AutoSaveChanges = false;
    }
}
