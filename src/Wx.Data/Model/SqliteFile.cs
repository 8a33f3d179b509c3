namespace Wx.Data.Model;

/// <summary>Creates the default SQLite file so that only its owner can read it.</summary>
internal static class SqliteFile
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates the folder of <paramref name="path"/> with mode 0700 and an empty file with mode 0600 when
    /// they are missing (on Windows with default rights). An existing folder or file keeps its mode.
    /// Returns true.
    /// </summary>
    public static bool Prepare(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, FolderMode);
            }
        }

        if (!File.Exists(path))
        {
            var fileOptions = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                fileOptions.UnixCreateMode = FileMode;
            }

            try
            {
                // SQLite treats an empty file as an empty database, and its journal files copy this file's mode.
                using var stream = new FileStream(path, fileOptions);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created the file first.
            }
        }

        return true;
    }
}
