/// An ingest run that stopped on a database error. The batch being written
/// was rolled back as a whole; every batch committed before it is intact and
/// counted in `committed`, so ingesting the same input again adds the rest.
public struct IngestStopped: Error, CustomStringConvertible {
    /// The error that stopped the run.
    public let underlying: any Error
    /// What the committed batches hold.
    public let committed: IngestSummary

    public init(underlying: any Error, committed: IngestSummary) {
        self.underlying = underlying
        self.committed = committed
    }

    public var description: String { "\(underlying)" }
}
