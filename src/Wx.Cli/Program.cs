using Wx.Cli;
using Wx.Cli.Infrastructure;

using var interrupt = new Interrupt();
var app = WxApp.Create();
try
{
    return await app.RunAsync(args, interrupt.Token);
}
catch (Exception exception)
{
    return ErrorReporter.Report(exception, args.Contains("--verbose"), interrupt.IsRequested, Console.Error);
}
