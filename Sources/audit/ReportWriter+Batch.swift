import Foundation

extension ReportWriter {
  /// Reports staged one at a time as their cases are done, from any thread, then all put in
  /// place together or all removed: what `write` does for documents known at once, for a run
  /// that renders each case's report as soon as the case is assessed and drops its model.
  ///
  /// Each document is rendered into a synced temporary file beside its target when it is
  /// staged (two threads may render at once; only opening the target, making its folder and
  /// creating the temporary file are taken in turn); `commit` renames them into place, in the
  /// order of their positions, and `discard` removes them and the folders made for them.
  final class Batch: @unchecked Sendable {
    private let lock = NSLock()
    private var staged: [(position: Int, item: Staged)] = []
    private var folders: [String] = []
    private var finished = false

    /// A batch with nothing staged; the handlers that remove temporary files on SIGINT,
    /// SIGTERM or SIGHUP are installed until it is committed or discarded.
    init() {
      TemporaryFiles.install()
    }

    /// Renders `output` into a temporary file beside its target (or, for standard output or a
    /// device, holds it to be written on commit); `position` orders the commit.
    func stage(_ output: Output, at position: Int) throws(OutputFailure) {
      lock.lock()
      var made: [String] = []
      let opened: Opened
      do {
        opened = try ReportWriter.openTarget(
          output, creating: &made, token: ReportWriter.randomToken, afterOpening: { _ in })
      } catch {
        ReportWriter.discard([], folders: made)
        lock.unlock()
        throw error
      }
      folders += made
      lock.unlock()
      let item = try ReportWriter.fill(opened)
      lock.lock()
      staged.append((position, item))
      lock.unlock()
    }

    /// Puts every staged report in place (see `ReportWriter.write`).
    func commit() throws(OutputFailure) {
      lock.lock()
      defer { lock.unlock() }
      guard !finished else { return }
      finished = true
      defer { TemporaryFiles.uninstall() }
      let ordered = staged.sorted { $0.position < $1.position }.map(\.item)
      try ReportWriter.commit(ordered, folders: folders)
    }

    /// Removes every staged temporary file and the folders made for them: nothing written.
    func discard() {
      lock.lock()
      defer { lock.unlock() }
      guard !finished else { return }
      finished = true
      ReportWriter.discard(staged.map(\.item), folders: folders)
      TemporaryFiles.uninstall()
    }
  }
}
