package io.github.cls4j.core.code;

/** The Luhn (mod 10) check used by SIREN and SIRET numbers. */
final class Luhn {

    private Luhn() {
    }

    /** Whether {@code digits} holds only ASCII digits and its Luhn sum is a multiple of 10. */
    static boolean isValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int digit = c - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
