import ParleyStore

/// What `parley seed` changed, item by item.
public enum SeedChangeReport {
    public static func text(_ changes: SeedChanges) -> String {
        var lines: [String] = []
        func role(_ role: SeedChanges.Role) -> String {
            "\(role.person): \(role.office) of \(role.country), \(role.start ?? "…") – \(role.end ?? "")"
        }
        for name in changes.peopleAdded { lines.append("added person \(name)") }
        for rename in changes.peopleRenamed { lines.append("renamed \(rename.key): \(rename.from) → \(rename.to)") }
        for alias in changes.aliasesAdded {
            lines.append("added alias \(alias.alias)\(alias.lang == "*" ? "" : " [\(alias.lang)]") for \(alias.person)")
        }
        for added in changes.rolesAdded { lines.append("added role " + role(added)) }
        for changed in changes.rolesChanged {
            let before = changed.previousEnd.map { $0 ?? "still held" } ?? ""
            lines.append("changed role " + role(changed) + " (end was \(before))")
        }
        func count(_ n: Int, _ word: String, _ plural: String? = nil) -> String { "\(n) \(n == 1 ? word : plural ?? word + "s")" }
        lines.append("\(count(changes.peopleAdded.count, "person", "people")) added, \(changes.peopleRenamed.count) renamed, "
                     + "\(count(changes.aliasesAdded.count, "alias", "aliases")) added, \(count(changes.rolesAdded.count, "role")) added, "
                     + "\(changes.rolesChanged.count) changed, \(changes.unchanged) already on record")
        if !changes.isEmpty {
            lines.append("Events already stored keep their participants; articles ingested from now on use these names and roles.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
