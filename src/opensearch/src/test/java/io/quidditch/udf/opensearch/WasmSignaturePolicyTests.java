package io.quidditch.udf.opensearch;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.embed.UdfSpec;
import io.quidditch.udf.core.signing.KeyAlgorithm;
import io.quidditch.udf.core.signing.ModuleSections;
import io.quidditch.udf.core.signing.ModuleVerifier;
import io.quidditch.udf.core.signing.PublicKeys;
import io.quidditch.udf.core.signing.SignatureRecord;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.opensearch.action.search.SearchPhaseExecutionException;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
import org.opensearch.script.Script;
import org.opensearch.script.ScriptType;
import org.opensearch.test.OpenSearchSingleNodeTestCase;

/** With {@code quidudf.require_signature}, the cluster runs only modules a trusted key signed. */
@ThreadLeakFilters(
    defaultFilters = true,
    filters = {WasmScriptSingleNodeTests.WatchdogFilter.class})
public class WasmSignaturePolicyTests extends OpenSearchSingleNodeTestCase {
  private static final KeyPair TRUSTED = keyPair();
  private static final KeyPair STRANGER = keyPair();

  private static KeyPair keyPair() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pem(KeyPair k) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(k.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  private static final String MANIFEST =
      Corpus.example("custom-score", "custom_score.wasm").manifestYaml();

  /** Signs the module and MANIFEST as 'quidudf sign' does, with the JDK's Ed25519. */
  private static byte[] signed(byte[] module, KeyPair key) throws Exception {
    SignatureRecord unsigned =
        new SignatureRecord(
            KeyAlgorithm.ED25519.id(),
            PublicKeys.keyId(key.getPublic()),
            ModuleVerifier.contentDigest(module),
            ManifestCodec.digest(ManifestCodec.parseYaml(MANIFEST, "udf.yaml")),
            Instant.now().truncatedTo(ChronoUnit.SECONDS),
            new byte[0]);
    Signature s = Signature.getInstance("Ed25519");
    s.initSign(key.getPrivate());
    s.update(unsigned.signedMessage());
    SignatureRecord record =
        new SignatureRecord(
            unsigned.algorithm(),
            unsigned.keyId(),
            unsigned.digest(),
            unsigned.manifestDigest(),
            unsigned.signedAt(),
            s.sign());
    return ModuleSections.append(
        module, ModuleVerifier.SECTION, record.toJson().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected Collection<Class<? extends Plugin>> getPlugins() {
    return pluginList(WasmScriptPlugin.class);
  }

  @Override
  protected Settings nodeSettings() {
    return Settings.builder()
        .put("quidudf.require_signature", true)
        .putList("quidudf.trusted_keys", pem(TRUSTED))
        .build();
  }

  private void store(String id, byte[] module) {
    store(id, module, MANIFEST);
  }

  private void store(String id, byte[] module, String manifest) {
    UdfSpec spec = UdfSpec.of(module, manifest);
    client()
        .admin()
        .cluster()
        .preparePutStoredScript()
        .setId(id)
        .setContent(new BytesArray(Corpus.storedScript(spec)), XContentType.JSON)
        .get();
  }

  private long hits(String id) {
    return client()
        .prepareSearch("signed")
        .setQuery(
            QueryBuilders.scriptQuery(
                new Script(ScriptType.STORED, null, id, Map.of("min_score", 0.5))))
        .get()
        .getHits()
        .getTotalHits()
        .value;
  }

  public void testOnlyModulesSignedByATrustedKeyRun() throws Exception {
    createIndex("signed");
    client()
        .prepareIndex("signed")
        .setId("1")
        .setSource("{\"base_score\": 0.9}", XContentType.JSON)
        .setRefreshPolicy("true")
        .get();
    byte[] module = Corpus.example("custom-score", "custom_score.wasm").wasm();

    store("trusted", signed(module, TRUSTED));
    assertEquals(1, hits("trusted"));

    // the signature covers the manifest too: the same module with other metadata is refused
    store("edited", signed(module, TRUSTED), MANIFEST.replace("scoring", "other"));
    SearchPhaseExecutionException edited =
        expectThrows(SearchPhaseExecutionException.class, () -> hits("edited"));
    assertTrue(
        edited.getDetailedMessage(),
        edited.getDetailedMessage().contains("is not the one that was signed with the module"));

    store("unsigned", module);
    SearchPhaseExecutionException unsigned =
        expectThrows(SearchPhaseExecutionException.class, () -> hits("unsigned"));
    assertTrue(
        unsigned.getDetailedMessage(),
        unsigned.getDetailedMessage().contains("[signature]")
            && unsigned.getDetailedMessage().contains("carries no signature"));

    store("stranger", signed(module, STRANGER));
    SearchPhaseExecutionException stranger =
        expectThrows(SearchPhaseExecutionException.class, () -> hits("stranger"));
    assertTrue(
        stranger.getDetailedMessage(),
        stranger.getDetailedMessage().contains("keys that are not trusted"));
  }
}
