/// Finds `case.path` in the beginning of a JSON report without parsing the rest: a scan of
/// the top-level object's keys, skipping every other value, that stops at `case`'s `path`.
/// Bytes that end before it, or that are not such a JSON object, give nil.
enum JSONCasePath {
  /// The string value of the top-level object's `case` object's `path` key.
  static func find(in bytes: [UInt8]) -> String? {
    var scanner = Scanner(bytes: bytes)
    guard scanner.take(UInt8(ascii: "{")) else { return nil }
    while let key = scanner.key() {
      if key == "case" {
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        while let inner = scanner.key() {
          if inner == "path" { return scanner.string() }
          guard scanner.skipValue(), scanner.separator() else { return nil }
        }
        return nil
      }
      guard scanner.skipValue(), scanner.separator() else { return nil }
    }
    return nil
  }

  private struct Scanner {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipSpace() {
      while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    /// Takes `byte` after any white space.
    mutating func take(_ byte: UInt8) -> Bool {
      skipSpace()
      guard index < bytes.count, bytes[index] == byte else { return false }
      index += 1
      return true
    }

    /// A key and its colon.
    mutating func key() -> String? {
      guard let key = string(), take(UInt8(ascii: ":")) else { return nil }
      return key
    }

    /// A comma before the next key; false at the object's end or anything else.
    mutating func separator() -> Bool { take(UInt8(ascii: ",")) }

    /// A JSON string, its escapes decoded (`\uXXXX` pairs included).
    mutating func string() -> String? {
      guard take(UInt8(ascii: "\"")) else { return nil }
      var scalars = String.UnicodeScalarView()
      var raw: [UInt8] = []
      func flush() {
        scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
        raw.removeAll()
      }
      var pendingHigh: UInt32?
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""):
          flush()
          return String(scalars)
        case UInt8(ascii: "\\"):
          guard index < bytes.count else { return nil }
          let escape = bytes[index]
          index += 1
          let simple: [UInt8: UInt8] = [
            UInt8(ascii: "n"): 0x0A, UInt8(ascii: "t"): 0x09, UInt8(ascii: "r"): 0x0D,
            UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "\""): 0x22,
            UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
          ]
          if let value = simple[escape] {
            raw.append(value)
          } else if escape == UInt8(ascii: "u"), index + 4 <= bytes.count,
            let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
          {
            index += 4
            flush()
            if (0xD800...0xDBFF).contains(code) {
              pendingHigh = code
              continue
            }
            if let high = pendingHigh, (0xDC00...0xDFFF).contains(code) {
              let combined = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
              if let scalar = Unicode.Scalar(combined) { scalars.append(scalar) }
            } else if let scalar = Unicode.Scalar(code) {
              scalars.append(scalar)
            }
          } else {
            return nil
          }
          pendingHigh = nil
        default:
          raw.append(byte)
        }
      }
      return nil
    }

    /// Skips one value of any kind; false when the bytes end first.
    mutating func skipValue() -> Bool {
      skipSpace()
      guard index < bytes.count else { return false }
      switch bytes[index] {
      case UInt8(ascii: "\""): return string() != nil
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        var depth = 0
        while index < bytes.count {
          let byte = bytes[index]
          if byte == UInt8(ascii: "\"") {
            guard string() != nil else { return false }
            continue
          }
          index += 1
          if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
          if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
            depth -= 1
            if depth == 0 { return true }
          }
        }
        return false
      default:
        // A number, true, false or null: up to the next separator.
        while index < bytes.count,
          ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")]
            .contains(bytes[index])
        {
          index += 1
        }
        return index < bytes.count
      }
    }
  }
}
