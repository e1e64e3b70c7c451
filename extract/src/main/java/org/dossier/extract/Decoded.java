package org.dossier.extract;

import java.util.List;
import org.dossier.model.Diagnostic;

/**
 * Text decoded from bytes, the charset that was used and what decoding noticed.
 *
 * @param text the decoded text, or null when the bytes are binary or empty
 * @param charset the charset name used, or null
 * @param diagnostics charset conflicts, replacement characters, binary content
 */
record Decoded(String text, String charset, List<Diagnostic> diagnostics) {}
