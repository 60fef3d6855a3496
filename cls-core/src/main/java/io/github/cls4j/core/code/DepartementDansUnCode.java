package io.github.cls4j.core.code;

/**
 * The department as the codes of communes and QPV write it, checked character by character:
 * these checks run for every code of every contract validated, where a regular expression costs
 * ten times as much. The formats are those of {@link CodeCommune} and {@link CodeQpv};
 * {@code CodeFormatsTest} checks these methods against the regular expressions that state them.
 */
final class DepartementDansUnCode {

    private DepartementDansUnCode() {
    }

    /**
     * Whether the two characters of {@code code} from {@code at} are a metropolitan department:
     * {@code 01} to {@code 95} but {@code 20}, which is split into {@code 2A} and {@code 2B}.
     * ({@code (?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5])})
     */
    static boolean metropolitain(String code, int at) {
        char tens = code.charAt(at);
        char units = code.charAt(at + 1);
        return switch (tens) {
            case '0' -> units >= '1' && units <= '9';
            case '1', '3', '4', '5', '6', '7', '8' -> chiffre(units);
            case '2' -> units >= '1' && units <= '9' || units == 'A' || units == 'B';
            case '9' -> units >= '0' && units <= '5';
            default -> false;
        };
    }

    /** Whether the three characters of {@code code} from {@code at} are an overseas department, {@code 971} to {@code 978}. */
    static boolean outreMer(String code, int at) {
        char last = code.charAt(at + 2);
        return code.charAt(at) == '9' && code.charAt(at + 1) == '7' && last >= '1' && last <= '8';
    }

    /** Whether the characters of {@code code} from {@code from} to {@code to} (excluded) are all ASCII digits. */
    static boolean chiffres(String code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!chiffre(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean chiffre(char c) {
        return c >= '0' && c <= '9';
    }
}
