package io.github.cls4j.cli.output;

import java.util.Locale;

/** The languages of the reports: French first, English second. */
public enum Language {
    fr(Locale.FRENCH),
    en(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale of this language, for the labels and the library's messages. */
    public Locale locale() {
        return locale;
    }
}
