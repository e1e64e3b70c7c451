package org.dossier.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom 1.0 feeds with a streaming parser that refuses DTD processing.
 *
 * <p>NOTE: DTDs are never processed and external entities never resolved, so XXE (reading local
 * files or internal URLs through entity references) and entity-expansion bombs are impossible. A
 * feed that uses an undeclared entity fails with a clear message instead.
 */
final class FeedParser {
  private static final XMLInputFactory FACTORY = hardenedFactory();
  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  private FeedParser() {}

  private static XMLInputFactory hardenedFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    // Errors come back as exceptions with a location; the default reporter would also print them.
    f.setXMLReporter((message, type, info, location) -> {});
    f.setXMLResolver(
        (publicId, systemId, base, ns) -> {
          throw new XMLStreamException("external resource refused: " + systemId);
        });
    return f;
  }

  /**
   * Parses feed bytes.
   *
   * @throws IOException naming the line and column when the XML is malformed or not a feed
   */
  static Feed parse(byte[] bytes, String input) throws IOException {
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(new StringReader(decode(bytes)));
      return read(r, input);
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
      String message =
          e.getMessage() == null
              ? ""
              : e.getMessage().replaceAll("(?s)^ParseError.*?Message: ", "");
      throw new IOException("malformed feed" + where + ": " + message.strip(), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // Closing a reader that already failed has nothing left to report.
        }
      }
    }
  }

  /**
   * The feed as text: byte-order mark, else the XML declaration's encoding, else UTF-8. Undecodable
   * bytes become U+FFFD, so one bad byte does not lose a whole feed (and the JDK parser, which
   * prints its own complaints about bytes to standard error, never sees them).
   */
  static String decode(byte[] bytes) {
    int skip = 0;
    Charset charset = StandardCharsets.UTF_8;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      skip = 2;
      charset = StandardCharsets.UTF_16BE;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      skip = 2;
      charset = StandardCharsets.UTF_16LE;
    } else {
      String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
      Matcher m = DECLARED_ENCODING.matcher(head);
      if (m.find()) {
        try {
          charset = Charset.forName(m.group(1));
        } catch (IllegalArgumentException unknown) {
          charset = StandardCharsets.UTF_8; // An unknown label: UTF-8 is the XML default.
        }
      }
    }
    String text = new String(bytes, skip, bytes.length - skip, charset);
    // The declaration would now contradict the decoded text; the parser reads characters anyway.
    return text.startsWith("<?xml") ? text.replaceFirst("^<\\?xml[^>]*\\?>", "") : text;
  }

  private static Feed read(XMLStreamReader r, String input) throws XMLStreamException, IOException {
    String root = null;
    String feedTitle = null;
    String feedLink = null;
    List<Feed.Entry> entries = new ArrayList<>();
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw entityRefused(r);
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = r.getLocalName().toLowerCase(Locale.ROOT);
      if (root == null) {
        root = name;
        if (!root.equals("rss") && !root.equals("feed") && !root.equals("rdf")) {
          throw new IOException(
              "not an RSS or Atom feed: the root element is <" + r.getLocalName() + ">");
        }
        continue;
      }
      switch (name) {
        case "item", "entry" -> entries.add(entry(r, name));
        case "title" -> {
          if (feedTitle == null) {
            feedTitle = text(r);
          }
        }
        case "link" -> {
          if (feedLink == null) {
            String href = r.getAttributeValue(null, "href");
            feedLink = href != null ? href : text(r);
          }
        }
        default -> {}
      }
    }
    return new Feed(blankToNull(feedTitle), blankToNull(feedLink), entries);
  }

  private static Feed.Entry entry(XMLStreamReader r, String element) throws XMLStreamException {
    String title = null;
    String link = null;
    String id = null;
    String published = null;
    String updated = null;
    String content = null;
    String summary = null;
    List<String> authors = new ArrayList<>();
    int depth = 1;
    while (r.hasNext() && depth > 0) {
      int event = r.next();
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw entityRefused(r);
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = r.getLocalName().toLowerCase(Locale.ROOT);
      String prefix = r.getPrefix() == null ? "" : r.getPrefix().toLowerCase(Locale.ROOT);
      switch (name) {
        case "title" -> title = text(r);
        case "link" -> {
          String href = r.getAttributeValue(null, "href");
          String rel = r.getAttributeValue(null, "rel");
          if (href != null) {
            if (rel == null || rel.equals("alternate")) {
              link = link == null || rel != null ? href : link;
            }
            skip(r);
          } else {
            link = text(r);
          }
        }
        case "guid", "id" -> id = text(r);
        case "pubdate", "published", "issued", "date" ->
            published = published == null ? text(r) : skipText(r, published);
        case "updated", "modified" -> updated = text(r);
        case "creator", "author" -> {
          String a = authorName(r);
          if (a != null && !a.isBlank()) {
            authors.add(a.strip());
          }
        }
        case "encoded" -> content = text(r);
        case "content" -> {
          if (prefix.isEmpty() || prefix.equals("atom")) {
            String type = r.getAttributeValue(null, "type");
            content = "xhtml".equals(type) ? markup(r) : text(r);
          } else {
            skip(r);
          }
        }
        case "description", "summary" -> summary = text(r);
        default -> skip(r);
      }
    }
    return new Feed.Entry(
        blankToNull(title),
        blankToNull(link),
        blankToNull(id),
        blankToNull(published != null ? published : updated),
        List.copyOf(authors),
        blankToNull(content),
        blankToNull(summary));
  }

  private static String skipText(XMLStreamReader r, String keep) throws XMLStreamException {
    skip(r);
    return keep;
  }

  /** An Atom author's name element, or an RSS author's text. */
  private static String authorName(XMLStreamReader r) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    String name = null;
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          if (r.getLocalName().equals("name")) {
            name = r.getElementText();
            depth--;
          }
        }
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (depth == 1) {
            text.append(r.getText());
          }
        }
        case XMLStreamConstants.ENTITY_REFERENCE -> throw entityRefused(r);
        default -> {}
      }
    }
    return name != null ? name : text.toString();
  }

  /** The text content of the current element, including text inside any child elements. */
  private static String text(XMLStreamReader r) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(r.getText());
        case XMLStreamConstants.ENTITY_REFERENCE -> throw entityRefused(r);
        default -> {}
      }
    }
    return text.toString().strip();
  }

  /** The children of an Atom {@code type="xhtml"} element, written back out as markup. */
  private static String markup(XMLStreamReader r) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          out.append('<').append(r.getLocalName());
          for (int i = 0; i < r.getAttributeCount(); i++) {
            out.append(' ')
                .append(r.getAttributeLocalName(i))
                .append("=\"")
                .append(escape(r.getAttributeValue(i)))
                .append('"');
          }
          out.append('>');
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          if (depth > 0) {
            out.append("</").append(r.getLocalName()).append('>');
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            out.append(escape(r.getText()));
        case XMLStreamConstants.ENTITY_REFERENCE -> throw entityRefused(r);
        default -> {}
      }
    }
    return out.toString();
  }

  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw entityRefused(r);
      }
    }
  }

  /** Entity references other than XML's five built-ins are refused: no DTD ever declares them. */
  private static XMLStreamException entityRefused(XMLStreamReader r) {
    return new XMLStreamException(
        "entity '&" + r.getLocalName() + ";' is not allowed in a feed (DTDs are not processed)",
        r.getLocation());
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
