import ParleyExtract

extension Store {
    /// The keys of every person on record, for checking a user's aliases and roles files.
    public func personKeys() throws -> Set<String> {
        Set(try database.cachedStatement("SELECT key FROM people").rows { $0.string(0) })
    }

    /// Loads a user's people, aliases and roles (tagged `source = 'user'`) in
    /// one transaction, and says item by item what changed. A person whose key
    /// is on record is renamed when the name differs; a role already on record
    /// with the same start gets the new end date. Events already stored keep
    /// their participants: nothing is re-resolved.
    public func loadUserSeeds(_ data: ReferenceData) throws -> SeedChanges {
        try database.inTransaction {
            var changes = SeedChanges()
            let findPerson = try database.cachedStatement("SELECT id, name FROM people WHERE key = ?")
            var names: [String: String] = [:]
            var seenPeople = Set<String>()
            for person in data.people where seenPeople.insert(person.key).inserted {
                if let (_, name) = try findPerson.firstRow([person.key], { ($0.int(0), $0.string(1)) }) {
                    if name != person.name {
                        changes.peopleRenamed.append(.init(key: person.key, from: name, to: person.name))
                    } else {
                        changes.unchanged += 1
                    }
                } else {
                    changes.peopleAdded.append(person.name)
                }
                names[person.key] = person.name
            }
            func name(_ key: String) throws -> String {
                if let name = names[key] { return name }
                let name = try findPerson.firstRow([key]) { $0.string(1) } ?? key
                names[key] = name
                return name
            }
            let aliasKnown = try database.cachedStatement(
                "SELECT 1 FROM aliases a JOIN people p ON p.id = a.person WHERE p.key = ? AND a.alias = ? AND a.lang = ?")
            var seenAliases = Set<ReferenceData.Alias>()
            for alias in data.aliases where seenAliases.insert(alias).inserted {
                if try aliasKnown.firstRow([alias.person, alias.alias, alias.lang], { _ in true }) == true {
                    changes.unchanged += 1
                } else {
                    changes.aliasesAdded.append(.init(person: try name(alias.person), alias: alias.alias, lang: alias.lang))
                }
            }
            // Roles: new ones go through load(_:source:); a known role (same person, office, country and start) may get a new end.
            let roleKnown = try database.cachedStatement(
                """
                SELECT r.id, r.end_date FROM roles r JOIN people p ON p.id = r.person
                WHERE p.key = ? AND r.office = ? AND r.country = ? AND r.start_date IS ?
                ORDER BY r.id LIMIT 1
                """)
            let setEnd = try database.cachedStatement("UPDATE roles SET end_date = ?, source = 'user' WHERE id = ?")
            var newRoles: [ReferenceData.Role] = []
            var seenRoles = Set<ReferenceData.Role>()
            for role in data.roles where seenRoles.insert(role).inserted {
                let start = role.start?.description, end = role.end?.description
                let change = SeedChanges.Role(person: try name(role.person), office: role.office, country: role.country,
                                              start: start, end: end, previousEnd: nil)
                if let (id, oldEnd) = try roleKnown.firstRow([role.person, role.office, role.country, start], { ($0.int(0), $0.optionalString(1)) }) {
                    if oldEnd == end {
                        changes.unchanged += 1
                    } else {
                        try setEnd.execute([end, id])
                        changes.rolesChanged.append(.init(person: change.person, office: role.office, country: role.country,
                                                          start: start, end: end, previousEnd: .some(oldEnd)))
                    }
                } else if !newRoles.contains(where: { $0.person == role.person && $0.office == role.office && $0.country == role.country && $0.start == role.start }) {
                    newRoles.append(role)
                    changes.rolesAdded.append(change)
                }
            }
            var load = data
            load.roles = newRoles
            _ = try self.load(load, source: "user")
            return changes
        }
    }
}
