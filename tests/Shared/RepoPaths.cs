namespace AlipayInStore.Testing;

/// <summary>Finds the project root and the test vectors kept in the tree.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The project's byte-identical copy of the published vectors (tests/vectors), read as they are.</summary>
    public static string Vectors
    {
        get
        {
            var dir = Path.Combine(Root, "tests", "vectors");
            if (!Directory.Exists(dir))
            {
                throw new DirectoryNotFoundException($"The test vectors are missing: expected them at {dir}.");
            }
            return dir;
        }
    }

    /// <summary>The published vectors in ../shared/vectors beside the project root, or null where that folder is absent (a bare clone).</summary>
    public static string? SharedVectors
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(Root, "..", "shared", "vectors"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    public static string Vector(string name) => Path.Combine(Vectors, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlipayInStore.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Cannot find AlipayInStore.slnx above " + AppContext.BaseDirectory);
    }
}
