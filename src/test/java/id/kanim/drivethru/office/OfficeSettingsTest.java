package id.kanim.drivethru.office;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeSettingsTest {

	static OfficeSettings office(String zone, LocalTime opens, LocalTime closes, int minutes) {
		return new OfficeSettings(1L, "jambi", "Kanim Jambi", "Jambi", ZoneId.of(zone), opens, closes, minutes, 20, 3,
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 14, true, false, null);
	}

	@Test
	void cutsTheDayIntoWholeSlots() {
		var slots = office("Asia/Jakarta", LocalTime.of(9, 0), LocalTime.of(15, 0), 30).slotTimes();
		assertThat(slots).hasSize(12);
		assertThat(slots.get(0)).isEqualTo(new OfficeSettings.SlotTime(LocalTime.of(9, 0), LocalTime.of(9, 30)));
		assertThat(slots.get(11).end()).isEqualTo(LocalTime.of(15, 0));

		var uneven = office("Asia/Jakarta", LocalTime.of(9, 0), LocalTime.of(10, 0), 25).slotTimes();
		assertThat(uneven).extracting(OfficeSettings.SlotTime::end)
			.containsExactly(LocalTime.of(9, 25), LocalTime.of(9, 50));
	}

	@Test
	void countsTodayInTheOfficesTimeZone() {
		// 17:30 UTC on the 27th is already 00:30 on the 28th in Jakarta (UTC+7), and 02:30 in Jayapura (UTC+9).
		var clock = Clock.fixed(Instant.parse("2026-11-27T17:30:00Z"), ZoneOffset.UTC);
		var jambi = office("Asia/Jakarta", LocalTime.of(9, 0), LocalTime.of(15, 0), 30);
		assertThat(jambi.today(clock)).isEqualTo(LocalDate.of(2026, 11, 28));
		assertThat(jambi.firstBookableDate(clock)).isEqualTo(LocalDate.of(2026, 11, 29));
		assertThat(jambi.lastBookableDate(clock)).isEqualTo(LocalDate.of(2026, 12, 12));
		assertThat(jambi.withinHorizon(LocalDate.of(2026, 11, 28), clock)).isFalse();
		assertThat(jambi.withinHorizon(LocalDate.of(2026, 12, 12), clock)).isTrue();
		assertThat(jambi.withinHorizon(LocalDate.of(2026, 12, 13), clock)).isFalse();
	}

	@Test
	void servesOnlyOnOpenWeekdays() {
		var jambi = office("Asia/Jakarta", LocalTime.of(9, 0), LocalTime.of(15, 0), 30);
		assertThat(jambi.isOpenWeekday(LocalDate.of(2026, 11, 30))).isTrue();
		assertThat(jambi.isOpenWeekday(LocalDate.of(2026, 11, 28))).isFalse();
	}

	@Test
	void describesOpeningDaysAndZoneTheIndonesianWay() {
		var jambi = office("Asia/Jakarta", LocalTime.of(9, 0), LocalTime.of(15, 0), 30);
		assertThat(jambi.openWeekdaysText(java.util.Locale.forLanguageTag("id"))).isEqualTo("Senin–Jumat");
		assertThat(jambi.openWeekdaysText(java.util.Locale.ENGLISH)).isEqualTo("Monday–Friday");
		assertThat(jambi.zoneAbbreviation()).isEqualTo("WIB");
		assertThat(office("Asia/Makassar", LocalTime.of(9, 0), LocalTime.of(15, 0), 30).zoneAbbreviation())
			.isEqualTo("WITA");
		assertThat(office("Asia/Jayapura", LocalTime.of(9, 0), LocalTime.of(15, 0), 30).zoneAbbreviation())
			.isEqualTo("WIT");
	}

}
