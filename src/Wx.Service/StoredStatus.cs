using Wx.Contracts;
using Wx.Data.Entities;

namespace Wx.Service;

/// <summary>Maps the refresh state stored in the database to the state a spot reports before it refreshes again.</summary>
public static class StoredStatus
{
    /// <summary>Returns the state of a spot that is loaded from the database and not refreshing yet.</summary>
    public static SpotRefreshStatus ToRefreshStatus(SpotStatus status) => status switch
    {
        SpotStatus.NotFound => SpotRefreshStatus.NotFound,
        SpotStatus.LoginPaused => SpotRefreshStatus.LoginPaused,
        SpotStatus.Failing => SpotRefreshStatus.Failing,
        _ => SpotRefreshStatus.Idle,
    };

    /// <summary>Returns the status to store for a spot in <paramref name="status"/>; idle and active spots are both stored as active.</summary>
    public static SpotStatus ToStoredStatus(SpotRefreshStatus status) => status switch
    {
        SpotRefreshStatus.NotFound => SpotStatus.NotFound,
        SpotRefreshStatus.LoginPaused => SpotStatus.LoginPaused,
        SpotRefreshStatus.Failing => SpotStatus.Failing,
        _ => SpotStatus.Active,
    };
}
