import Foundation

/// Runs the built `parley` binary, as a user would.
struct ParleyProcess {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `parley` binary built beside this test bundle (`swift build --product parley` before `swift test`,
    /// as `make test` does), whatever the scratch path; `$PARLEY_BINARY` overrides it.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["PARLEY_BINARY"] { return URL(fileURLWithPath: path) }
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var candidates = [testBinary.deletingLastPathComponent().appendingPathComponent("parley")]
        for configuration in ["debug", "release"] {
            candidates.append(packageRoot.appendingPathComponent(".build/\(configuration)/parley"))
        }
        for url in candidates where FileManager.default.isExecutableFile(atPath: url.path) { return url }
        fatalError("build parley first (make test does): looked for \(candidates.map(\.path))")
    }()

    /// The shared seed article folder beside the repository.
    static let sharedSeeds = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static var hasSharedSeeds: Bool { FileManager.default.fileExists(atPath: sharedSeeds.appendingPathComponent("000_377b6f0455a9d7af.txt").path) }

    /// A file or folder under Tests/Fixtures.
    static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name).path
    }

    @discardableResult
    static func run(_ arguments: [String], binary: URL = binary, in directory: URL? = nil, environment: [String: String] = [:],
                    input: String? = nil, prefix: [String] = []) throws -> Output {
        let process = Process()
        if prefix.isEmpty {
            process.executableURL = binary
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + [binary.path] + arguments
        }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "PARLEY_DB")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A fresh temporary folder, removed by `cleanup()`.
struct Scratch {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var db: String { url.appendingPathComponent("test.db").path }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    func cleanup() {
        try? FileManager.default.removeItem(at: url)
    }
}
