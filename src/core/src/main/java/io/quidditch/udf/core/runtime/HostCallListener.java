package io.quidditch.udf.core.runtime;

/** Receives each host call a UDF makes, for tracing (the REPL's :explain). */
public interface HostCallListener {

  /**
   * @param function the ABI function's import name
   * @param arguments the arguments as text, with names read from guest memory
   * @param result the returned value as text ({@code ()} for none)
   */
  void onCall(String function, String arguments, String result);
}
