package org.dossier.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The distilled taggers' split of their labelled texts: every tenth text (the first, the eleventh,
 * …) held out for the agreement curve, the sentences of the rest to train on.
 */
record HeldOut<T>(List<T> training, List<T> validation, int trainTexts, int validationTexts) {
  /** Splits texts, each a list of labelled sentences, in their order. */
  static <T> HeldOut<T> of(List<List<T>> texts) {
    List<T> training = new ArrayList<>();
    List<T> validation = new ArrayList<>();
    int trainTexts = 0;
    int validationTexts = 0;
    for (int i = 0; i < texts.size(); i++) {
      if (i % 10 == 0) {
        validation.addAll(texts.get(i));
        validationTexts++;
      } else {
        training.addAll(texts.get(i));
        trainTexts++;
      }
    }
    return new HeldOut<>(training, validation, trainTexts, validationTexts);
  }
}
