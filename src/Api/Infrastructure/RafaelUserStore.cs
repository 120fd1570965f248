using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>
    /// The base store attaches the user again at each update, which, for a user already tracked and changed, takes the
    /// unsaved values as the database's: a second update in the same command (reset password, then unlock) would then
    /// fail its concurrency check. Here a tracked user stays as it is; the command's one save checks the stamp read.
    /// </summary>
    public override Task<IdentityResult> UpdateAsync(Compte user, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(user);
        if (Context.Entry(user).State == EntityState.Detached)
        {
            Context.Update(user);
        }

        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        return Task.FromResult(IdentityResult.Success);
    }
}
