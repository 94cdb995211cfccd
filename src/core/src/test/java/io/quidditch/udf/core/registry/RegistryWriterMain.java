package io.quidditch.udf.core.registry;

import io.quidditch.udf.core.Manifest;
import java.nio.file.Path;

/**
 * Registers versions R.0.0, R.0.1, ... (R from the arguments) in a loop until killed; used by
 * {@code CrashSafetyIT}.
 */
public final class RegistryWriterMain {
  private RegistryWriterMain() {}

  public static void main(String[] args) {
    Registry r = new Registry(Path.of(args[0]));
    byte[] module = new byte[64 * 1024];
    for (int i = 0; ; i++) {
      module[i % module.length] = (byte) i;
      r.register(
          Manifest.anonymous("crash", null).withNameAndVersion("crash", args[1] + ".0." + i),
          module.clone());
      // one line per whole version: the test kills this process after a chosen number of them
      System.out.println("wrote " + i);
      System.out.flush();
    }
  }
}
