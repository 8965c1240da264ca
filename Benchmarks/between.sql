-- The best plain SQL for `parley meetings --between A --and B --status any`: the events both people
-- took part in (?1, ?2 are their person ids), with the columns the command shows, newest first.
SELECT e.id, e.type, e.status, e.date, e.date_precision, e.place, e.city, e.country, e.confidence,
       (SELECT count(*) FROM event_sources s WHERE s.event = e.id),
       (SELECT s.evidence FROM event_sources s WHERE s.event = e.id
         ORDER BY s.confidence DESC, length(s.evidence) DESC, s.evidence LIMIT 1),
       (SELECT group_concat(name, '; ') FROM (SELECT p.name FROM event_participants ep JOIN people p ON p.id = ep.person
         WHERE ep.event = e.id ORDER BY p.name, p.id)),
       (SELECT group_concat(country, '; ') FROM (SELECT coalesce(c.name, ep.country, '') AS country FROM event_participants ep
         JOIN people p ON p.id = ep.person LEFT JOIN countries c ON c.code = ep.country WHERE ep.event = e.id ORDER BY p.name, p.id))
FROM event_participants a
JOIN event_participants b ON b.event = a.event AND b.person = ?2
JOIN events e ON e.id = a.event
WHERE a.person = ?1
ORDER BY e.date IS NULL, e.date DESC, e.id DESC
