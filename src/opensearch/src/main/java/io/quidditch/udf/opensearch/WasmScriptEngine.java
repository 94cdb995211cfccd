package io.quidditch.udf.opensearch;

import io.quidditch.udf.core.Limits;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.embed.EmbeddedRuntime;
import io.quidditch.udf.core.embed.Udf;
import io.quidditch.udf.core.embed.UdfSpec;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.opensearch.script.FilterScript;
import org.opensearch.script.ScoreScript;
import org.opensearch.script.ScriptContext;
import org.opensearch.script.ScriptEngine;
import org.opensearch.script.ScriptException;
import org.opensearch.search.lookup.SearchLookup;

/**
 * The {@code wasm} script engine. A script's source is a UDF as {@code quidudf register
 * --opensearch} stores it ({@code {"module_base64", "manifest", "function"?}}); its {@code params}
 * are the UDF's parameters. The module is validated and compiled when OpenSearch compiles the
 * script (once per node, then cached), and parameters are checked once per query.
 */
final class WasmScriptEngine implements ScriptEngine {
  static final String LANG = "wasm";

  private final PluginSettings settings;
  private final EmbeddedRuntime runtime;

  WasmScriptEngine(PluginSettings settings) {
    this.settings = settings;
    Limits base = Limits.defaults();
    this.runtime =
        EmbeddedRuntime.create(
            new Limits(
                settings.memoryPages(),
                Duration.ofMillis(settings.timeoutMillis()),
                base.maxLogLines(),
                base.maxLogLineBytes(),
                base.maxHostStringBytes(),
                0,
                base.queueTimeout()),
            true);
  }

  @Override
  public String getType() {
    return LANG;
  }

  @Override
  public Set<ScriptContext<?>> getSupportedContexts() {
    return Set.of(FilterScript.CONTEXT, ScoreScript.CONTEXT);
  }

  @Override
  public <T> T compile(
      String name, String code, ScriptContext<T> context, Map<String, String> options) {
    Udf udf;
    try {
      UdfSpec spec = UdfSpec.fromJson(code);
      String function = options.get("function");
      if (function != null) {
        spec = spec.withFunction(function);
      }
      udf = runtime.load(spec, settings.policy());
    } catch (QuidudfException e) {
      throw failure(e, name);
    } catch (LinkageError e) {
      // an Error escaping into a search thread stops the whole node: report it instead
      throw internal(e, name);
    }
    if (context == FilterScript.CONTEXT) {
      return context.factoryClazz.cast(new FilterFactory(udf, name));
    }
    if (context == ScoreScript.CONTEXT) {
      return context.factoryClazz.cast(new ScoreFactory(udf, name));
    }
    throw new IllegalArgumentException(
        "the wasm language serves filter and score scripts, not " + context.name);
  }

  /** A quidudf error as the script error a client sees: its kind first, e.g. {@code [timeout]}. */
  static ScriptException failure(QuidudfException e, String script) {
    return new ScriptException(
        "[" + e.kind().code() + "] " + e.getMessage(),
        e,
        List.of(),
        script == null ? "<inline>" : script,
        LANG);
  }

  static ScriptException internal(Throwable e, String script) {
    return new ScriptException(
        "[internal] the quidudf plugin failed: " + e,
        new IllegalStateException(e.toString()),
        List.of(),
        script == null ? "<inline>" : script,
        LANG);
  }

  /** Binds a query's params once for every segment. */
  private static Udf bind(Udf udf, Map<String, Object> params) {
    try {
      return udf.withParameters(params == null ? Map.of() : params);
    } catch (QuidudfException e) {
      throw new IllegalArgumentException(
          "[" + e.kind().code() + "] " + udf.name() + ": " + e.getMessage(), e);
    }
  }

  private static final class FilterFactory implements FilterScript.Factory {
    private final Udf udf;
    private final String name;

    FilterFactory(Udf udf, String name) {
      this.udf = udf;
      this.name = name;
    }

    @Override
    public FilterScript.LeafFactory newFactory(Map<String, Object> params, SearchLookup lookup) {
      Udf bound = bind(udf, params);
      return ctx -> new Filter(params, lookup, ctx, bound, name);
    }
  }

  private static final class Filter extends FilterScript {
    private final Udf udf;
    private final String name;
    private final LeafFields fields;

    Filter(
        Map<String, Object> params,
        SearchLookup lookup,
        LeafReaderContext ctx,
        Udf udf,
        String name) {
      super(params, lookup, ctx);
      this.udf = udf;
      this.name = name;
      this.fields = new LeafFields(lookup.getLeafSearchLookup(ctx), () -> 0.0);
    }

    @Override
    public void setDocument(int docid) {
      fields.setDocument(docid);
    }

    @Override
    public boolean execute() {
      try {
        return udf.filter(fields);
      } catch (QuidudfException e) {
        throw failure(e, name);
      } catch (LinkageError e) {
        throw internal(e, name);
      }
    }
  }

  private static final class ScoreFactory implements ScoreScript.Factory {
    private final Udf udf;
    private final String name;

    ScoreFactory(Udf udf, String name) {
      this.udf = udf;
      this.name = name;
    }

    @Override
    public boolean isResultDeterministic() {
      return true;
    }

    @Override
    public ScoreScript.LeafFactory newFactory(
        Map<String, Object> params, SearchLookup lookup, IndexSearcher searcher) {
      Udf bound = bind(udf, params);
      return new ScoreScript.LeafFactory() {
        @Override
        public boolean needs_score() {
          return bound.needsScore();
        }

        @Override
        public ScoreScript newInstance(LeafReaderContext ctx) throws IOException {
          return new Score(params, lookup, searcher, ctx, bound, name);
        }
      };
    }
  }

  private static final class Score extends ScoreScript {
    private final Udf udf;
    private final String name;
    private final LeafFields fields;

    Score(
        Map<String, Object> params,
        SearchLookup lookup,
        IndexSearcher searcher,
        LeafReaderContext ctx,
        Udf udf,
        String name) {
      super(params, lookup, searcher, ctx);
      this.udf = udf;
      this.name = name;
      this.fields = new LeafFields(lookup.getLeafSearchLookup(ctx), this::get_score);
    }

    @Override
    public void setDocument(int docid) {
      super.setDocument(docid);
      fields.setDocument(docid);
    }

    @Override
    public double execute(ExplanationHolder explanation) {
      try {
        double s = udf.score(fields);
        if (explanation != null) {
          explanation.set(udf.name() + "@" + udf.version() + " (wasm) = " + s);
        }
        return s;
      } catch (QuidudfException e) {
        throw failure(e, name);
      } catch (LinkageError e) {
        throw internal(e, name);
      }
    }
  }
}
