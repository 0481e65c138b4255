import AuditCore

/// The words reports use for grades.
enum GradeWording {
  /// `B — usually reliable`.
  static func reliability(_ reliability: Reliability) -> String {
    "\(reliability.rawValue) — \(reliability.meaning)"
  }
}
