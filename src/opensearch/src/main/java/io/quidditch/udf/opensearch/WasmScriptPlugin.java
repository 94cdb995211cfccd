package io.quidditch.udf.opensearch;

import java.util.Collection;
import java.util.List;
import org.opensearch.common.settings.Setting;
import org.opensearch.common.settings.Settings;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.ScriptPlugin;
import org.opensearch.script.ScriptContext;
import org.opensearch.script.ScriptEngine;

/**
 * Adds the {@code wasm} script language to OpenSearch: quidudf UDFs run as {@code script} query
 * filters and as {@code script_score} / {@code function_score} scores, on every data node.
 */
public final class WasmScriptPlugin extends Plugin implements ScriptPlugin {

  @Override
  public ScriptEngine getScriptEngine(Settings settings, Collection<ScriptContext<?>> contexts) {
    return new WasmScriptEngine(PluginSettings.read(settings));
  }

  @Override
  public List<Setting<?>> getSettings() {
    return PluginSettings.all();
  }
}
