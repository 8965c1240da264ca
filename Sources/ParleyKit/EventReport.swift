import Foundation
import ParleyStore

/// Renders events as CSV, JSON or an aligned text table.
public enum EventReport {
    /// The CSV columns of `parley export events`, in order.
    public static let columns = ["event_id", "type", "status", "date", "date_precision", "place", "city", "country",
                                 "participants", "participant_countries", "confidence", "sources", "evidence"]

    static func fields(_ row: EventRow) -> [String] {
        fields(row, confidence: String(format: "%.2f", row.confidence))
    }

    static func fields(_ row: EventRow, confidence: String) -> [String] {
        [String(row.id), row.type, row.status, row.date ?? "", row.datePrecision ?? "", row.place ?? "", row.city ?? "",
         row.country ?? "", row.participants.joined(separator: "; "), row.participantCountries.joined(separator: "; "),
         confidence, String(row.sources), row.evidence]
    }

    /// Streams the CSV of the events `filter` selects, as ``csv(_:)`` writes it, to `output` in
    /// chunks of about 64 KiB: memory stays flat whatever the number of events.
    public static func streamCSV(_ store: Store, _ filter: EventFilter, to output: ([UInt8]) throws -> Void) throws {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 17)
        CSVWriter.append(columns, to: &buffer)
        // Confidences take few values: format each once.
        var formatted: [UInt64: String] = [:]
        try store.forEachEvent(filter) { row in
            let confidence: String
            if let known = formatted[row.confidence.bitPattern] {
                confidence = known
            } else {
                confidence = String(format: "%.2f", row.confidence)
                formatted[row.confidence.bitPattern] = confidence
            }
            CSVWriter.append(fields(row, confidence: confidence), to: &buffer)
            if buffer.count >= 1 << 16 {
                try output(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try output(buffer)
    }

    public static func csv(_ rows: [EventRow]) -> String {
        var writer = CSVWriter()
        writer.write(columns)
        for row in rows { writer.write(fields(row)) }
        return writer.text
    }

    public static func json(_ rows: [EventRow]) throws -> String {
        let objects: [[String: Any]] = rows.map { row in
            [
                "event_id": row.id, "type": row.type, "status": row.status,
                "date": row.date ?? NSNull(), "date_precision": row.datePrecision ?? NSNull(),
                "place": row.place ?? NSNull(), "city": row.city ?? NSNull(), "country": row.country ?? NSNull(),
                "participants": row.participants, "participant_countries": row.participantCountries,
                "confidence": (row.confidence * 100).rounded() / 100, "sources": row.sources, "evidence": row.evidence,
            ]
        }
        let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A table for people: date, type/status, participants, place, sources.
    public static func table(_ rows: [EventRow]) -> String {
        let header = ["ID", "DATE", "TYPE", "STATUS", "PARTICIPANTS", "PLACE", "SOURCES"]
        let body = rows.map { row in
            [String(row.id), row.date ?? "?", row.type, row.status, row.participants.joined(separator: ", "),
             [row.place, row.city == row.place ? nil : row.city, row.country].compactMap { $0 }.joined(separator: ", "),
             String(row.sources)]
        }
        var widths = header.map(\.count)
        for line in body { for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func render(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }
        return ([render(header)] + body.map(render)).joined(separator: "\n") + "\n"
    }
}
