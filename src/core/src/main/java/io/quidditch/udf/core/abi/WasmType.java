package io.quidditch.udf.core.abi;

/** WebAssembly number types as the ABI talks about them. */
public enum WasmType {
  I32,
  I64,
  F32,
  F64;

  public String text() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
