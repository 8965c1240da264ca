import ParleyStore

/// `parley people`: the matching people with aliases and dated roles.
public enum PersonProfileReport {
    public static func text(_ profiles: [PersonProfile]) -> String {
        var blocks: [String] = []
        for profile in profiles {
            var lines = ["\(profile.name)  (key \(profile.key), from \(profile.source))"]
            if profile.aliases.isEmpty {
                lines.append("  Aliases: none")
            } else {
                lines.append("  Aliases: " + profile.aliases.map { $0.lang == "*" ? $0.alias : "\($0.alias) [\($0.lang)]" }.joined(separator: ", "))
            }
            if profile.roles.isEmpty {
                lines.append("  Roles:   none on record")
            } else {
                lines.append("  Roles:")
                for role in profile.roles {
                    let span = "\(role.start ?? "…") – \(role.end ?? "")"
                    lines.append("    \(span.padding(toLength: 25, withPad: " ", startingAt: 0))\(role.office.replacingOccurrences(of: "_", with: " ")), \(role.country)")
                }
            }
            let range = profile.firstEvent.map { first in first == profile.lastEvent ? first : "\(first) to \(profile.lastEvent ?? "")" }
            lines.append("  Events:  \(profile.events)" + (range.map { " (\($0))" } ?? ""))
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    public static func json(_ profiles: [PersonProfile]) throws -> String {
        try ReportJSON.text(profiles.map { profile -> [String: Any] in
            ["key": profile.key, "name": profile.name, "source": profile.source,
             "aliases": profile.aliases.map { ["alias": $0.alias, "lang": $0.lang, "source": $0.source] },
             "roles": profile.roles.map { role -> [String: Any] in
                 ["office": role.office, "country_code": role.countryCode, "country": role.country,
                  "start": ReportJSON.nullable(role.start), "end": ReportJSON.nullable(role.end), "source": role.source]
             },
             "events": profile.events, "first_event": ReportJSON.nullable(profile.firstEvent), "last_event": ReportJSON.nullable(profile.lastEvent)]
        })
    }
}
