import Crypto

/// SHA-256 (FIPS 180-4), for the chain of custody of archived sources and report inputs.
///
/// The digest itself is swift-crypto's (BoringSSL's on Linux, CryptoKit's on Apple systems):
/// a custody hash should come from a vetted implementation. This module is the only one that
/// sees that dependency; the rest of the code asks for a hex digest and nothing more.
public enum SHA256 {
  /// The lower-case hex digest of `bytes`.
  public static func hex(_ bytes: some Collection<UInt8>) -> String {
    var hasher = Hasher()
    hasher.update(bytes)
    return hasher.finalize()
  }

  /// A digest computed as the bytes arrive, so that a file read in chunks (a large case
  /// streamed through the YAML parser) is hashed without being held whole.
  public struct Hasher: Sendable {
    private var state = Crypto.SHA256()

    /// A hasher that has seen no bytes.
    public init() {}

    /// Adds `bytes` to the message.
    public mutating func update(_ bytes: some Collection<UInt8>) {
      // One call into the library per buffer: the bytes are never walked one by one here
      // (a generic walk across a module boundary is what made the hand-written one slow).
      let absorbed: Void? = bytes.withContiguousStorageIfAvailable { buffer in
        state.update(bufferPointer: UnsafeRawBufferPointer(buffer))
      }
      if absorbed == nil {
        Array(bytes).withUnsafeBytes { state.update(bufferPointer: $0) }
      }
    }

    /// The lower-case hex digest of everything added.
    public mutating func finalize() -> String {
      let digest = state.finalize()
      let digits: [UInt8] = Array("0123456789abcdef".utf8)
      var hex: [UInt8] = []
      hex.reserveCapacity(2 * Crypto.SHA256.byteCount)
      for byte in digest {
        hex.append(digits[Int(byte >> 4)])
        hex.append(digits[Int(byte & 0x0f)])
      }
      return String(decoding: hex, as: UTF8.self)
    }
  }
}
