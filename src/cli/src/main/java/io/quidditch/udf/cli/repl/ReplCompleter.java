package io.quidditch.udf.cli.repl;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ParamSpec;
import io.quidditch.udf.core.ParamType;
import io.quidditch.udf.core.registry.Registry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion that looks at where the cursor is: command names first, then parameter names and
 * values after {@code :param}, set parameters after {@code :unset}, UDF names where a UDF is named,
 * and document field names only where a JSON document expects a key.
 */
final class ReplCompleter implements Completer {
  /** What the shell holds at the moment Tab is pressed. */
  interface Session {
    /** The loaded UDF's manifest, or null. */
    Manifest manifest();

    /** The names of the parameters set with {@code :param}. */
    Collection<String> parameterNames();

    /** The current document. */
    JsonNode document();
  }

  private final Session session;
  private final List<String> commands;
  private final List<String> subcommands;
  private final Path home;

  ReplCompleter(Session session, List<String> commands, List<String> subcommands, Path home) {
    this.session = session;
    this.commands = commands;
    this.subcommands = subcommands;
    this.home = home;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    List<String> words = line.words();
    int index = line.wordIndex();
    String first = words.isEmpty() ? "" : words.get(0);
    String word = line.word().substring(0, line.wordCursor());
    if (first.startsWith("{") || (first.equals(":doc") && index > 0)) {
      fields(line.line().substring(0, line.cursor()), word, candidates);
      return;
    }
    if (index == 0) {
      commands.forEach(c -> candidates.add(new Candidate(c)));
      subcommands.forEach(c -> candidates.add(new Candidate(c)));
      return;
    }
    switch (first) {
      case ":param":
        if (index == 1) {
          parameter(word, candidates);
        }
        break;
      case ":unset":
        session.parameterNames().forEach(n -> candidates.add(new Candidate(n)));
        break;
      case ":load":
      case "inspect":
      case "remove":
        if (index == 1) {
          udfNames(candidates);
        }
        break;
      default:
        break;
    }
  }

  /** {@code name=} for each parameter; once the name is typed, the values its type allows. */
  private void parameter(String word, List<Candidate> candidates) {
    Manifest m = session.manifest();
    int eq = word.indexOf('=');
    if (eq < 0) {
      Set<String> names = new TreeSet<>(session.parameterNames());
      if (m != null) {
        for (ParamSpec p : m.parameters()) {
          candidates.add(partial(p.name() + "=", p.description()));
          names.remove(p.name());
        }
      }
      names.forEach(n -> candidates.add(partial(n + "=", null)));
      return;
    }
    ParamSpec spec = m == null ? null : m.parameter(word.substring(0, eq));
    if (spec == null) {
      return;
    }
    String name = spec.name() + "=";
    if (spec.type() == ParamType.BOOL) {
      candidates.add(new Candidate(name + "true"));
      candidates.add(new Candidate(name + "false"));
    } else if (spec.defaultValue() != null && !spec.defaultValue().isNull()) {
      candidates.add(new Candidate(name + spec.defaultValue().asText()));
    }
  }

  private static Candidate partial(String value, String description) {
    return new Candidate(value, value, null, description, null, null, false);
  }

  private void udfNames(List<Candidate> candidates) {
    try {
      for (String n : new Registry(home).names()) {
        candidates.add(new Candidate(n));
      }
    } catch (RuntimeException e) {
      // no registry: nothing to offer
    }
  }

  /**
   * Field names where the document being typed expects a key: the current document's and the
   * manifest's declared fields, at the nesting the cursor is in.
   *
   * @param typed the line up to the cursor
   * @param word the parser's current word up to the cursor (it may hold {@code {} and quotes)
   */
  private void fields(String typed, String word, List<Candidate> candidates) {
    int brace = typed.indexOf('{');
    KeySpot spot = brace < 0 ? null : KeySpot.of(typed.substring(brace));
    if (spot == null) {
      return;
    }
    String head;
    String tail;
    if (!spot.inString()) {
      // no quote typed yet: the candidate brings both
      head = word + "\"";
      tail = "\"";
    } else if (word.length() > spot.partial().length()
        && word.charAt(word.length() - spot.partial().length() - 1) == '"') {
      // the quote is inside the word (after a { or a comma): the candidate closes it
      head = word.substring(0, word.length() - spot.partial().length());
      tail = "\"";
    } else {
      // the word is the quoted text itself; the line reader adds the quotes
      head = word.substring(0, word.length() - spot.partial().length());
      tail = "";
    }
    for (String name : names(spot.path())) {
      // a quoted word is closed by the line reader, which adds a space after it
      candidates.add(
          new Candidate(head + name + tail, name, null, null, null, null, tail.isEmpty()));
    }
  }

  private Set<String> names(List<String> path) {
    Set<String> names = new TreeSet<>();
    JsonNode d = session.document();
    for (String key : path) {
      d = d == null ? null : d.get(key);
    }
    if (d != null && d.isObject()) {
      d.fieldNames().forEachRemaining(names::add);
    }
    Manifest m = session.manifest();
    if (m != null) {
      String prefix = path.isEmpty() ? "" : String.join(".", path) + ".";
      for (Manifest.FieldSpec f : m.inputs().fields()) {
        if (f.name().startsWith(prefix) && f.name().length() > prefix.length()) {
          String rest = f.name().substring(prefix.length());
          int dot = rest.indexOf('.');
          names.add(dot < 0 ? rest : rest.substring(0, dot));
        }
      }
    }
    return names;
  }

  /**
   * Where the end of a partly typed JSON document stands when it expects an object key.
   *
   * @param path the keys of the objects the cursor is in, outermost first
   * @param partial the part of the key typed so far
   * @param inString whether the key's opening quote has been typed
   */
  record KeySpot(List<String> path, String partial, boolean inString) {
    /** The spot at the end of {@code text}, or null when no key is expected there. */
    static KeySpot of(String text) {
      List<String> keys = new ArrayList<>(); // per open container: its key, or null for an array
      List<Boolean> objects = new ArrayList<>();
      boolean expectKey = false;
      boolean inString = false;
      boolean stringIsKey = false;
      boolean escaped = false;
      String lastKey = null;
      StringBuilder string = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (inString) {
          if (escaped) {
            escaped = false;
            string.append(c);
          } else if (c == '\\') {
            escaped = true;
          } else if (c == '"') {
            inString = false;
            if (stringIsKey) {
              lastKey = string.toString();
            }
          } else {
            string.append(c);
          }
          continue;
        }
        switch (c) {
          case '"':
            inString = true;
            stringIsKey = expectKey;
            expectKey = false;
            string.setLength(0);
            break;
          case '{':
            keys.add(objects.isEmpty() || !objects.get(objects.size() - 1) ? null : lastKey);
            objects.add(true);
            expectKey = true;
            break;
          case '[':
            keys.add(null);
            objects.add(false);
            expectKey = false;
            break;
          case '}':
          case ']':
            if (!objects.isEmpty()) {
              keys.remove(keys.size() - 1);
              objects.remove(objects.size() - 1);
            }
            expectKey = false;
            break;
          case ',':
            expectKey = !objects.isEmpty() && objects.get(objects.size() - 1);
            break;
          default:
            if (!Character.isWhitespace(c)) {
              expectKey = false;
            }
            break;
        }
      }
      if (objects.isEmpty() || !objects.get(objects.size() - 1)) {
        return null;
      }
      List<String> path = keys.subList(1, keys.size());
      if (path.contains(null) || (inString ? !stringIsKey : !expectKey)) {
        // inside an array, or where a value goes
        return null;
      }
      return new KeySpot(List.copyOf(path), inString ? string.toString() : "", inString);
    }
  }
}
