package io.quidditch.udf.core;

/**
 * A rule every module must pass, with the manifest it runs under, before it is stored or run, such
 * as "signed by a trusted key".
 */
public interface ModulePolicy {

  /**
   * Checks a module and its manifest.
   *
   * @param manifest the manifest it will run under, or null for a bare module run with defaults
   * @param origin a file path or {@code name@version}, for messages
   * @throws QuidudfException when the module is refused
   */
  void check(byte[] wasm, Manifest manifest, String origin);

  /** The policy that accepts everything. */
  static ModulePolicy none() {
    return (wasm, manifest, origin) -> {};
  }
}
