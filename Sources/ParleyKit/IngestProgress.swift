/// How far an ingest run has come, for a progress line.
public struct IngestProgress: Sendable {
    /// Inputs handled so far: articles stored, duplicates skipped and inputs that could not be read.
    public var inputs: Int
    /// Bytes of article text handled so far.
    public var bytes: Int
    /// Seconds since the run started.
    public var elapsed: Double

    public init(inputs: Int, bytes: Int, elapsed: Double) {
        self.inputs = inputs
        self.bytes = bytes
        self.elapsed = elapsed
    }
}
