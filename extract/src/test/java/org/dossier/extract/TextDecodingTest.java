package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A byte-order mark says how to read text, and never lets binary through. */
class TextDecodingTest {
  private static byte[] bytes(int[] head, String tail, int... end) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b : head) {
      out.write(b);
    }
    out.writeBytes(tail.getBytes(StandardCharsets.ISO_8859_1));
    for (int b : end) {
      out.write(b);
    }
    return out.toByteArray();
  }

  private static String refusal(Decoded d) {
    return d.diagnostics().stream()
        .filter(x -> x.code().equals("binary"))
        .map(x -> x.message())
        .findFirst()
        .orElse("");
  }

  @Test
  void utf16TextWithItsMarkIsRead() {
    byte[] le = bytes(new int[] {0xff, 0xfe}, "");
    byte[] text = "<p>Grüße, 東京</p>".getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[le.length + text.length];
    System.arraycopy(le, 0, all, 0, le.length);
    System.arraycopy(text, 0, all, le.length, text.length);
    Decoded d = TextDecoding.decode(all, null, true, "page.html");
    assertEquals("<p>Grüße, 東京</p>", d.text());
    assertEquals("UTF-16LE", d.charset());
  }

  @Test
  void binaryAfterAUtf16MarkIsRefused() {
    // 8-bit markup behind a stray mark, then NUL bytes: binary, as it would be without the mark.
    Decoded stray =
        TextDecoding.decode(
            bytes(new int[] {0xff, 0xfe}, "<html><body>", 0, 1), null, true, "junk.html");
    assertNull(stray.text());
    assertTrue(refusal(stray).startsWith("junk.html: binary content (NUL bytes)"), refusal(stray));

    // UTF-16 that decodes to NUL characters, and bytes that are no UTF-16 at all (a lone
    // surrogate).
    Decoded nul =
        TextDecoding.decode(
            new byte[] {(byte) 0xfe, (byte) 0xff, 0, 0, 0, 'a'}, null, true, "a.txt");
    assertNull(nul.text());
    assertTrue(refusal(nul).contains("NUL characters"), refusal(nul));
    Decoded lone =
        TextDecoding.decode(
            new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xd8, 'a', 0}, null, true, "b.txt");
    assertNull(lone.text());
    assertTrue(refusal(lone).contains("bytes that are not UTF-16LE"), refusal(lone));
  }

  @Test
  void aStrayUtf16MarkBeforePlainTextIsIgnoredWithAWarning() {
    Decoded d =
        TextDecoding.decode(
            bytes(new int[] {0xff, 0xfe}, "<html><title>Budget vote</title></html>"),
            null,
            true,
            "page.html");
    assertEquals("<html><title>Budget vote</title></html>", d.text());
    assertTrue(d.diagnostics().stream().anyMatch(x -> x.code().equals("bom-ignored")));
  }

  @Test
  void binaryAfterAUtf8MarkIsRefused() {
    Decoded d =
        TextDecoding.decode(bytes(new int[] {0xef, 0xbb, 0xbf}, "abc", 0, 0), null, true, "c.html");
    assertNull(d.text());
    assertTrue(refusal(d).startsWith("c.html: binary content (NUL bytes)"), refusal(d));
  }
}
