package io.quidditch.udf.opensearch;

import io.quidditch.udf.core.ModulePolicy;
import io.quidditch.udf.core.signing.SignaturePolicy;
import io.quidditch.udf.core.signing.TrustStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.common.settings.Setting;
import org.opensearch.common.settings.Settings;

/**
 * The plugin's node settings (in opensearch.yml): the time and memory limits of one UDF call, and
 * the signature policy (trusted public keys as PEM text, and whether unsigned modules are refused).
 */
record PluginSettings(long timeoutMillis, int memoryPages, ModulePolicy policy) {

  static final Setting<Long> TIMEOUT_MS =
      Setting.longSetting("quidudf.timeout_ms", 1000, 1, Setting.Property.NodeScope);
  static final Setting<Integer> MEMORY_PAGES =
      Setting.intSetting("quidudf.memory_pages", 256, 1, 65536, Setting.Property.NodeScope);
  static final Setting<Boolean> REQUIRE_SIGNATURE =
      Setting.boolSetting("quidudf.require_signature", false, Setting.Property.NodeScope);
  static final Setting<List<String>> TRUSTED_KEYS =
      Setting.listSetting("quidudf.trusted_keys", List.of(), s -> s, Setting.Property.NodeScope);

  static List<Setting<?>> all() {
    return List.of(TIMEOUT_MS, MEMORY_PAGES, REQUIRE_SIGNATURE, TRUSTED_KEYS);
  }

  static PluginSettings read(Settings settings) {
    boolean require = REQUIRE_SIGNATURE.get(settings);
    List<String> pems = TRUSTED_KEYS.get(settings);
    ModulePolicy policy = ModulePolicy.none();
    if (require) {
      if (pems.isEmpty()) {
        throw new IllegalArgumentException(
            "quidudf.require_signature is true but quidudf.trusted_keys is empty; add the"
                + " signers' public keys (PEM text) to quidudf.trusted_keys");
      }
      Map<String, String> byOrigin = new LinkedHashMap<>();
      for (int i = 0; i < pems.size(); i++) {
        byOrigin.put("quidudf.trusted_keys[" + i + "]", pems.get(i));
      }
      policy = new SignaturePolicy(TrustStore.ofPem(byOrigin));
    }
    return new PluginSettings(TIMEOUT_MS.get(settings), MEMORY_PAGES.get(settings), policy);
  }
}
