package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dossier.model.PublishDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParsingTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-03-05T10:15:00+01:00      | 2024-03-05T10:15:00+01:00 | TIME",
        "2024-03-05T10:15:00.123Z       | 2024-03-05T10:15:00Z      | TIME",
        "2024-03-05T10:15:00+0100       | 2024-03-05T10:15:00+01:00 | TIME",
        "2024-03-05 10:15:00            | 2024-03-05                | DAY",
        "2024-03-05                     | 2024-03-05                | DAY",
        "2024-03                        | 2024-03                   | MONTH",
        "Thu, 19 Nov 2026 08:15:00 +0000 | 2026-11-19T08:15:00Z     | TIME",
        "Tue, 5 Mar 2024 10:15:00 GMT   | 2024-03-05T10:15:00Z      | TIME",
        "5 Mar 2024 10:15 +0100         | 2024-03-05T10:15:00+01:00 | TIME",
        "Tue,  5  Mar 24 10:15:00 GMT   | 2024-03-05T10:15:00Z      | TIME",
        "March 5, 2024                  | 2024-03-05                | DAY",
        "Mar. 5th, 2024 at 9:00 pm      | 2024-03-05                | DAY",
        "5 March 2024                   | 2024-03-05                | DAY",
        "5. März 2024                   | 2024-03-05                | DAY",
        "05.03.2024                     | 2024-03-05                | DAY",
        "2024/03/05                     | 2024-03-05                | DAY",
        "20240305                       | 2024-03-05                | DAY",
        "5 de marzo de 2024             | 2024-03-05                | DAY",
        "12 giugno 2021                 | 2021-06-12                | DAY",
        "3 juin 2020                    | 2020-06-03                | DAY",
        "1er décembre 2019              | 2019-12-01                | DAY",
        "14 oktober 2022                | 2022-10-14                | DAY",
        "Posted on August 16, 2019      | 2019-08-16                | DAY",
        "Party, 30.10.23                | 2023-10-30                | DAY",
        "31.10.23 14:05                 | 2023-10-31                | DAY",
        "17/02/2022                     | 2022-02-17                | DAY",
        "08/08/2017                     | 2017-08-08                | DAY",
      })
  void readsCommonDateFormatsAtTheirPrecision(String raw, String value, String precision) {
    PublishDate d = DateParsing.parse(raw, "test");
    assertEquals(value, d.value());
    assertEquals(precision, d.precision().name());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
    "not a date",
    "05/06/2024",
    "1970-01-01",
    "2999-01-01",
    "2024-13-45",
    "''",
    "version 2.10.23.1",
    "release 1.2.345",
    "updated to 3.1.22 today"
  })
  void refusesNonsenseAndIncredibleDates(String raw) {
    assertNull(DateParsing.parse(raw, "test"));
  }
}
