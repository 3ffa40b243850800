/**
 * The Cap'n Proto text format, exactly as the reference {@code capnp} tool 0.9.2 prints it.
 *
 * <p>Generated readers implement {@code toString()} and {@code toPrettyString()} by feeding their
 * fields to a {@link dev.rast.capnp.text.TextPrinter}; the result must equal, character for
 * character, what {@code capnp decode --short} and {@code capnp decode} print for the same message
 * (minus the tool's final newline). The scalar formatters ({@link dev.rast.capnp.text.FloatFormat},
 * {@link dev.rast.capnp.text.BlobFormat}, {@link dev.rast.capnp.text.IntegerFormat}) append one
 * value to a {@link java.lang.StringBuilder} and are usable on their own.
 *
 * <p>Contract of the package:
 * <ul>
 *   <li>Output is a {@code String}; where the tool writes bytes that are not valid UTF-8 (raw bytes
 *       of a malformed Text), the printer writes U+FFFD where the JDK's UTF-8 decoder would, so
 *       the result equals the tool's output decoded with {@code new String(bytes, UTF_8)}.</li>
 *   <li>Line-breaking decisions measure widths in bytes of the tool's output, as the tool does,
 *       never in Java chars.</li>
 *   <li>Static formatters are stateless and thread-safe; a {@code TextPrinter} is not thread-safe.</li>
 *   <li>Printing is not a hot path: the float formatters and the printer allocate; the text, data
 *       and integer formatters do not (beyond growing the target builder).</li>
 * </ul>
 */
package dev.rast.capnp.text;
