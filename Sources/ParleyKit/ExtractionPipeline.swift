import Foundation
import ParleyExtract
import ParleyStore

/// Reads articles on one thread, extracts them on worker threads and hands
/// them to the caller (the one writer) in input order.
///
/// At most `capacity` articles are between reading and writing at any time,
/// so memory stays bounded whatever the size of the input. All state is
/// guarded by one condition variable; the class is shared by the threads it starts.
final class ExtractionPipeline: @unchecked Sendable {
    /// One input, ready to be written.
    enum Item {
        /// An extracted article with its events and content hash.
        case article(ExtractedArticle)
        /// An input that could not be read.
        case issue(InputIssue)
    }

    /// What ``poll()`` found.
    enum Poll {
        case item(Item)
        /// The next item is still being read or extracted.
        case notReady
        /// Every input has been handed over.
        case finished
    }

    /// Thrown inside the reading thread when the writer gave up.
    struct Cancelled: Error {}

    private let extractor: EventExtractor
    private let capacity: Int
    private let condition = NSCondition()
    private var queue: [(sequence: Int, input: ArticleInput)] = []
    private var queueHead = 0
    private var ready: [Int: Item] = [:]
    private var submitted = 0
    private var delivered = 0
    private var inputFinished = false
    private var cancelled = false
    private var runningWorkers = 0
    private var readError: Error?

    init(extractor: EventExtractor, capacity: Int) {
        self.extractor = extractor
        self.capacity = max(1, capacity)
    }

    /// Starts `workers` extraction threads and one thread that runs `read`,
    /// which calls ``submit(_:)`` for each input.
    func start(workers: Int, read: @escaping @Sendable (ExtractionPipeline) throws -> Void) {
        condition.lock()
        runningWorkers = max(1, workers)
        condition.unlock()
        launch(worker: false) { pipeline in
            do {
                try read(pipeline)
            } catch is Cancelled {
            } catch {
                pipeline.condition.lock()
                pipeline.readError = error
                pipeline.condition.unlock()
            }
            pipeline.condition.lock()
            pipeline.inputFinished = true
            pipeline.condition.broadcast()
            pipeline.condition.unlock()
        }
        for _ in 0..<max(1, workers) {
            launch(worker: true) { $0.work() }
        }
    }

    private func launch(worker: Bool, _ body: @escaping @Sendable (ExtractionPipeline) -> Void) {
        let thread = Thread { [self] in
            body(self)
            if worker {
                condition.lock()
                runningWorkers -= 1
                condition.broadcast()
                condition.unlock()
            }
        }
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// Hands one input to the workers (an issue goes straight to the writer);
    /// waits while `capacity` inputs are in flight. Throws ``Cancelled`` once the writer stopped.
    func submit(_ result: Result<ArticleInput, InputIssue>) throws {
        condition.lock()
        defer { condition.unlock() }
        while submitted - delivered >= capacity && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        let sequence = submitted
        submitted += 1
        switch result {
        case .success(let input):
            queue.append((sequence, input))
            condition.signal()
        case .failure(let issue):
            ready[sequence] = .issue(issue)
            condition.broadcast()
        }
    }

    private func work() {
        while true {
            condition.lock()
            while queueHead == queue.count && !inputFinished && !cancelled { condition.wait() }
            if cancelled || queueHead == queue.count {
                condition.unlock()
                return
            }
            let (sequence, input) = queue[queueHead]
            queueHead += 1
            if queueHead >= 1024 && queueHead * 2 >= queue.count {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            condition.unlock()
            let hash = Store.contentHash(input.text)
            let (article, events) = extractor.extract(input)
            condition.lock()
            ready[sequence] = .article(ExtractedArticle(article: article, events: events, contentHash: hash))
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next item in input order, without waiting.
    func poll() throws -> Poll {
        condition.lock()
        defer { condition.unlock() }
        return try take()
    }

    /// The next item in input order, waiting for it; nil when all are handed over.
    func next() throws -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            switch try take() {
            case .item(let item): return item
            case .finished: return nil
            case .notReady: condition.wait()
            }
        }
    }

    /// Called with the lock held.
    private func take() throws -> Poll {
        if let item = ready.removeValue(forKey: delivered) {
            delivered += 1
            condition.broadcast()
            return .item(item)
        }
        if inputFinished && delivered == submitted {
            if let readError { throw readError }
            return .finished
        }
        return .notReady
    }

    /// Stops reading and extracting, and waits for the workers to end. The
    /// reading thread ends at its next article (it may be waiting on a slow input).
    func stop() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while runningWorkers > 0 { condition.wait() }
        condition.unlock()
    }
}
