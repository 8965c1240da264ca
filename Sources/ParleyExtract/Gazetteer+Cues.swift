/// Reading the cue words of `seeds/lexicon.tsv` among a text's hits.
extension Gazetteer {
    /// The cue a hit stands for, with its value, or nil when the hit is a name, a place or a calendar word.
    func cue(of hit: Hit) -> (kind: Lexicon.Kind, value: Int)? {
        if case .cue(let kind, let value) = payloads[Int(hit.payload)].entry { return (kind, value) }
        return nil
    }

    /// The hits of one kind of cue, in text order, with their values.
    func cues(_ kind: Lexicon.Kind, in hits: ArraySlice<Hit>) -> [(hit: Hit, value: Int)] {
        hits.compactMap { hit in cue(of: hit).flatMap { $0.kind == kind ? (hit, $0.value) : nil } }
    }

    /// Whether a hit is a meeting or call cue.
    func isAction(_ hit: Hit) -> Bool {
        guard let kind = cue(of: hit)?.kind else { return false }
        return kind == .meet || kind == .call
    }
}
