import Foundation

/// Times the stages of a run: prints each stage's seconds with `--timings`, and, when standard
/// error is a terminal and the run has taken more than two seconds, keeps one progress line
/// there saying which stage is running (erased when the run ends). Nothing is printed to a file
/// or a pipe unless `--timings` asks.
final class StageClock: @unchecked Sendable {
  private let lock = NSLock()
  private let start = Date()
  private var stage: (name: String, since: Date)?
  private var recorded: [(name: String, seconds: Double, detail: String?)] = []
  private var progressShown = false
  private var stopped = false
  private var timer: DispatchSourceTimer?
  private let printsTimings: Bool
  private let sink: @Sendable (String) -> Void

  /// A clock; `timings` prints each stage's time when the run ends. The progress line shows
  /// only when `terminal`, from `after` seconds on, refreshed every second.
  init(
    timings: Bool, terminal: Bool = isatty(STDERR_FILENO) == 1, after: TimeInterval = 2,
    sink: @escaping @Sendable (String) -> Void = {
      FileHandle.standardError.write(Data($0.utf8))
    }
  ) {
    printsTimings = timings
    self.sink = sink
    guard terminal else { return }
    let timer = DispatchSource.makeTimerSource(queue: .global())
    timer.schedule(deadline: .now() + after, repeating: 1)
    timer.setEventHandler { [weak self] in self?.showProgress() }
    timer.resume()
    self.timer = timer
  }

  /// Starts `name`, ending the stage before it.
  func begin(_ name: String) {
    lock.lock()
    defer { lock.unlock() }
    closeStage(detail: nil)
    stage = (name, Date())
  }

  /// Ends the current stage, noting `detail` (a count, a rate) beside its time.
  func end(detail: String? = nil) {
    lock.lock()
    defer { lock.unlock() }
    closeStage(detail: detail)
  }

  /// Runs `body` as the stage `name`.
  func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    begin(name)
    defer { end() }
    return try body()
  }

  /// Erases the progress line for good, before other output goes to the terminal.
  func stopProgress() {
    timer?.cancel()
    lock.lock()
    defer { lock.unlock() }
    stopped = true
    if progressShown { write("\r\u{1B}[K") }
    progressShown = false
  }

  /// Stops the progress line and, with `--timings`, prints every stage's time.
  func finish() {
    stopProgress()
    lock.lock()
    defer { lock.unlock() }
    closeStage(detail: nil)
    guard printsTimings else { return }
    for (name, seconds, detail) in recorded {
      write(
        "timing: \(name) \(String(format: "%.3f", seconds)) s" + (detail.map { "; \($0)" } ?? "")
          + "\n")
    }
    write("timing: total \(String(format: "%.3f", Date().timeIntervalSince(start))) s\n")
  }

  private func closeStage(detail: String?) {
    guard let stage else { return }
    recorded.append((stage.name, Date().timeIntervalSince(stage.since), detail))
    self.stage = nil
  }

  /// True when the progress line is scheduled (standard error is a terminal).
  var showsProgress: Bool { timer != nil }

  /// Writes the progress line now: what the timer does every second, callable by a test
  /// without waiting on the timer.
  func showProgress() {
    lock.lock()
    defer { lock.unlock() }
    guard !stopped else { return }
    let elapsed = Int(Date().timeIntervalSince(start))
    let doing = stage.map { "\($0.name)…" } ?? "working…"
    write("\r\u{1B}[Kaudit: \(doing) \(elapsed) s")
    progressShown = true
  }

  private func write(_ text: String) { sink(text) }
}
