package org.dossier.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Diagnostic;

/**
 * Decodes captured bytes to text: byte-order mark first, then the declared charset (HTTP header,
 * then HTML meta), checked against the bytes; UTF-8 when the bytes are valid UTF-8, else
 * windows-1252. Binary content is recognised and refused.
 */
final class TextDecoding {
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /**
   * Decodes bytes.
   *
   * @param declared the charset from an HTTP header, or null
   * @param sniffMeta whether to look for an HTML meta charset in the first 4 KB
   */
  static Decoded decode(byte[] bytes, String declared, boolean sniffMeta, String input) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (bytes.length == 0) {
      diagnostics.add(Diagnostic.error("empty", input + ": the input is empty"));
      return new Decoded(null, null, diagnostics);
    }
    Charset bom = bom(bytes);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      byte[] payload = java.util.Arrays.copyOfRange(bytes, skip, bytes.length);
      if (bom == StandardCharsets.UTF_8) {
        String binary = binaryKind(payload);
        if (binary != null) {
          return refused(input, binary, diagnostics);
        }
        return new Decoded(new String(payload, bom), bom.name(), diagnostics);
      }
      if (!looksEightBit(payload)) {
        String text = strict(payload, bom);
        String binary = text == null ? "bytes that are not " + bom.name() : binaryKind(text);
        if (binary != null) {
          return refused(input, binary, diagnostics);
        }
        return new Decoded(text, bom.name(), diagnostics);
      }
      // A UTF-16 mark before bytes that read as 8-bit text (a writer's stray mark): the bytes are
      // what they look like, and are read like bytes without a mark.
      diagnostics.add(
          Diagnostic.warning(
              "bom-ignored",
              input + ": a " + bom.name() + " byte-order mark before 8-bit text; mark ignored"));
      bytes = payload;
      if (bytes.length == 0) {
        diagnostics.add(Diagnostic.error("empty", input + ": the input is empty"));
        return new Decoded(null, null, diagnostics);
      }
    }
    String binary = binaryKind(bytes);
    if (binary != null) {
      return refused(input, binary, diagnostics);
    }
    String claimed = declared;
    String origin = "HTTP header";
    if (claimed == null && sniffMeta) {
      Matcher m =
          META_CHARSET.matcher(
              new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
      if (m.find()) {
        claimed = m.group(1);
        origin = "meta tag";
      }
    }
    String utf8 = strictUtf8(bytes);
    boolean validUtf8 = utf8 != null;
    if (claimed != null) {
      Charset charset = charset(claimed);
      if (charset == null) {
        diagnostics.add(
            Diagnostic.warning(
                "charset-unknown",
                input
                    + ": unknown charset '"
                    + claimed
                    + "' in the "
                    + origin
                    + "; detected instead"));
      } else if (isUtf8(charset) && !validUtf8) {
        diagnostics.add(
            Diagnostic.warning(
                "charset-mismatch",
                input
                    + ": declared UTF-8 in the "
                    + origin
                    + " but the bytes are not UTF-8; read as windows-1252"));
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252.name(), diagnostics);
      } else if (!isUtf8(charset) && validUtf8 && hasMultibyte(bytes) && isLatin(charset)) {
        diagnostics.add(
            Diagnostic.warning(
                "charset-mismatch",
                input
                    + ": declared "
                    + claimed
                    + " in the "
                    + origin
                    + " but the bytes are UTF-8; read as UTF-8"));
        return new Decoded(utf8, "UTF-8", diagnostics);
      } else {
        String text = isUtf8(charset) ? utf8 : new String(bytes, charset);
        return new Decoded(text, charset.name(), diagnostics);
      }
    }
    if (validUtf8) {
      return new Decoded(utf8, "UTF-8", diagnostics);
    }
    diagnostics.add(
        Diagnostic.info(
            "charset-guessed",
            input + ": no usable charset declared and not UTF-8; read as windows-1252"));
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252.name(), diagnostics);
  }

  private static Decoded refused(String input, String binary, List<Diagnostic> diagnostics) {
    diagnostics.add(
        Diagnostic.error("binary", input + ": binary content (" + binary + "), not text"));
    return new Decoded(null, null, diagnostics);
  }

  /**
   * Whether bytes after a UTF-16 mark are in truth 8-bit text: at least three quarters of the first
   * 8 KB printable ASCII or line breaks. UTF-16 text cannot be: ASCII in it has a zero byte per
   * character, and the bytes of other scripts are mostly outside that range.
   */
  private static boolean looksEightBit(byte[] b) {
    int n = Math.min(b.length, 8192);
    int ascii = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if ((c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r' || c == '\t') {
        ascii++;
      }
    }
    return n > 0 && ascii * 4 >= n * 3;
  }

  /**
   * Bytes as text in a charset, or null when they are not valid in it (for UTF-16: an odd length, a
   * lone surrogate).
   */
  private static String strict(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** What kind of binary decoded text is (NUL or mostly control characters), or null. */
  private static String binaryKind(String text) {
    return controlKind(text.length(), text::charAt, "NUL characters");
  }

  private static Charset charset(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return WINDOWS_1252; // As browsers do (WHATWG Encoding): these labels mean windows-1252.
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean isUtf8(Charset c) {
    return c.equals(StandardCharsets.UTF_8);
  }

  private static boolean isLatin(Charset c) {
    String n = c.name().toLowerCase(Locale.ROOT);
    return n.startsWith("windows-125") || n.startsWith("iso-8859");
  }

  private static Charset bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** What kind of binary the bytes are, or null when they look like text. */
  static String binaryKind(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "a PNG image";
    }
    if (startsWith(b, 0xff, 0xd8, 0xff)) {
      return "a JPEG image";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "a GIF image";
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "a PDF document";
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return "a ZIP archive";
    }
    if (startsWith(b, 0x1f, 0x8b)) {
      return "gzip-compressed data";
    }
    return controlKind(b.length, i -> b[i] & 0xff, "NUL bytes");
  }

  /**
   * What kind of binary the first 8 KB of some units (bytes or characters) are: NUL among them, or
   * more than a tenth control characters other than line breaks, tabs and form feeds; null for
   * text.
   */
  private static String controlKind(int length, IntUnaryOperator unit, String nul) {
    int n = Math.min(length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = unit.applyAsInt(i);
      if (c == 0) {
        return nul;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control > n / 10 ? "mostly control characters" : null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The bytes as UTF-8 text, or null when they are not valid UTF-8: one pass does both. */
  static String strictUtf8(byte[] bytes) {
    // The JDK's lenient decoder is several times faster; only a replacement character in its
    // output (a malformed sequence, or a real U+FFFD in the page) needs the strict decoder.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return lenient;
    }
    return strict(bytes, StandardCharsets.UTF_8);
  }

  private static boolean hasMultibyte(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }
}
