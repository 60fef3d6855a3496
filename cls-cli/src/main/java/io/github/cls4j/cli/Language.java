package io.github.cls4j.cli;

import java.util.Locale;

/** The languages of the reports: French first, English second. */
enum Language {
    fr(Locale.FRENCH),
    en(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }
}
