package org.dossier.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;

/**
 * Snippets of search hits, cut from where the index says the query's words occur.
 *
 * <p>The fields snippets come from keep their words' character offsets in the index, so a hit's
 * matches are read from the postings (one seek per word and segment for a whole page of hits) and
 * its text is never analysed again. This replaced Lucene's unified highlighter, which looked each
 * word up again for every hit: 43 % of a search's profile samples (JFR, 100 clients).
 *
 * <p>A snippet is up to two passages of about {@link #PASSAGE} characters, cut at spaces, the ones
 * holding the most different words of the query first, shown in text order. Matches are marked with
 * characters the caller chooses.
 */
final class Snippets {
  /** Characters a passage aims at. */
  static final int PASSAGE = 160;

  private Snippets() {}

  /**
   * The words a query looks for in any field, as the index holds them; words under NOT and the
   * filters' values are not among them.
   */
  static List<BytesRef> words(Query query) {
    Set<BytesRef> words = new LinkedHashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            for (Term t : terms) {
              words.add(BytesRef.deepCopyOf(t.bytes()));
            }
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT || occur == BooleanClause.Occur.FILTER
                ? QueryVisitor.EMPTY_VISITOR
                : this;
          }
        });
    return new ArrayList<>(words);
  }

  /**
   * Where the words occur in a field of each of the documents: per document, its matches as start
   * offset, end offset and the word's index, by start.
   */
  static Map<Integer, List<int[]>> matches(
      IndexReader reader, String field, List<BytesRef> words, int[] docs) throws IOException {
    Map<Integer, List<int[]>> found = new HashMap<>();
    if (words.isEmpty() || docs.length == 0) {
      return found;
    }
    int[] sorted = docs.clone();
    Arrays.sort(sorted);
    List<LeafReaderContext> leaves = reader.leaves();
    int i = 0;
    while (i < sorted.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sorted[i], leaves));
      int end = i;
      while (end < sorted.length && sorted[end] < leaf.docBase + leaf.reader().maxDoc()) {
        end++;
      }
      Terms terms = leaf.reader().terms(field);
      if (terms != null && terms.hasOffsets()) {
        TermsEnum te = terms.iterator();
        for (int w = 0; w < words.size(); w++) {
          if (!te.seekExact(words.get(w))) {
            continue;
          }
          PostingsEnum postings = te.postings(null, PostingsEnum.OFFSETS);
          for (int d = i; d < end; d++) {
            int target = sorted[d] - leaf.docBase;
            int at = postings.docID() < target ? postings.advance(target) : postings.docID();
            if (at == DocIdSetIterator.NO_MORE_DOCS) {
              break;
            }
            if (at == target) {
              List<int[]> list = found.computeIfAbsent(sorted[d], k -> new ArrayList<>());
              for (int f = postings.freq(); f > 0; f--) {
                postings.nextPosition();
                list.add(new int[] {postings.startOffset(), postings.endOffset(), w});
              }
            }
          }
        }
      }
      i = end;
    }
    for (List<int[]> list : found.values()) {
      list.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    }
    return found;
  }

  /**
   * Up to {@code max} passages of a text around its matches (as {@link #matches} gives them),
   * matches marked; null when no match lies inside the text. The text is asked for only as far as
   * the passages reach: {@code prefix} gives its first n characters, or all of it when it is
   * shorter.
   */
  static String cut(
      java.util.function.IntFunction<String> prefix,
      List<int[]> matches,
      int max,
      char openMark,
      char closeMark) {
    List<int[]> inside = new ArrayList<>(); // the matches, overlapping ones left out
    int last = -1;
    for (int[] m : matches) {
      if (m[0] >= last && m[0] >= 0 && m[0] < m[1]) {
        inside.add(m);
        last = m[1];
      }
    }
    List<int[]> chosen = choose(inside, max);
    int reach = 0;
    for (int[] c : chosen) {
      reach = Math.max(reach, inside.get(c[1])[1] + PASSAGE);
    }
    String text = prefix.apply(reach + 1);
    if (text.length() <= reach && last > text.length()) {
      // Offsets past the end of the text the snippet is cut from (its head only): choose again.
      int length = text.length();
      inside.removeIf(m -> m[1] > length);
      chosen = choose(inside, max);
    }
    if (chosen.isEmpty()) {
      return null;
    }
    List<int[]> ranges = new ArrayList<>(); // from, to
    for (int[] c : chosen) {
      int first = inside.get(c[0])[0];
      int lastEnd = inside.get(c[1])[1];
      int slack = Math.max(0, PASSAGE - (lastEnd - first));
      int from = Math.max(0, first - slack / 2);
      int to = Math.min(text.length(), lastEnd + (slack - (first - from)));
      ranges.add(new int[] {startAtSpace(text, from, first), endAtSpace(text, to, lastEnd)});
    }
    ranges.sort((x, y) -> Integer.compare(x[0], y[0]));
    StringBuilder out = new StringBuilder();
    int[] open = null;
    List<int[]> merged = new ArrayList<>();
    for (int[] r : ranges) {
      if (open != null && r[0] <= open[1]) {
        open[1] = Math.max(open[1], r[1]);
      } else {
        open = r.clone();
        merged.add(open);
      }
    }
    for (int[] r : merged) {
      if (out.length() > 0) {
        out.append(" … ");
      }
      int pos = r[0];
      for (int[] m : inside) {
        if (m[0] >= pos && m[1] <= r[1]) {
          out.append(text, pos, m[0]).append(openMark).append(text, m[0], m[1]).append(closeMark);
          pos = m[1];
        }
      }
      out.append(text, pos, r[1]);
    }
    return out.toString();
  }

  /** The passages to show: first and last match of each, the most different words first. */
  private static List<int[]> choose(List<int[]> inside, int max) {
    List<int[]> chosen = new ArrayList<>();
    boolean[] taken = new boolean[inside.size()];
    for (int p = 0; p < max; p++) {
      int[] best = null;
      int bestScore = -1;
      for (int a = 0; a < inside.size(); a++) {
        if (taken[a]) {
          continue;
        }
        long distinct = 0;
        int b = a;
        while (b < inside.size() && !taken[b] && inside.get(b)[1] - inside.get(a)[0] <= PASSAGE) {
          distinct |= 1L << (inside.get(b)[2] & 63);
          b++;
        }
        int score = Long.bitCount(distinct) * 1000 + (b - a);
        if (score > bestScore) {
          bestScore = score;
          best = new int[] {a, b - 1};
        }
      }
      if (best == null) {
        break;
      }
      for (int k = best[0]; k <= best[1]; k++) {
        taken[k] = true;
      }
      chosen.add(best);
    }
    return chosen;
  }

  /** The start of a text with no match: about two passages, cut at a space. */
  static String lead(java.util.function.IntFunction<String> prefix) {
    String text = prefix.apply(2 * PASSAGE + 1);
    return text.substring(0, endAtSpace(text, Math.min(text.length(), 2 * PASSAGE), 0));
  }

  /**
   * The first {@code chars} UTF-16 characters of UTF-8 bytes (all of them when they hold fewer),
   * decoding no more than that.
   */
  static String prefix(BytesRef utf8, int chars) {
    byte[] b = utf8.bytes;
    int end = utf8.offset + utf8.length;
    int i = utf8.offset;
    int n = 0;
    while (i < end && n < chars) {
      int lead = b[i] & 0xff;
      if (lead < 0x80) {
        i += 1;
        n += 1;
      } else if (lead < 0xe0) {
        i += 2;
        n += 1;
      } else if (lead < 0xf0) {
        i += 3;
        n += 1;
      } else {
        i += 4;
        n += 2;
      }
    }
    return new String(
        b, utf8.offset, Math.min(i, end) - utf8.offset, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A passage's start moved forward to just after a space, never past its first match. */
  private static int startAtSpace(String text, int from, int firstMatch) {
    if (from == 0) {
      return 0;
    }
    for (int k = from; k < firstMatch; k++) {
      if (Character.isWhitespace(text.charAt(k - 1))) {
        return k;
      }
    }
    return Character.isLowSurrogate(text.charAt(from)) ? from - 1 : from;
  }

  /** A passage's end moved back to a space, never before its last match's end. */
  private static int endAtSpace(String text, int to, int lastMatchEnd) {
    if (to >= text.length()) {
      return text.length();
    }
    for (int k = to; k > lastMatchEnd; k--) {
      if (Character.isWhitespace(text.charAt(k))) {
        return k;
      }
    }
    return Character.isLowSurrogate(text.charAt(to)) ? to + 1 : to;
  }
}
