/// A trie of byte patterns (a deterministic automaton without failure links):
/// walked from a start offset, it finds every pattern that begins there. Each
/// pattern carries a payload index.
///
/// Built once for all gazetteer names, offices, cue words and calendar words.
/// Every gazetteer pattern must begin on a word boundary, so a scan walks the
/// trie only from the offsets where a word (or a non-word byte) begins; offsets
/// inside words, where an Aho–Corasick automaton spends most of its time
/// following failure links to matches that are then thrown away, cost nothing.
///
/// Layout, for few cache misses per step: bytes are mapped to classes (the
/// bytes no pattern contains share class 0, which ends every walk). States are
/// numbered breadth first; the shallowest have a dense row of transitions by
/// class, the deeper ones one record each in `records`: where their patterns'
/// payloads start, how many end there, and their sorted edges packed with the
/// class in the top byte. A state handle has ``terminalFlag`` set when patterns
/// end in that state.
public struct Automaton: Sendable {
    /// The most cells of dense rows (4 bytes each): 256 KiB stays in the L2 cache.
    static let denseCellBudget = 1 << 16
    /// Set in a state handle when patterns end in that state.
    static let terminalFlag: UInt32 = 1 << 23
    /// The state number in a handle.
    static let valueMask: UInt32 = terminalFlag - 1

    /// Class of each byte value.
    private var byteClass: [UInt8] = Array(repeating: 0, count: 256)
    private var classCount = 1
    /// States numbered below `denseStates` have a row of `classCount` handles in `dense` (0: no edge).
    private var denseStates = 1
    private var dense: [UInt32] = []
    /// Per dense state: where its payloads start in `payloads` (one more entry for the end).
    private var denseTerminals: [UInt32] = []
    /// Deeper states, numbered `denseStates + offset`: at `offset`, the first payload,
    /// the payload count, the edge count, then the edges (class << 24 | handle).
    private var records: [UInt32] = []
    /// Payloads of the patterns ending in each state, in the order the patterns were given.
    private var payloads: [Int32] = []

    public let patternCount: Int
    /// States of the trie (the root included).
    public let stateCount: Int

    /// Builds the trie from `(pattern bytes, payload)` pairs. Empty patterns are ignored.
    public init(patterns: [([UInt8], Int32)]) {
        patternCount = patterns.count
        // 1. Byte classes.
        var used = [Bool](repeating: false, count: 256)
        for (pattern, _) in patterns { for byte in pattern { used[Int(byte)] = true } }
        var classes = 1
        for byte in 0..<256 where used[byte] {
            byteClass[byte] = UInt8(truncatingIfNeeded: classes)
            classes += 1
        }
        precondition(classes <= 256, "an automaton over more than 255 distinct bytes")
        classCount = classes
        // 2. Trie, with its edges in one table keyed by state and class.
        var trieEdges: [Int: Int32] = [:]
        trieEdges.reserveCapacity(patterns.reduce(0) { $0 + $1.0.count })
        var terminal: [Int32: [Int32]] = [:]
        var trieStates: Int32 = 1
        for (pattern, payload) in patterns where !pattern.isEmpty {
            var state: Int32 = 0
            for byte in pattern {
                let key = Int(state) << 8 | Int(byteClass[Int(byte)])
                if let next = trieEdges[key] {
                    state = next
                } else {
                    trieEdges[key] = trieStates
                    state = trieStates
                    trieStates += 1
                }
            }
            terminal[state, default: []].append(payload)
        }
        let stateCount = Int(trieStates)
        self.stateCount = stateCount
        // Edge keys of each trie state, sorted by class.
        var childStart = [Int](repeating: 0, count: stateCount + 1)
        for key in trieEdges.keys { childStart[(key >> 8) + 1] += 1 }
        for state in 0..<stateCount { childStart[state + 1] += childStart[state] }
        var fill = childStart
        var childKeys = [Int](repeating: 0, count: trieEdges.count)
        for key in trieEdges.keys {
            childKeys[fill[key >> 8]] = key
            fill[key >> 8] += 1
        }
        for state in 0..<stateCount { childKeys[childStart[state]..<childStart[state + 1]].sort() }
        // 3. Breadth-first order (`order[new] = old`).
        var order: [Int32] = [0]
        order.reserveCapacity(stateCount)
        var head = 0
        while head < order.count {
            let old = Int(order[head])
            head += 1
            for key in childKeys[childStart[old]..<childStart[old + 1]] { order.append(trieEdges[key]!) }
        }
        // 4. Handles: dense states by number, the others after them by record offset.
        let denseStates = max(1, min(stateCount, Self.denseCellBudget / classes))
        self.denseStates = denseStates
        var handle = [UInt32](repeating: 0, count: stateCount)  // by old number
        var offset = 0
        for (new, old) in order.enumerated() {
            let value: Int
            if new < denseStates {
                value = new
            } else {
                value = denseStates + offset
                offset += 3 + (childStart[Int(old) + 1] - childStart[Int(old)])
            }
            precondition(value < Int(Self.terminalFlag), "too many automaton states")
            handle[Int(old)] = UInt32(value) | (terminal[old] == nil ? 0 : Self.terminalFlag)
        }
        // 5. Rows, records and payloads.
        dense = [UInt32](repeating: 0, count: denseStates * classes)
        denseTerminals.reserveCapacity(denseStates + 1)
        records.reserveCapacity(offset)
        for (new, old) in order.enumerated() {
            let own = terminal[old] ?? []
            let edges = childKeys[childStart[Int(old)]..<childStart[Int(old) + 1]]
            if new < denseStates {
                denseTerminals.append(UInt32(payloads.count))
                for key in edges { dense[new * classes + (key & 0xFF)] = handle[Int(trieEdges[key]!)] }
            } else {
                records.append(UInt32(payloads.count))
                records.append(UInt32(own.count))
                records.append(UInt32(edges.count))
                for key in edges { records.append(UInt32(key & 0xFF) << 24 | handle[Int(trieEdges[key]!)]) }
            }
            payloads.append(contentsOf: own)
        }
        denseTerminals.append(UInt32(payloads.count))
    }

    /// Calls `body(end, payload)` for each pattern that occurs in `text` at `start`, shortest
    /// first (patterns of one length in the order they were given); `end` is exclusive.
    @inline(__always)
    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, at start: Int, classes: UnsafeBufferPointer<UInt8>,
                      dense: UnsafeBufferPointer<UInt32>, records: UnsafeBufferPointer<UInt32>, _ body: (Int, Int32) -> Void) {
        let classCount = classCount
        let denseStates = UInt32(denseStates)
        var index = start
        var state: UInt32 = 0
        while index < text.count {
            let cls = classes[Int(text[index])]
            if cls == 0 { return }
            let value = state & Self.valueMask
            if value < denseStates {
                state = dense[Int(value) * classCount + Int(cls)]
                if state == 0 { return }
            } else {
                let record = Int(value - denseStates)
                let edges = record + 3
                let end = edges + Int(records[record + 2])
                var edge = edges
                var next: UInt32 = 0
                while edge < end {
                    let packed = records[edge]
                    let edgeClass = UInt8(truncatingIfNeeded: packed >> 24)
                    if edgeClass == cls { next = packed & 0x00FF_FFFF; break }
                    if edgeClass > cls { break }
                    edge += 1
                }
                if next == 0 { return }
                state = next
            }
            index += 1
            if state & Self.terminalFlag != 0 {
                let value = state & Self.valueMask
                let first: Int
                let last: Int
                if value < denseStates {
                    first = Int(denseTerminals[Int(value)])
                    last = Int(denseTerminals[Int(value) + 1])
                } else {
                    let record = Int(value - denseStates)
                    first = Int(records[record])
                    last = first + Int(records[record + 1])
                }
                for k in first..<last { body(index, payloads[k]) }
            }
        }
    }

    /// Calls `body` with the trie's tables for ``forEachMatch(in:at:classes:dense:records:_:)``.
    @inline(__always)
    func withTables<R>(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<UInt32>) -> R) -> R {
        byteClass.withUnsafeBufferPointer { classes in
            dense.withUnsafeBufferPointer { dense in
                records.withUnsafeBufferPointer { records in body(classes, dense, records) }
            }
        }
    }
}
