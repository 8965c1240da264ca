/// An Aho–Corasick automaton over bytes: finds every occurrence of every
/// pattern in one pass over a text. Each pattern carries a payload index.
///
/// Built once for all gazetteer names, offices, cue words and calendar words.
public struct Automaton: Sendable {
    /// A pattern occurrence: `end` is exclusive, `payload` the pattern's value.
    public struct Match: Sendable, Equatable {
        public let start: Int
        public let end: Int
        public let payload: Int32
    }

    // Dense transitions for the root, sparse sorted edges elsewhere.
    private var edgeStart: [Int32] = []   // per state: index into edgeBytes/edgeTargets
    private var edgeCount: [UInt16] = []
    private var edgeBytes: [UInt8] = []
    private var edgeTargets: [Int32] = []
    private var rootNext: [Int32] = Array(repeating: 0, count: 256)
    private var fail: [Int32] = []
    private var depth: [Int32] = []
    /// Per state: first index into `outputPayloads` and how many; outputs
    /// include those reached through the dictionary-suffix links.
    private var outputStart: [Int32] = []
    private var outputCount: [Int32] = []
    private var outputPayloads: [Int32] = []
    private var outputLengths: [Int32] = []

    public let patternCount: Int

    /// Builds the automaton from `(pattern bytes, payload)` pairs. Empty patterns are ignored.
    public init(patterns: [([UInt8], Int32)]) {
        // 1. Trie with dictionary edges.
        var children: [[UInt8: Int32]] = [[:]]
        var terminal: [[(Int32, Int32)]] = [[]]
        var depths: [Int32] = [0]
        for (pattern, payload) in patterns where !pattern.isEmpty {
            var state: Int32 = 0
            for byte in pattern {
                if let next = children[Int(state)][byte] {
                    state = next
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    terminal.append([])
                    depths.append(depths[Int(state)] + 1)
                    children[Int(state)][byte] = next
                    state = next
                }
            }
            terminal[Int(state)].append((payload, Int32(pattern.count)))
        }
        let stateCount = children.count
        patternCount = patterns.count
        // 2. Failure links, breadth first.
        var failLinks = [Int32](repeating: 0, count: stateCount)
        var order: [Int32] = []
        order.reserveCapacity(stateCount)
        for (_, child) in children[0] { order.append(child) }
        var head = 0
        while head < order.count {
            let state = order[head]
            head += 1
            for (byte, child) in children[Int(state)] {
                var f = failLinks[Int(state)]
                while f != 0 && children[Int(f)][byte] == nil { f = failLinks[Int(f)] }
                let target = children[Int(f)][byte] ?? 0
                failLinks[Int(child)] = target == child ? 0 : target
                order.append(child)
            }
        }
        // 3. Outputs, merged along failure links (parents come first in BFS order).
        var outputs = [[(Int32, Int32)]](repeating: [], count: stateCount)
        outputs[0] = terminal[0]
        for state in order {
            outputs[Int(state)] = terminal[Int(state)] + outputs[Int(failLinks[Int(state)])]
        }
        // 4. Flatten.
        edgeStart.reserveCapacity(stateCount)
        for state in 0..<stateCount {
            edgeStart.append(Int32(edgeBytes.count))
            let sorted = children[state].sorted { $0.key < $1.key }
            edgeCount.append(UInt16(sorted.count))
            for (byte, target) in sorted {
                edgeBytes.append(byte)
                edgeTargets.append(target)
            }
            outputStart.append(Int32(outputPayloads.count))
            outputCount.append(Int32(outputs[state].count))
            for (payload, length) in outputs[state] {
                outputPayloads.append(payload)
                outputLengths.append(length)
            }
        }
        for (byte, target) in children[0] { rootNext[Int(byte)] = target }
        fail = failLinks
        depth = depths
    }

    @inline(__always)
    private func child(_ state: Int32, _ byte: UInt8) -> Int32? {
        if state == 0 {
            let next = rootNext[Int(byte)]
            return next == 0 ? nil : next
        }
        var low = Int(edgeStart[Int(state)])
        var high = low + Int(edgeCount[Int(state)])
        while low < high {
            let mid = (low + high) >> 1
            let value = edgeBytes[mid]
            if value == byte { return edgeTargets[mid] }
            if value < byte { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    /// Calls `body` for each occurrence of each pattern in `text`, in order of end position.
    public func scan(_ text: [UInt8], _ body: (Match) -> Void) {
        var state: Int32 = 0
        for (index, byte) in text.enumerated() {
            while true {
                if let next = child(state, byte) { state = next; break }
                if state == 0 { break }
                state = fail[Int(state)]
            }
            let count = Int(outputCount[Int(state)])
            if count > 0 {
                let first = Int(outputStart[Int(state)])
                for k in first..<(first + count) {
                    let length = Int(outputLengths[k])
                    body(Match(start: index + 1 - length, end: index + 1, payload: outputPayloads[k]))
                }
            }
        }
    }
}
