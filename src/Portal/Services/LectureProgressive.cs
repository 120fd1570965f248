namespace Rafael.Portal.Services;

/// <summary>Reads a stream while reporting the share already read, so that a long import shows its progress.</summary>
public sealed class LectureProgressive(Stream source, long taille, Action<double> progression) : Stream
{
    private long lus;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => taille;

    public override long Position { get => lus; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Compter(source.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Compter(await source.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            source.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Compter(int n)
    {
        lus += n;
        progression(taille == 0 ? 1 : (double)lus / taille);
        return n;
    }
}
