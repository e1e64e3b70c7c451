package org.dossier.model;

/**
 * A statement attributed in a text: a direct quote, an indirect (reported) statement, or a quoted
 * fragment (a scare quote or title, not a statement).
 *
 * @param kind direct, indirect or fragment
 * @param content what was said
 * @param cue the attributing word ("said", "told", "according to"), or null
 * @param speaker the speaker as written ("she", "Okafor", "the company"), or null when unknown
 * @param speakerResolved the canonical name the speaker resolves to, or null
 * @param platform where the statement was made when the text says so ({@code instagram}, {@code x},
 *     {@code tiktok}, {@code facebook}, {@code youtube}, {@code statement}, {@code interview},
 *     {@code video}, {@code press conference}...), or null
 */
public record Quote(
    QuoteKind kind,
    Span content,
    Span cue,
    Span speaker,
    String speakerResolved,
    String platform) {}
