package org.dossier.store;

import java.util.Locale;

/** How two stored articles relate. */
public enum LinkKind {
  /** The same normalised text under another URL (a copy). */
  EXACT,
  /** A syndicated or lightly rewritten copy, by MinHash similarity. */
  NEAR,
  /** A changed page at the same URL: the later article is a new version of the earlier one. */
  VERSION;

  /** The name stored in the database and printed in JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind with the given label. */
  public static LinkKind of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
