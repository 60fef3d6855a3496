package io.github.cls4j.core.commun;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A day as a reader writes it: {@code 30 juin 2023}, {@code 1er juillet 2023} in French (the
 * default), {@code 30 June 2023} in English. The JSON keeps ISO days; the reports and messages
 * written for people use these.
 */
public final class DayInWords {

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DayInWords() {
    }

    /** {@code day} in words, in French unless {@code locale} is English. */
    public static String of(LocalDate day, Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        String monthAndYear = day.format(DateTimeFormatter.ofPattern("MMMM uuuu", english ? Locale.ENGLISH : Locale.FRENCH));
        // French writes the first of the month as an ordinal, « 1er juillet ».
        return (day.getDayOfMonth() == 1 && !english ? "1er" : String.valueOf(day.getDayOfMonth())) + " " + monthAndYear;
    }

    /** {@code text} in words if it is an ISO day ({@code 2023-06-30}); {@code text} as it is otherwise. */
    public static String ifDay(String text, Locale locale) {
        if (text == null || !ISO_DAY.matcher(text).matches()) {
            return text;
        }
        try {
            return of(LocalDate.parse(text), locale);
        } catch (DateTimeParseException notADay) {
            return text;
        }
    }
}
