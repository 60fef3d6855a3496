package io.github.cls4j.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.Cli;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.output.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@DisplayName("Mistakes on the command line are told in the user's language, and stack traces only with --debug")
class ClsCommandTest {

    private static final Labels FRENCH = Labels.of(Locale.FRENCH);

    @Test
    void an_unknown_option_is_told_in_french_with_the_option_meant() {
        Cli.Result r = Cli.run("validate", "--formt", "json", "--samples");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Option ou argument inconnu : --formt (vouliez-vous dire --format ?)");
    }

    @Test
    void an_impossible_date_is_told_in_french_with_the_form_expected() {
        Cli.Result r = Cli.run("validate", "--as-of", "2023-02-30", "--samples");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Valeur invalide pour --as-of : « 2023-02-30 » ; attendu : une date qui existe, AAAA-MM-JJ");
    }

    @Test
    void a_value_out_of_a_list_is_told_with_the_choices() {
        assertThat(Cli.run("validate", "--format", "pdf", "--samples").err())
                .startsWith("Valeur invalide pour --format : « pdf » ; attendu : text, json, html");
    }

    @Test
    void a_missing_argument_is_named() {
        Cli.Result r = Cli.run("check-rules");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Il manque : ");
    }

    @Test
    void with_lang_en_the_mistakes_are_told_in_english() {
        assertThat(Cli.run("validate", "--lang", "en", "--as-of", "2023-02-30", "--samples").err())
                .startsWith("Invalid value for option '--as-of': ")
                .startsWith("Invalid value for option '--as-of': '2023-02-30'; expected: a date that exists, YYYY-MM-DD");
        assertThat(Cli.run("validate", "--lang=en", "--formt", "--samples").err()).startsWith("Unknown option: '--formt'")
                .startsWith("Unknown option: '--formt' (did you mean --format?)");
        assertThat(Cli.run("validate", "--lang", "en", "--format", "pdf", "--samples").err())
                .startsWith("Invalid value for option '--format': 'pdf'; expected: text, json, html");
        assertThat(Cli.run("portfolio", "--lang", "en", "--samples").err()).startsWith("Missing: --as-of");
    }

    @Test
    void debug_is_an_option_of_every_command_before_or_after_its_name() {
        for (String[] args : new String[][] {{"--debug", "validate", "--samples"}, {"validate", "--samples", "--debug"}, {"rules", "--debug"}}) {
            ClsCommand cls = new ClsCommand();
            new CommandLine(cls).parseArgs(args);
            assertThat(cls.debug()).as(String.join(" ", args)).isTrue();
        }
        ClsCommand cls = new ClsCommand();
        new CommandLine(cls).parseArgs("validate", "--samples");
        assertThat(cls.debug()).isFalse();
    }

    @Test
    void an_internal_error_is_one_line_without_debug_and_its_stack_trace_with_it() {
        IllegalStateException bug = new IllegalStateException("bogue");

        StringWriter quiet = new StringWriter();
        assertThat(ClsCommand.internalError(bug, false, FRENCH, new PrintWriter(quiet, true))).isEqualTo(3);
        StringWriter verbose = new StringWriter();
        ClsCommand.internalError(bug, true, FRENCH, new PrintWriter(verbose, true));

        assertThat(quiet.toString()).isEqualTo("cls : erreur interne, à signaler avec l'entrée qui l'a causée : java.lang.IllegalStateException: bogue"
                + System.lineSeparator() + "(relancez avec --debug pour en avoir la trace complète)" + System.lineSeparator());
        assertThat(verbose.toString()).contains("\tat io.github.cls4j.cli.command.ClsCommandTest.");
    }

    @Test
    void an_internal_error_is_told_in_english_with_lang_en() {
        StringWriter quiet = new StringWriter();
        ClsCommand.internalError(new IllegalStateException("bug"), false, Labels.of(ClsCommand.language("validate", "--lang", "en").locale()),
                new PrintWriter(quiet, true));

        assertThat(quiet.toString()).isEqualTo("cls: internal error, to report with the input that caused it: java.lang.IllegalStateException: bug"
                + System.lineSeparator() + "(run again with --debug for its full stack trace)" + System.lineSeparator());
    }

    @Test
    void the_language_of_the_messages_is_the_one_lang_asks_for_french_otherwise() {
        assertThat(ClsCommand.language("validate", "--lang", "en", "--samples")).isEqualTo(Language.en);
        assertThat(ClsCommand.language("validate", "--lang=en")).isEqualTo(Language.en);
        assertThat(ClsCommand.language("validate", "--lang", "fr")).isEqualTo(Language.fr);
        assertThat(ClsCommand.language("validate", "--samples", "--lang")).isEqualTo(Language.fr);
        assertThat(ClsCommand.language("validate")).isEqualTo(Language.fr);
    }
}
