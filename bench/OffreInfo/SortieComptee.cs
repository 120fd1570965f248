using System.Security.Cryptography;

namespace Rafael.Bench.OffreInfo;

/// <summary>An output that keeps nothing: it counts the bytes and, when asked, hashes them to compare two writers.</summary>
public sealed class SortieComptee(bool hacher) : Stream
{
    private readonly IncrementalHash? _hash = hacher ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;

    public long Octets { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => Octets;

    public override long Position { get => Octets; set => throw new NotSupportedException(); }

    public string Empreinte() => _hash is null ? string.Empty : Convert.ToHexString(_hash.GetHashAndReset());

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Octets += buffer.Length;
        _hash?.AppendData(buffer);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash?.Dispose();
        }

        base.Dispose(disposing);
    }
}
