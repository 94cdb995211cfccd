package io.quidditch.udf.core.abi;

/** Return codes of the host functions, named as shared/ABI.md describes them. */
public final class AbiCodes {
  public static final int OK = 0;
  public static final int FIELD_MISSING = -1;
  public static final int FIELD_BUFFER_TOO_SMALL = -2;
  public static final int PARAM_NOT_FOUND = 1;
  public static final int PARAM_WRONG_TYPE = 2;
  public static final int PARAM_BUFFER_TOO_SMALL = 3;

  private AbiCodes() {}
}
