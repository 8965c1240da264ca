-- Indexes for the reports and query filters of `parley meetings` / `parley export`.

-- --country (a participant's country) and role phrases (office held for a country on the event's date).
CREATE INDEX event_participants_country ON event_participants(country, office, event);

-- --place: the distinct places and cities events took place in, read from the index alone.
CREATE INDEX events_place ON events(place, city);

-- --place: the aliases of a place, by its English name.
CREATE INDEX places_name ON places(name);
