import ArgumentParser

extension ExitCode {
    /// Some input was skipped; everything else was stored.
    static let skippedInput = ExitCode(1)
    /// The database could not be opened, read or written.
    static let storeFailure = ExitCode(2)
    /// The event, person or article asked for does not exist.
    static let notFound = ExitCode(3)
}
