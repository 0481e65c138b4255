/// A person named in a case, with the positions they held.
public struct Person: Hashable, Sendable {
  /// A role held in an organisation over a period, as precise as the source says.
  public struct Position: Hashable, Sendable {
    // The stored fields are laid out for size (80 bytes a position): a large case has a
    // position or more for each of many people.

    /// The organisation's id.
    public var organization: String
    /// A term of the `roles` vocabulary.
    public var role: String
    /// What shows the person held it (optional; person-scope findings cite it).
    public var evidence: [Evidence]
    /// The note, kept out of line: few positions have one.
    private var storedNote: Rarely<String>?
    /// Where it is declared.
    public var location: SourceLocation?
    /// When the position began, if known.
    public var from: PartialDate?
    /// When it ended; nil while it is held (or when unknown).
    public var to: PartialDate?

    /// What the sources say of its dates when they give no start or end ("held by 12 December
    /// 2022; when it began is not known"): printed in place of the dates.
    public var note: String? {
      get { storedNote?.value }
      set { storedNote = newValue.map { Rarely($0) } }
    }

    /// Creates a position.
    public init(
      organization: String, role: String, from: PartialDate? = nil, to: PartialDate? = nil,
      evidence: [Evidence] = [], note: String? = nil, location: SourceLocation? = nil
    ) {
      self.organization = organization
      self.role = role
      self.evidence = evidence
      self.storedNote = note.map { Rarely($0) }
      self.location = location
      self.from = from
      self.to = to
    }

    /// True unless the position certainly did not cover any part of `date`.
    public func mayBeHeld(on date: PartialDate) -> Bool {
      mayBeHeld(firstDay: date.firstDay, lastDay: date.lastDay)
    }

    /// True unless the position certainly did not cover any part of `range`.
    public func mayBeHeld(on range: DateRange) -> Bool {
      mayBeHeld(firstDay: range.firstDay, lastDay: range.lastDay)
    }

    private func mayBeHeld(firstDay: Int, lastDay: Int) -> Bool {
      if let from, from.firstDay > lastDay { return false }
      if let to, to.lastDay < firstDay { return false }
      return true
    }
  }

  /// The case-local id.
  public var id: String
  /// Their name.
  public var name: String
  /// Their positions, in the order written.
  public var positions: [Position]
  /// Where they are declared.
  public var location: SourceLocation?

  /// Creates a person.
  public init(id: String, name: String, positions: [Position], location: SourceLocation? = nil) {
    self.id = id
    self.name = name
    self.positions = positions
    self.location = location
  }
}
