package io.quidditch.udf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quidditch.udf.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the completion scripts offer: every command, and the registry's UDF names. */
class CompletionTest {
  @TempDir Path tmp;

  private static CommandLine tree() {
    return Main.commandLine(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  private String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  @Test
  void theFishScriptCompletesEverySubcommandItsOptionsAndTheirValues() {
    String fish = CompletionCommand.fish(tree());
    assertEverySubcommand(fish, tree(), "quidudf");
    assertThat(fish)
        .contains(
            "complete -c quidudf -n '__quidudf_is quidudf test' -l 'format' -x -a 'text json junit"
                + " tap' -d 'text, json, junit or tap.'")
        .contains("complete -c quidudf -n '__quidudf_is quidudf compile' -F -d 'A .wat or .py")
        .contains("complete -c quidudf -n '__quidudf_is quidudf completion' -a 'bash zsh fish'")
        .contains("complete -c quidudf -n '__quidudf_is quidudf remote list' -l 'server' -x")
        .contains("-l 'registry' -r -F")
        .contains("-s 'h' -l 'help' -d 'Show this help message and exit.'")
        .doesNotContain("'names'");
    for (String command : CompletionCommand.UDF_ARGUMENTS) {
      assertThat(fish)
          .contains(
              "complete -c quidudf -n '__quidudf_is quidudf "
                  + command
                  + "' -F -a '(__quidudf_udf_names)'");
    }
    assertThat(fish).doesNotContain("'__quidudf_is quidudf remote inspect' -F -a");
  }

  private static void assertEverySubcommand(String fish, CommandLine command, String path) {
    command
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              assertThat(fish)
                  .contains("complete -c quidudf -n '__quidudf_is " + path + "' -a '" + name + "'")
                  .contains(" '" + path + " " + name + "'")
                  .contains("\n# " + path + " " + name + "\n");
              assertEverySubcommand(fish, sub, path + " " + name);
            });
  }

  @Test
  void theBashScriptAsksTheNamesHelperForTheUdfArgumentsOnly() {
    String bash = CompletionCommand.bash(tree());
    for (String command : CompletionCommand.UDF_ARGUMENTS) {
      assertThat(function(bash, "_picocli_quidudf_" + command))
          .contains("local positionals=$(_quidudf_udf_names \"${curr_word}\")");
    }
    assertThat(function(bash, "_picocli_quidudf_remote_inspect"))
        .doesNotContain("_quidudf_udf_names");
    assertThat(function(bash, "_quidudf_udf_names"))
        .contains("\"${COMP_WORDS[0]}\" list --names \"${registry[@]}\"");
  }

  private static String function(String script, String name) {
    int from = script.indexOf("function " + name + "() {");
    assertThat(from).as(name).isNotNegative();
    return script.substring(from, script.indexOf("\n}\n", from));
  }

  @Test
  void bashCompletesANameFromTheRegistryAndAPathFromTheFiles() throws Exception {
    Path script = tmp.resolve("quidudf.bash");
    Files.writeString(script, CompletionCommand.bash(tree()));
    // a quidudf that answers list --names as the real one would, and logs what it was asked
    Path calls = tmp.resolve("calls");
    Path fake = tmp.resolve("fake-quidudf");
    Files.writeString(
        fake,
        "#!/bin/sh\necho \"$@\" >> '"
            + calls
            + "'\n[ \"$1 $2\" = 'list --names' ] && printf 'custom-score\\ngeo-filter\\n'\n");
    assertThat(fake.toFile().setExecutable(true)).isTrue();
    Path work = Files.createDirectories(tmp.resolve("work"));
    Files.writeString(work.resolve("custom.wasm"), "");

    assertThat(complete(script, work, fake + " inspect cu"))
        .containsExactlyInAnyOrder("custom-score", "custom.wasm");
    assertThat(complete(script, work, fake + " bench --registry /r/home g"))
        .containsExactly("geo-filter");
    assertThat(Files.readAllLines(calls))
        .containsExactly("list --names", "list --names --registry /r/home");
    // a word that looks like a path is completed from the files alone
    assertThat(complete(script, work, fake + " test ./cu")).containsExactly("./custom.wasm");
    assertThat(Files.readAllLines(calls)).hasSize(2);
    // other commands' string arguments are left alone
    assertThat(complete(script, work, fake + " remote inspect cu")).isEmpty();
  }

  /** What bash completes the last word of {@code line} with, the script sourced in {@code dir}. */
  private static List<String> complete(Path script, Path dir, String line) throws Exception {
    String driver =
        "source '"
            + script
            + "'\nCOMP_LINE='"
            + line
            + "'\nread -r -a COMP_WORDS <<< \"$COMP_LINE\"\n"
            + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
            + "_complete_quidudf\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process p =
        new ProcessBuilder("bash", "--norc", "--noprofile", "-c", driver)
            .directory(dir.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out.lines().filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void listNamesPrintsEachRegisteredNameOnceALine() {
    String home = tmp.resolve("home").toString();
    Path examples = Fixtures.root().resolve("examples");
    run("register", examples.resolve("geo-filter/geo_filter.wasm").toString(), "--registry", home);
    run(
        "register",
        examples.resolve("custom-score/custom_score.wasm").toString(),
        "--registry",
        home);
    run(
        "register",
        examples.resolve("custom-score/custom_score.wasm").toString(),
        "--version",
        "1.1.0",
        "--registry",
        home);
    assertThat(run("list", "--names", "--registry", home)).isEqualTo("custom-score\ngeo-filter\n");
    assertThat(run("list", "--names", "--registry", tmp.resolve("empty").toString())).isEmpty();
    assertThat(run("list", "--help")).doesNotContain("--names");
  }
}
