package id.kanim.drivethru.booking;

import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The value rules on their own: how each kind of input is read, normalised or refused. */
class BookingValuesTest {

	@ParameterizedTest
	@CsvSource({ "bh1234xy, BH 1234 XY", "BH 1234 XY, BH 1234 XY", "b 1 a, B 1 A", "B1234, B 1234",
			"'  dk-4321-abc ', DK 4321 ABC", "bh.12.x, BH 12 X" })
	void normalisesPlates(String typed, String stored) {
		assertThat(PlateNumber.normalise(typed)).contains(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "1234", "BH", "BHX 1 A", "BH 12345", "BH 1234 ABCD", "BH 0123 XY", "BH-12345-X" })
	void refusesMalformedPlates(String typed) {
		assertThat(PlateNumber.normalise(typed)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "081234567890, +6281234567890", "+6281234567890, +6281234567890", "6281234567890, +6281234567890",
			"'0812-3456-7890', +6281234567890", "'+62 812 3456 7890', +6281234567890", "085712345678, +6285712345678" })
	void acceptsIndonesianMobileNumbersAsE164(String typed, String stored) {
		assertThat(MobileNumber.normalise(typed)).contains(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0211234567", "+6591234567", "+14155552671", "0812", "hello", "08123456789012345" })
	void refusesLandlinesForeignAndMalformedNumbers(String typed) {
		assertThat(MobileNumber.normalise(typed)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "'  abc123  ', ABC123", "A1B2C3D4E5, A1B2C3D4E5" })
	void normalisesApplicationNumbers(String typed, String stored) {
		assertThat(ApplicationNumber.normalise(typed)).contains(stored);
	}

	@ParameterizedTest
	@CsvSource({ "'  Siti   Nurhaliza ', Siti Nurhaliza", "Ni Luh Putu Ayu, Ni Luh Putu Ayu",
			"O'Neil-Smith Jr., O'Neil-Smith Jr.", "Étienne, Étienne", "张伟, 张伟", "Sukarno, Sukarno" })
	void acceptsNamesInAnyScript(String typed, String stored) {
		assertThat(PersonName.normalise(typed)).contains(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "A", " ", "Siti2", "-Siti", "Siti <b>", "Siti@Home" })
	void refusesNamesWithDigitsOrSymbols(String typed) {
		assertThat(PersonName.normalise(typed)).isEmpty();
	}

	@Test
	void drawsCodesOfFortyRandomBitsInCrockfordBase32() {
		var seen = new HashSet<String>();
		for (int i = 0; i < 10_000; i++) {
			var code = BookingCode.random();
			assertThat(code.value()).matches("[0-9A-HJKMNP-TV-Z]{8}");
			seen.add(code.value());
		}
		assertThat(seen).hasSize(10_000);
	}

	@Test
	void readsCodesAsPeopleTypeThem() {
		var code = BookingCode.random();
		assertThat(BookingCode.parse(code.display().toLowerCase())).contains(code);
		assertThat(BookingCode.parse(" " + code.value() + " ")).contains(code);
		assertThat(BookingCode.parse("0O1I-L234")).contains(new BookingCode("00111234"));
		assertThat(BookingCode.parse("ABCD-EFG")).isEmpty();
		assertThat(BookingCode.parse("ABCD-EFGU")).isEmpty();
		assertThat(BookingCode.parse(null)).isEmpty();
		assertThat(code.display()).matches("....-....");
		assertThatIllegalArgumentException().isThrownBy(() -> new BookingCode("abcdefgh"));
	}

	@Test
	void allowsOnlyTheMovesTheStatusPermits() {
		assertThat(BookingStatus.BOOKED.canMoveTo(BookingStatus.ARRIVED)).isTrue();
		assertThat(BookingStatus.BOOKED.canMoveTo(BookingStatus.CANCELLED)).isTrue();
		assertThat(BookingStatus.BOOKED.canMoveTo(BookingStatus.COLLECTED)).isFalse();
		assertThat(BookingStatus.ARRIVED.canMoveTo(BookingStatus.COLLECTED)).isTrue();
		assertThat(BookingStatus.CANCELLED.next()).isEmpty();
		assertThat(BookingStatus.COLLECTED.next()).isEmpty();
		assertThat(BookingStatus.BOOKED.isActive()).isTrue();
		assertThat(BookingStatus.NO_SHOW.isActive()).isFalse();
	}

}
