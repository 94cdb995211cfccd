package io.quidditch.udf.core.runtime;

import io.quidditch.udf.core.abi.AbiFunction;

/** Receives each host call a UDF makes, for tracing (the REPL's :explain, the playground). */
public interface HostCallListener {

  /**
   * @param function the ABI function called
   * @param arguments the arguments as text, with names read from guest memory
   * @param result the returned value as text ({@code ()} for none)
   * @param meaning what the result code means ({@link AbiFunction#meaning}), or null for a value
   */
  void onCall(AbiFunction function, String arguments, String result, String meaning);
}
