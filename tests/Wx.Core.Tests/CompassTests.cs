using Wx.Core.Wind;

namespace Wx.Core.Tests;

public sealed class CompassTests
{
    [Fact]
    public void Mean_across_north_is_north()
    {
        Assert.Equal(0.0, Compass.Mean([358, 2]));
    }

    [Theory]
    [InlineData(new double[] { 350, 10, 30 }, 10)]
    [InlineData(new double[] { 90, 180 }, 135)]
    [InlineData(new double[] { 270 }, 270)]
    [InlineData(new double[] { 360, 0 }, 0)]
    public void Mean_is_circular(double[] degrees, double expected)
    {
        Assert.Equal(expected, Compass.Mean(degrees)!.Value, 6);
    }

    [Fact]
    public void Mean_of_opposites_is_undefined()
    {
        Assert.Null(Compass.Mean([90, 270]));
        Assert.Null(Compass.Mean([]));
    }

    [Theory]
    [InlineData(0, "N")]
    [InlineData(11.24, "N")]
    [InlineData(11.25, "NNE")]
    [InlineData(225, "SW")]
    [InlineData(250, "WSW")]
    [InlineData(348.75, "N")]
    [InlineData(348.74, "NNW")]
    [InlineData(360, "N")]
    public void Point_names_follow_sixteen_sectors(double degrees, string expected)
    {
        Assert.Equal(expected, Compass.PointName(degrees));
    }

    [Theory]
    [InlineData(360, 0)]
    [InlineData(-90, 270)]
    [InlineData(720.5, 0.5)]
    public void Normalize_maps_into_range(double degrees, double expected)
    {
        Assert.Equal(expected, Compass.Normalize(degrees), 9);
    }

    [Fact]
    public void Direction_rejects_nan()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WindDirection.FromDegrees(double.NaN));
    }

    [Fact]
    public void Difference_wraps_around_north()
    {
        Assert.Equal(4, Compass.Difference(358, 2), 9);
        Assert.Equal(180, Compass.Difference(90, 270), 9);
    }
}
