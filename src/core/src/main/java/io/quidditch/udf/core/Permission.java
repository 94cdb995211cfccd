package io.quidditch.udf.core;

import java.util.Locale;

/** A capability a UDF may be granted; only the first two are ever granted. */
public enum Permission {
  READ_DOCUMENT,
  WRITE_LOG,
  NETWORK_ACCESS,
  FILE_ACCESS;

  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a manifest permission name. */
  public static Permission parse(String text) {
    for (Permission p : values()) {
      if (p.yamlName().equals(text)) {
        return p;
      }
    }
    throw new BadInputException(
        "unknown permission '"
            + text
            + "'; use read_document, write_log, network_access or file_access");
  }
}
