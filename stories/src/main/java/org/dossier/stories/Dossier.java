package org.dossier.stories;

import java.util.List;

/**
 * A story's dossier: every line names the articles that support it.
 *
 * @param id the story's id
 * @param title a title for the story (the title of its most central article)
 * @param articles its articles, earliest first
 * @param timeline dated events, earliest first
 * @param quotes statements, each with how every outlet worded it
 * @param entities people, organisations and places with every spelling used
 * @param conflicts facts the outlets state differently
 * @param coverage who reported, when, and how the articles relate
 * @param reaction what readers said, apart from the reporting
 * @param chapters other stories of the same saga, in time order
 */
public record Dossier(
    String id,
    String title,
    List<ArticleRef> articles,
    List<Event> timeline,
    List<Statement> quotes,
    List<Entity> entities,
    List<Conflict> conflicts,
    List<OutletCoverage> coverage,
    List<Relation> relations,
    Reaction reaction,
    List<Chapter> chapters) {

  /** An article of the story. */
  public record ArticleRef(
      String id, String source, String outlet, String title, String published) {}

  /**
   * A dated event.
   *
   * @param when ISO 8601 date or partial date ("1998", "2019-11", "2021-06-14")
   * @param text the sentence that reports it, from the first article that did
   * @param articles every article that reports it, earliest first
   * @param background true for an event well before the story (a founding, an earlier row)
   */
  public record Event(String when, String text, List<String> articles, boolean background) {}

  /**
   * A statement and its versions.
   *
   * @param speaker the speaker's canonical name, or null when unknown
   * @param text the statement in its earliest direct wording
   * @param platform where it was first made when a source says so ({@code instagram}, {@code x}
   *     ...), or null
   * @param firstArticle the first article that printed it
   * @param drift how far the versions depart from {@code text}: the largest of the variants'
   * @param variants how each article printed it
   * @param background true for a statement made well before the story and quoted again as
   *     background (an old apology): it is in an earlier chapter of the saga, or its sentence dates
   *     it before the story
   */
  public record Statement(
      String speaker,
      String text,
      String platform,
      String firstArticle,
      String drift,
      List<Variant> variants,
      boolean background) {}

  /**
   * One article's version of a statement.
   *
   * @param article the article
   * @param outlet its outlet
   * @param text the words it printed (parts of a split quote joined by " … ")
   * @param kind {@code direct} or {@code indirect}
   * @param drift {@code identical}, {@code punctuation}, {@code shortened}, {@code wording} or
   *     {@code paraphrase}
   * @param diff a word-level diff against the statement's text ("[-old-] {+new+}"), or null
   * @param cue the words that attribute it in the article ("said", "told reporters", "according
   *     to"), as its first part printed them, or null when none was found
   */
  public record Variant(
      String article,
      String outlet,
      String text,
      String kind,
      String drift,
      String diff,
      String cue) {}

  /** A person, organisation or place with every spelling the articles used. */
  public record Entity(String name, String type, List<Spelling> variants) {}

  /** One spelling of a name and the articles that used it. */
  public record Spelling(String text, List<String> articles, List<String> outlets) {}

  /**
   * A fact stated differently.
   *
   * @param about what the fact is about ("value of the deal", "nationality of Maison Verrault")
   * @param kind {@code number}, {@code date}, {@code descriptor} or {@code spelling}
   * @param values each value with the articles that state it
   */
  public record Conflict(String about, String kind, List<Value> values) {}

  /** One value of a conflicting fact. */
  public record Value(String value, List<String> articles) {}

  /**
   * One outlet's coverage.
   *
   * @param tone the mean tone of its articles, from −1 (harsh) to 1 (warm), by a word lexicon
   * @param toneLabel {@code positive}, {@code mixed} or {@code negative}
   */
  public record OutletCoverage(
      String outlet,
      int articles,
      String firstPublished,
      String firstArticle,
      double tone,
      String toneLabel) {}

  /** How two articles of the story relate: a syndicated copy, a rewrite or a new version. */
  public record Relation(String article, String other, String kind, double similarity) {}

  /**
   * Reader reaction: comments, apart from the reporting.
   *
   * @param comments how many comments in all
   * @param byArticle comments per article that has any
   * @param words the words readers used most, most frequent first
   * @param threads the comments, with their reply structure
   */
  public record Reaction(
      int comments, List<ArticleComments> byArticle, List<String> words, List<Comment> threads) {}

  /** Comment count of one article. */
  public record ArticleComments(String article, String outlet, int comments) {}

  /** A reader comment. */
  public record Comment(
      String article, String id, String author, String published, String text, String parent) {}

  /**
   * Another story of the same saga.
   *
   * @param story its id
   * @param title its title
   * @param firstPublished when it was first reported
   * @param relation {@code earlier} or {@code later}
   * @param statements its statements, which later events may have superseded
   */
  public record Chapter(
      String story,
      String title,
      String firstPublished,
      String relation,
      List<Statement> statements) {}
}
