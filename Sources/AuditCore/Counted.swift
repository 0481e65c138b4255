/// A number with its noun in agreement ("1 action", "2 quotes"), so that every count the tool
/// prints, on the terminal or in a report, reads as English.
public enum Counted {
  /// `n` and `singular`, or its plural (`singular` + "s" unless given) when `n` is not 1.
  public static func phrase(_ n: Int, _ singular: String, plural: String? = nil) -> String {
    "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
  }
}
