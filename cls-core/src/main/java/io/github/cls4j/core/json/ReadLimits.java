package io.github.cls4j.core.json;

/**
 * The bounds within which a contract document is read. An input beyond one of them is refused
 * with a {@link ContractFormatException} that names the limit, before it can exhaust the host's
 * memory or time: a contract comes from whatever a user typed, exported or half-migrated.
 *
 * <p>The {@linkplain #defaults() defaults} leave ample room for real contracts (the largest sample
 * is 22 KB) and can be changed by a host with the {@code with…} methods:
 *
 * <pre>{@code
 * ContractReader reader = ContractJson.reader(ReadLimits.defaults().withMaxBytes(64L << 20));
 * }</pre>
 *
 * @param maxBytes the largest document, in bytes (in characters for a document given as text)
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest text value or property name, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxTokens the most JSON tokens (each value, property name and bracket counts one), which
 *     bounds the number of elements of a contract
 */
public record ReadLimits(long maxBytes, int maxDepth, int maxStringLength, int maxNumberLength, long maxTokens) {

    private static final ReadLimits DEFAULTS = new ReadLimits(16L * 1024 * 1024, 64, 100_000, 40, 2_000_000);

    /**
     * Checks that every limit is positive.
     *
     * @throws IllegalArgumentException if one is not
     */
    public ReadLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxNumberLength < 1 || maxTokens < 1) {
            throw new IllegalArgumentException("Every read limit must be positive: " + this);
        }
    }

    /**
     * The default limits: 16 MiB, 64 levels, 100,000 characters per text, 40 characters per
     * number, 2,000,000 tokens.
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** These limits with another largest document, in bytes. */
    public ReadLimits withMaxBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxStringLength, maxNumberLength, maxTokens);
    }

    /** These limits with another deepest nesting. */
    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxBytes, depth, maxStringLength, maxNumberLength, maxTokens);
    }

    /** These limits with another longest text, in characters. */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxBytes, maxDepth, length, maxNumberLength, maxTokens);
    }

    /** These limits with another longest number, in characters. */
    public ReadLimits withMaxNumberLength(int length) {
        return new ReadLimits(maxBytes, maxDepth, maxStringLength, length, maxTokens);
    }

    /** These limits with another largest number of tokens. */
    public ReadLimits withMaxTokens(long tokens) {
        return new ReadLimits(maxBytes, maxDepth, maxStringLength, maxNumberLength, tokens);
    }
}
