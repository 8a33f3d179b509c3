using Wx.FixtureSite.Replay;
using Wx.Testing;

namespace Wx.FixtureSite.Tests;

public sealed class BuoyDataTests
{
    private const string Header =
        "#YY  MM DD hh mm WDIR WSPD GST  WVHT   DPD   APD MWD   PRES  ATMP  WTMP  DEWP  VIS PTDY  TIDE\n" +
        "#yr  mo dy hr mn degT m/s  m/s     m   sec   sec degT   hPa  degC  degC  degC  nmi  hPa    ft\n";

    // Lines of Data/ndbc-44013.txt, newest first as NOAA publishes them. The 12:40 line has no wind at all.
    private const string Lines =
        "2022 06 04 13 00  MM  0.0  1.0    MM    MM    MM  MM 1013.1    MM  14.1    MM   MM   MM    MM\n" +
        "2022 06 04 12 50  MM  0.0  1.0   0.4    MM   4.1 101 1013.0    MM    MM    MM   MM   MM    MM\n" +
        "2022 06 04 12 40  MM   MM   MM   0.4     5    MM  MM     MM    MM  14.1    MM   MM   MM    MM\n" +
        "2022 06 04 12 30  30  1.0  3.0    MM    MM    MM  MM 1013.0    MM  14.1    MM   MM   MM    MM\n" +
        "2022 06 04 12 20  30  2.0  3.0    MM    MM    MM  MM 1012.8    MM  14.1    MM   MM   MM    MM\n";

    private static BuoyData Sample() => BuoyData.Parse(Header + Lines, "44013");

    [Fact]
    public void Missing_values_become_null()
    {
        var data = Sample();
        var gap = data.Records.Single(record => record.Time == TestTime.Utc("2022-06-04T12:40:00Z"));

        Assert.Null(gap.WindDirectionDegrees);
        Assert.Null(gap.WindSpeedMps);
        Assert.Null(gap.GustMps);
        Assert.Null(gap.PressureHpa);
        Assert.Null(gap.AirTemperatureC);
        Assert.Equal(14.1, gap.WaterTemperatureC);
    }

    [Fact]
    public void Zero_speed_stays_zero()
    {
        var calm = Sample().Records.Single(record => record.Time == TestTime.Utc("2022-06-04T13:00:00Z"));

        Assert.Equal(0.0, calm.WindSpeedMps);
        Assert.Null(calm.WindDirectionDegrees);
        Assert.Equal(1.0, calm.GustMps);
        Assert.Equal(1013.1, calm.PressureHpa);
    }

    [Fact]
    public void Records_are_oldest_first()
    {
        var data = Sample();

        Assert.Equal(5, data.Records.Count);
        Assert.Equal(TestTime.Utc("2022-06-04T12:20:00Z"), data.FirstObservation);
        Assert.Equal(TestTime.Utc("2022-06-04T13:00:00Z"), data.LastObservation);
        for (var index = 1; index < data.Records.Count; index++)
        {
            Assert.True(data.Records[index - 1].Time < data.Records[index].Time, $"Record {index} is not later than record {index - 1}.");
        }
    }

    [Fact]
    public void Embedded_recording_is_ordered()
    {
        var data = BuoyData.LoadEmbedded();

        // Data/ndbc-44013.txt has 6,508 observation lines, newest 2022-06-05 13:00 and oldest 2022-04-21 00:00.
        Assert.Equal("44013", data.StationId);
        Assert.Equal(6508, data.Records.Count);
        Assert.Equal(TestTime.Utc("2022-04-21T00:00:00Z"), data.FirstObservation);
        Assert.Equal(TestTime.Utc("2022-06-05T13:00:00Z"), data.LastObservation);
        for (var index = 1; index < data.Records.Count; index++)
        {
            Assert.True(data.Records[index - 1].Time < data.Records[index].Time, $"Record {index} is not later than record {index - 1}.");
        }

        // The recording has no air temperature at all.
        Assert.All(data.Records, record => Assert.Null(record.AirTemperatureC));
    }

    [Fact]
    public void Duplicate_time_keeps_first_line()
    {
        var text = Header +
            "2022 06 04 12 30  30  1.0  3.0    MM    MM    MM  MM 1013.0    MM  14.1    MM   MM   MM    MM\n" +
            "2022 06 04 12 30  40  5.0  6.0    MM    MM    MM  MM 1013.0    MM  14.1    MM   MM   MM    MM\n";

        var record = Assert.Single(BuoyData.Parse(text, "44013").Records);

        Assert.Equal(30, record.WindDirectionDegrees);
        Assert.Equal(1.0, record.WindSpeedMps);
    }

    [Fact]
    public void Current_at_exact_time()
    {
        var record = Sample().CurrentAt(TestTime.Utc("2022-06-04T12:30:00Z"));

        Assert.Equal(TestTime.Utc("2022-06-04T12:30:00Z"), record?.Time);
    }

    [Fact]
    public void Current_at_takes_record_before()
    {
        var record = Sample().CurrentAt(TestTime.Utc("2022-06-04T12:29:59Z"));

        Assert.Equal(TestTime.Utc("2022-06-04T12:20:00Z"), record?.Time);
    }

    [Fact]
    public void Current_at_skips_missing_speed()
    {
        // 12:40 has WSPD MM, so at 12:45 the current record is 12:30.
        var record = Sample().CurrentAt(TestTime.Utc("2022-06-04T12:45:00Z"));

        Assert.Equal(TestTime.Utc("2022-06-04T12:30:00Z"), record?.Time);
        Assert.Equal(1.0, record?.WindSpeedMps);
    }

    [Fact]
    public void Current_at_outside_recording_is_null()
    {
        var data = Sample();

        Assert.Null(data.CurrentAt(TestTime.Utc("2022-06-04T12:19:59Z")));
        Assert.Equal(TestTime.Utc("2022-06-04T13:00:00Z"), data.CurrentAt(TestTime.Utc("2022-06-04T14:00:00Z"))?.Time);
        Assert.Null(data.CurrentAt(TestTime.Utc("2022-06-04T14:00:01Z")));
    }

    [Fact]
    public void Lull_is_minimum_of_half_hour()
    {
        var data = Sample();
        var at1230 = data.CurrentAt(TestTime.Utc("2022-06-04T12:30:00Z"))!;
        var at1300 = data.CurrentAt(TestTime.Utc("2022-06-04T13:00:00Z"))!;

        Assert.Equal(1.0, data.LullAt(at1230));
        Assert.Equal(0.0, data.LullAt(at1300));
    }

    [Fact]
    public void Absent_column_reads_as_missing()
    {
        var text = "#YY  MM DD hh mm WSPD\n2022 06 04 12 30  4.0\n";

        var record = Assert.Single(BuoyData.Parse(text, "44013").Records);

        Assert.Equal(4.0, record.WindSpeedMps);
        Assert.Null(record.WindDirectionDegrees);
        Assert.Null(record.PressureHpa);
    }

    [Theory]
    [InlineData("2022 06 04 12 30  4.0\n")]
    [InlineData("#YY  MM DD hh mm WSPD\n2022 06 04 12 30  x.y\n")]
    [InlineData("#YY  MM DD hh mm WSPD\n2022 06 04 12\n")]
    [InlineData("#YY  MM DD hh mm WSPD\n2022 13 04 12 30  4.0\n")]
    [InlineData("#YY  MM DD hh WSPD\n2022 06 04 12  4.0\n")]
    [InlineData("#YY  MM DD hh mm WSPD\n")]
    public void Invalid_text_is_rejected(string text)
    {
        Assert.Throws<FormatException>(() => BuoyData.Parse(text, "44013"));
    }
}
