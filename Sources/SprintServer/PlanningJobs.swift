import Foundation
import MILP

/// The solves the page asks for, one at a time per scenario: a new request waits in its
/// scenario's queue (at most `maximumQueued`, then 429), can be cancelled while it waits or runs,
/// and reports the solver's progress. Finished results are kept by key, so asking again for a
/// plan already made answers at once.
actor PlanningJobs {
    enum State: String, Sendable { case queued, running, done, failed, cancelled }

    struct Job: Sendable {
        let id: String
        let scenario: String
        let key: String
        let stop = StopRequest()
        let progress = SolveProgress()
        var state: State = .queued
        var result: JobResult?
    }

    typealias Work = @Sendable (StopRequest, SolveProgress) -> JobResult

    private let maximumQueued: Int
    private var jobs: [String: Job] = [:]
    private var order: [String] = []
    private var works: [String: Work] = [:]
    private var queues: [String: [String]] = [:]
    private var running: Set<String> = []
    private var finished: [String: String] = [:]
    private var counter = 0

    init(maximumQueued: Int) { self.maximumQueued = maximumQueued }

    /// A job for `key`: the finished one when there is one, the waiting or running one when the
    /// same work is already asked for, else a new one at the end of the scenario's queue.
    func submit(scenario: String, key: String, work: @escaping Work) throws(APIError) -> Job {
        if let id = finished[key], let job = jobs[id] { return job }
        if let job = jobs.values.first(where: { $0.key == key && ($0.state == .queued || $0.state == .running) }) {
            return job
        }
        guard (queues[scenario]?.count ?? 0) < maximumQueued else {
            throw APIError(
                .tooManyRequests, code: "queue-full",
                "\(maximumQueued) plans are already waiting for \(scenario); cancel one or wait")
        }
        counter += 1
        let job = Job(id: "job-\(counter)", scenario: scenario, key: key)
        jobs[job.id] = job
        order.append(job.id)
        works[job.id] = work
        queues[scenario, default: []].append(job.id)
        forgetOldJobs()
        startNext(scenario)
        return jobs[job.id]!
    }

    func job(_ id: String) -> Job? { jobs[id] }

    /// The finished result for `key`, if any.
    func result(for key: String) -> JobResult? { finished[key].flatMap { jobs[$0]?.result } }

    /// Jobs solving and waiting, for the health check.
    var load: (running: Int, queued: Int) { (running.count, queues.values.reduce(0) { $0 + $1.count }) }

    /// Cancels a waiting job at once, a running one by asking its solve to stop.
    func cancel(_ id: String) -> Job? {
        guard var job = jobs[id] else { return nil }
        switch job.state {
        case .queued:
            queues[job.scenario]?.removeAll { $0 == id }
            works[id] = nil
            job.state = .cancelled
            jobs[id] = job
        case .running:
            job.stop.request()
            job.state = .cancelled
            jobs[id] = job
        default: break
        }
        return jobs[id]
    }

    /// Waits until the job has ended (for the endpoints that answer with the CLI's JSON).
    func finishedJob(_ id: String) async -> Job? {
        while let job = jobs[id], job.state == .queued || job.state == .running {
            try? await Task.sleep(for: .milliseconds(20))
        }
        return jobs[id]
    }

    private func startNext(_ scenario: String) {
        guard !running.contains(scenario), var queue = queues[scenario], !queue.isEmpty else { return }
        let id = queue.removeFirst()
        queues[scenario] = queue
        guard let work = works.removeValue(forKey: id), let job = jobs[id] else { return startNext(scenario) }
        running.insert(scenario)
        jobs[id]?.state = .running
        let stop = job.stop, progress = job.progress
        Task { [weak self] in
            let result = await SolveThread.run { work(stop, progress) }
            await self?.finish(id, result)
        }
    }

    private func finish(_ id: String, _ result: JobResult) {
        guard var job = jobs[id] else { return }
        running.remove(job.scenario)
        if job.state != .cancelled {
            job.result = result
            if case .failure = result {
                job.state = .failed
            } else {
                job.state = .done
                finished[job.key] = id
            }
            jobs[id] = job
        }
        startNext(job.scenario)
    }

    /// Keeps the last 200 jobs; older finished ones are forgotten (their results too).
    private func forgetOldJobs() {
        while order.count > 200, let oldest = order.first {
            guard let job = jobs[oldest], job.state != .queued, job.state != .running else { return }
            order.removeFirst()
            jobs[oldest] = nil
            if finished[job.key] == oldest { finished[job.key] = nil }
        }
    }
}
