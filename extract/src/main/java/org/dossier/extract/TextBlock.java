package org.dossier.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries of a page, with how much of it is link text and which
 * element holds it.
 *
 * @param text the text, white space folded
 * @param linkChars how many of its characters are inside links
 * @param owner the nearest block-level element around the text
 * @param heading whether an {@code h1}-{@code h6} holds it
 */
record TextBlock(String text, int linkChars, Element owner, boolean heading) {

  TextBlock {
    if (text.isEmpty() || linkChars < 0 || linkChars > text.length()) {
      throw new IllegalArgumentException(
          "a block needs text and 0 <= linkChars <= length, got '" + text + "' with " + linkChars);
    }
  }

  /** The share of the text that is link text, from 0 to 1. */
  double linkDensity() {
    return (double) linkChars / text.length();
  }
}
