-- What `parley export events --status any` writes, as one query for `sqlite3 -csv -header`:
-- the same columns, the same join and the same order.
SELECT e.id AS event_id, e.type, e.status, e.date, e.date_precision, e.place, e.city, e.country,
       (SELECT group_concat(name, '; ') FROM (SELECT p.name FROM event_participants ep JOIN people p ON p.id = ep.person
         WHERE ep.event = e.id ORDER BY p.name, p.id)) AS participants,
       (SELECT group_concat(country, '; ') FROM (SELECT coalesce(c.name, ep.country, '') AS country FROM event_participants ep
         JOIN people p ON p.id = ep.person LEFT JOIN countries c ON c.code = ep.country WHERE ep.event = e.id ORDER BY p.name, p.id))
         AS participant_countries,
       printf('%.2f', e.confidence) AS confidence,
       (SELECT count(*) FROM event_sources s WHERE s.event = e.id) AS sources,
       (SELECT s.evidence FROM event_sources s WHERE s.event = e.id
         ORDER BY s.confidence DESC, length(s.evidence) DESC, s.evidence LIMIT 1) AS evidence
FROM events e
ORDER BY e.date IS NULL, e.date DESC, e.id DESC;
