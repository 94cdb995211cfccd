package io.quidditch.udf.core;

/** A rule every module must pass before it is stored or run, such as "signed by a trusted key". */
public interface ModulePolicy {

  /**
   * Checks a module.
   *
   * @param origin a file path or {@code name@version}, for messages
   * @throws QuidudfException when the module is refused
   */
  void check(byte[] wasm, String origin);

  /** The policy that accepts everything. */
  static ModulePolicy none() {
    return (wasm, origin) -> {};
  }
}
