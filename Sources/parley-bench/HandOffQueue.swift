import Foundation

/// A first-in first-out queue from one producing thread to one consuming
/// thread, holding at most `capacity` elements: the producer waits while it
/// is full, the consumer while it is empty. All state is guarded by one
/// condition variable.
final class HandOffQueue<Element: Sendable>: @unchecked Sendable {
    private let capacity: Int
    private let condition = NSCondition()
    private var elements: [Element] = []
    private var finished = false
    private var cancelled = false

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Adds `element`, waiting for room; false when the consumer has cancelled (the producer should stop).
    func put(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while elements.count >= capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        elements.append(element)
        condition.broadcast()
        return true
    }

    /// Tells the consumer that nothing more will come.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next element, waiting for one; nil once the producer has finished and everything was taken.
    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while elements.isEmpty && !finished { condition.wait() }
        if elements.isEmpty { return nil }
        condition.broadcast()
        return elements.removeFirst()
    }

    /// Tells the producer to stop, and drops what it made.
    func cancel() {
        condition.lock()
        cancelled = true
        elements.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
