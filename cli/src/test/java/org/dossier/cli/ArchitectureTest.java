package org.dossier.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the module graph the data flow: stages depend on the model, never on the store or apps. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.dossier");

  @Test
  void theModelDependsOnNoStage() {
    noClasses()
        .that()
        .resideInAPackage("org.dossier.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.dossier.ingest..",
            "org.dossier.extract..",
            "org.dossier.store..",
            "org.dossier.engine..",
            "org.dossier.server..",
            "org.dossier.cli..")
        .check(CLASSES);
  }

  @Test
  void theServerDependsOnTheEngineNeverOnTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.dossier.server..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.dossier.cli..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("org.dossier.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.dossier.server..", "org.dossier.cli..")
        .check(CLASSES);
  }

  @Test
  void stagesNeverDependOnTheStoreTheEngineOrTheApps() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.dossier.ingest..",
            "org.dossier.extract..",
            "org.dossier.annotate..",
            "org.dossier.stories..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.dossier.store..",
            "org.dossier.engine..",
            "org.dossier.server..",
            "org.dossier.cli..")
        .check(CLASSES);
  }

  @Test
  void stagesDoNotDependOnEachOther() {
    noClasses()
        .that()
        .resideInAPackage("org.dossier.annotate..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.dossier.ingest..", "org.dossier.extract..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("org.dossier.stories..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.dossier.ingest..", "org.dossier.extract..", "org.dossier.annotate..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("org.dossier.ingest..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.dossier.extract..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("org.dossier.extract..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.dossier.ingest..")
        .check(CLASSES);
  }

  @Test
  void evaluationsUseStagesButNeverTheStoreTheEngineOrTheApps() {
    noClasses()
        .that()
        .resideInAPackage("org.dossier.eval..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.dossier.store..",
            "org.dossier.engine..",
            "org.dossier.server..",
            "org.dossier.cli..")
        .check(CLASSES);
  }

  @Test
  void benchmarksUseStagesButNeverTheStoreTheEngineOrTheApps() {
    noClasses()
        .that()
        .resideInAPackage("org.dossier.bench..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.dossier.store..",
            "org.dossier.engine..",
            "org.dossier.server..",
            "org.dossier.cli..")
        .check(CLASSES);
  }

  @Test
  void theStoreKnowsNothingOfStagesOrApps() {
    noClasses()
        .that()
        .resideInAPackage("org.dossier.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.dossier.ingest..",
            "org.dossier.extract..",
            "org.dossier.engine..",
            "org.dossier.cli..")
        .check(CLASSES);
  }
}
