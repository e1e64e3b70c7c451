package org.dossier.annotate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.regex.Pattern;

class RequiredTextFuzzTest {
  private static final String[] ATOMS = {
    "-",
    "/",
    ".",
    ":",
    "a",
    "B",
    "x",
    "1",
    " ",
    "\\d",
    "\\.",
    "\\-",
    "\\/",
    "[-]",
    "[0-9]",
    "[^-]",
    "[a-z]",
    "\\Q-:\\E",
    "\\Qx-\\E",
    "\\s",
    "\\w",
    "\\p{L}",
    "\\D"
  };
  private static final String[] UNQUANTIFIED = {"\\b", "^", "$"};
  private static final String[] GROUPS = {"(", "(?:", "(?=", "(?!"};
  private static final String[] QUANTIFIERS = {
    "", "", "", "?", "*", "+", "{0,2}", "{1,3}", "{2}", "{0}", "??", "+?", "*+"
  };
  private static final char[] LETTERS = {'-', '/', '.', ':', 'a', 'B', 'x', '1', '9', ' '};

  /** A well-formed expression of SUTime's kind, built from the fuzzer's choices. */
  private static String expression(FuzzedDataProvider data, int depth, int[] groups) {
    StringBuilder re = new StringBuilder();
    int parts = data.consumeInt(1, 4);
    for (int k = 0; k < parts; k++) {
      if (k > 0 && data.consumeInt(0, 3) == 0) {
        re.append('|');
      }
      int kind = data.consumeInt(0, depth < 3 ? 5 : 4);
      if (kind == 5) {
        String open = data.pickValue(GROUPS);
        if (open.equals("(") && data.consumeBoolean()) {
          open = "(?<g" + groups[0]++ + ">";
        }
        re.append(open).append(expression(data, depth + 1, groups)).append(')');
        if (open.startsWith("(?=") || open.startsWith("(?!")) {
          continue;
        }
      } else if (kind == 4) {
        re.append(data.pickValue(UNQUANTIFIED));
        continue;
      } else {
        re.append(data.pickValue(ATOMS));
      }
      re.append(data.pickValue(QUANTIFIERS));
    }
    return re.toString();
  }

  /**
   * For any expression, reading it never throws, and a text in which it finds a match holds what it
   * is said to require: the guard can never hide a match from SUTime.
   */
  @FuzzTest(maxDuration = "60s")
  void aMatchAlwaysHoldsWhatIsRequired(FuzzedDataProvider data) {
    String regex = expression(data, 0, new int[1]);
    StringBuilder text = new StringBuilder();
    int length = data.consumeInt(0, 24);
    for (int k = 0; k < length; k++) {
      text.append(data.pickValue(LETTERS));
    }
    Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    RequiredText required = RequiredText.of(pattern);
    if (required != null && pattern.matcher(text).find() && !required.foundIn(text.toString())) {
      throw new IllegalStateException("/" + regex + "/ matches '" + text + "' without " + required);
    }
  }
}
