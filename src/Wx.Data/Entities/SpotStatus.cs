namespace Wx.Data.Entities;

/// <summary>Refresh state of a spot, stored as its name.</summary>
public enum SpotStatus
{
    /// <summary>The spot is refreshed on its normal schedule; the last refresh may still have failed once.</summary>
    Active,

    /// <summary>The site answered that the spot does not exist, so wx stops refreshing it until asked again.</summary>
    NotFound,

    /// <summary>The spot needs a login that failed or expired; refreshes wait until the site's login works again.</summary>
    LoginPaused,

    /// <summary>Refreshes failed several times in a row and are retried with a longer delay.</summary>
    Failing,
}
