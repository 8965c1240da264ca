import Foundation
import PackagePlugin

/// Embeds the package's `Migrations/*.sql` and `seeds/*.tsv` in the target as
/// Swift string literals, so that the built `parley` binary needs no files
/// beside it and works from any directory.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let groups: [(name: String, folder: String, suffix: String)] = [
            ("migrations", "Migrations", ".sql"),
            ("seeds", "seeds", ".tsv"),
        ]
        var arguments: [String] = []
        var inputs: [URL] = []
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        arguments.append(output.path)
        for group in groups {
            let folder = root.appending(path: group.folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            arguments.append("--group")
            arguments.append(group.name)
            for name in names.sorted() where name.hasSuffix(group.suffix) {
                let file = folder.appending(path: name)
                inputs.append(file)
                arguments.append(file.path)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) migration and seed files",
                executable: try context.tool(named: "embed-files").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
